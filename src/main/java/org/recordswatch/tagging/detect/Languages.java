package org.recordswatch.tagging.detect;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * A rough guess of which languages a text is written in (English, Spanish, or both), from function words. A text
 * with too few of them counts as both, so that no detector is skipped on short or telegraphic texts.
 */
public final class Languages {

    private static final Set<String> ENGLISH = Set.of("the", "and", "is", "are", "was", "to", "of", "for", "you",
            "with", "have", "has", "this", "that", "please", "thanks", "thank", "he", "she", "his", "her", "at", "on",
            "from", "will", "we", "our", "your", "be", "any", "not", "can", "could", "would", "it", "in", "an");
    private static final Set<String> SPANISH = Set.of("el", "los", "las", "del", "que", "con", "por", "para", "su",
            "sus", "esta", "tiene", "una", "se", "le", "gracias", "hola", "ya", "aqui", "senor", "senora", "es",
            "muy", "pero", "como", "donde", "cuando", "mi", "tu", "usted", "nos", "al", "lo", "y", "o", "vive",
            "esposa", "trabaja", "necesito", "puedes", "saludos", "buenos", "dias");

    private Languages() {
    }

    /** {@code en}, {@code es}, or both, for a folded text. */
    public static Set<String> guess(String folded) {
        Set<String> en = new TreeSet<>();
        Set<String> es = new TreeSet<>();
        for (String w : folded.toLowerCase(Locale.ROOT).split("[^a-z]+")) {
            if (ENGLISH.contains(w)) {
                en.add(w);
            }
            if (SPANISH.contains(w)) {
                es.add(w);
            }
        }
        Set<String> out = new TreeSet<>();
        if (en.size() >= 2) {
            out.add("en");
        }
        if (es.size() >= 2) {
            out.add("es");
        }
        if (out.isEmpty()) {
            out.add("en");
            out.add("es");
        }
        return out;
    }
}
