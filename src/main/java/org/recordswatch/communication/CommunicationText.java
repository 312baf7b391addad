package org.recordswatch.communication;

/** Small text helpers for storing derived values in bounded columns. */
final class CommunicationText {

    private CommunicationText() {
    }

    /** The text cut to at most {@code max} characters (never splitting a surrogate pair); null stays null. */
    static String cut(String s, int max) {
        if (s == null || s.length() <= max) {
            return s;
        }
        int end = max;
        if (Character.isHighSurrogate(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(0, end);
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
