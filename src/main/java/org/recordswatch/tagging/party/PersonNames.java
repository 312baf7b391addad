package org.recordswatch.tagging.party;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.recordswatch.tagging.text.FoldedText;

/**
 * Compares people's names as records write them: {@code Ortega, Lucia}, {@code Lucia E. Ortega},
 * {@code lucia.ortega@...}, {@code Dana K Whitlow (CENSUS/ADRM FED)}. The key is the sorted set of name words
 * (accents, initials, tags and punctuation removed), so word order does not matter.
 */
public final class PersonNames {

    private PersonNames() {
    }

    /** The comparison key of a display name, or empty when it has fewer than two name words. */
    public static String key(String displayName) {
        if (displayName == null) {
            return "";
        }
        String n = FoldedText.fold(displayName).replaceAll("\\(.*?\\)", " ").replaceAll("\\[.*?]", " ")
                .replaceAll("<.*?>", " ").replaceAll("\\S+@\\S+", " ").replace("'", "");
        return keyOf(words(n));
    }

    /** The key of an e-mail address's local part ({@code lucia.ortega} or {@code dana.k.whitlow}). */
    public static String keyOfEmail(String email) {
        if (email == null || !email.contains("@")) {
            return "";
        }
        String local = email.substring(0, email.indexOf('@')).replace("'", "");
        return keyOf(words(local.replaceAll("[._-]+", " ").replaceAll("\\d+", " ")));
    }

    /** The tags of a display name: the words inside parentheses, split at slashes ({@code CENSUS}, {@code ADRM}). */
    public static List<String> tags(String displayName) {
        List<String> out = new ArrayList<>();
        if (displayName == null) {
            return out;
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\(([^)]*)\\)").matcher(displayName);
        while (m.find()) {
            for (String t : m.group(1).split("[/\\s,;-]+")) {
                if (!t.isBlank()) {
                    out.add(t.strip());
                }
            }
        }
        return out;
    }

    private static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        for (String w : s.toLowerCase(Locale.ROOT).split("[^a-z]+")) {
            if (w.length() >= 2) {
                out.add(w);
            }
        }
        return out;
    }

    private static String keyOf(List<String> words) {
        if (words.size() < 2) {
            return "";
        }
        List<String> sorted = new ArrayList<>(words);
        Collections.sort(sorted);
        return String.join(" ", sorted);
    }
}
