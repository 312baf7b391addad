package org.recordswatch.communication.parse.resolve;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The words of a message's own text, for telling whether two appearances carry the same text despite line wrapping,
 * OCR misreadings and page furniture.
 *
 * <p>Rule (covered by a test): two texts match when at least half of the words of the shorter one occur in the other;
 * texts with fewer than three words carry no evidence and always match.
 */
final class BodyFingerprint {

    private static final double CONTAINMENT = 0.5;
    private final Set<String> words;

    BodyFingerprint(String text) {
        words = new HashSet<>();
        if (text != null) {
            String s = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                    .toLowerCase(Locale.ROOT);
            for (String w : s.split("[^a-z0-9]+")) {
                if (w.length() >= 2) {
                    words.add(w);
                }
            }
        }
    }

    boolean matches(BodyFingerprint other) {
        if (words.size() < 3 || other.words.size() < 3) {
            return true;
        }
        return overlap(other) >= CONTAINMENT;
    }

    /** The share of the smaller text's words that occur in the other. */
    double overlap(BodyFingerprint other) {
        Set<String> small = words.size() <= other.words.size() ? words : other.words;
        Set<String> large = small == words ? other.words : words;
        if (small.isEmpty()) {
            return 0;
        }
        return small.stream().filter(large::contains).count() / (double) small.size();
    }

    int size() {
        return words.size();
    }
}
