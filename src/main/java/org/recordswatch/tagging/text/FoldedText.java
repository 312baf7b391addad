package org.recordswatch.tagging.text;

import java.text.Normalizer;
import java.util.Objects;

/**
 * A text and its folded twin of exactly the same length, so that offsets found in one hold in the other. Detectors
 * match the folded text and report excerpts from the original.
 *
 * <p>Folding, character by character: letters lose their accents ({@code ñ} to {@code n}, {@code é} to {@code e}),
 * typographic quotes, apostrophes, dashes and non-breaking spaces become their ASCII forms, and inside number-like
 * tokens (at least three digits, mostly digits) the OCR confusions {@code O o} for 0 and {@code l I |} for 1 are
 * repaired. Case is kept.
 */
public final class FoldedText {

    private final String original;
    private final String folded;

    private FoldedText(String original, String folded) {
        this.original = original;
        this.folded = folded;
    }

    public static FoldedText of(String text) {
        String original = text == null ? "" : text;
        return new FoldedText(original, fold(original));
    }

    public String original() {
        return original;
    }

    public String folded() {
        return folded;
    }

    public int length() {
        return original.length();
    }

    /** The original text between two offsets, with runs of white space reduced to one space. */
    public String excerpt(int start, int end) {
        int s = Math.max(0, Math.min(start, original.length()));
        int e = Math.max(s, Math.min(end, original.length()));
        return original.substring(s, e).replaceAll("\\s+", " ").strip();
    }

    /** Folds one string (see the class comment); the result has the same length. */
    public static String fold(String text) {
        Objects.requireNonNull(text, "text");
        char[] out = new char[text.length()];
        for (int i = 0; i < text.length(); i++) {
            out[i] = foldChar(text.charAt(i));
        }
        repairOcrDigits(out);
        return new String(out);
    }

    private static char foldChar(char c) {
        if (c < 128) {
            return c;
        }
        switch (c) {
            case '\u2018', '\u2019', '\u201A', '\u201B', '\u02BC', '\u00B4', '\u2032':
                return '\'';
            case '\u201C', '\u201D', '\u201E', '\u00AB', '\u00BB':
                return '"';
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212':
                return '-';
            case '\u00A0', '\u2007', '\u202F', '\u2009', '\u200A', '\u3000':
                return ' ';
            case '\u00BF':
                return '?';
            case '\u00A1':
                return '!';
            default:
                break;
        }
        if (Character.isHighSurrogate(c) || Character.isLowSurrogate(c)) {
            return c;
        }
        String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        char base = decomposed.charAt(0);
        return base < 128 && Character.isLetter(base) ? base : c;
    }

    /** Inside tokens that are mostly digits, reads O/o as 0 and l/I/| as 1 (OCR confusions). */
    private static void repairOcrDigits(char[] s) {
        int i = 0;
        while (i < s.length) {
            if (Character.isWhitespace(s[i])) {
                i++;
                continue;
            }
            int start = i;
            while (i < s.length && !Character.isWhitespace(s[i])) {
                i++;
            }
            int digits = 0;
            int confusables = 0;
            int others = 0;
            for (int k = start; k < i; k++) {
                char c = s[k];
                if (c >= '0' && c <= '9') {
                    digits++;
                } else if (c == 'O' || c == 'o' || c == 'l' || c == 'I' || c == '|') {
                    confusables++;
                } else if (Character.isLetter(c)) {
                    others++;
                }
            }
            if (digits >= 3 && confusables > 0 && others == 0 && confusables * 3 <= digits) {
                for (int k = start; k < i; k++) {
                    char c = s[k];
                    boolean betweenDigits = neighbourIsDigit(s, k, start, i);
                    if (!betweenDigits) {
                        continue;
                    }
                    if (c == 'O' || c == 'o') {
                        s[k] = '0';
                    } else if (c == 'l' || c == 'I' || c == '|') {
                        s[k] = '1';
                    }
                }
            }
        }
    }

    private static boolean neighbourIsDigit(char[] s, int k, int start, int end) {
        boolean before = k > start && Character.isDigit(s[k - 1]);
        boolean after = k + 1 < end && Character.isDigit(s[k + 1]);
        return before || after;
    }
}
