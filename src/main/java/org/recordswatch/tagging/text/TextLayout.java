package org.recordswatch.tagging.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The layout of one text as detectors need it: its sentences (with question and request marks), its signature and
 * notice zones, and clause-level negation and hedging around an offset.
 */
public final class TextLayout {

    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "sr", "sra", "srta", "jr", "no",
            "nos", "co", "inc", "ltd", "corp", "dept", "gov", "sgt", "lt", "capt", "ofc", "det", "atty", "hon", "vs",
            "etc", "e.g", "i.e", "approx", "u.s", "a.m", "p.m", "st", "ste", "apt", "msgr", "fr", "prof", "av", "col",
            "ud", "uds", "lic", "ing", "num", "tel", "ext");
    private static final Pattern LIST_MARKER = Pattern.compile("^\\s*(?:[-*\u2022\u00B7]|\\d{1,2}[.)]|[a-z][.)])\\s+");
    private static final Pattern LABEL_LINE = Pattern.compile("^\\s*[A-Za-z][A-Za-z .'/#&()-]{0,32}:\\s+\\S");
    private static final Pattern TABLE_GAP = Pattern.compile("\\S(?:\\t| {3,})\\S");
    private static final Pattern QUESTION_CLAUSE = Pattern.compile(
            "[,;:]\\s+((?:what|who|whom|whose|when|where|why|how|which|can|could|would|will|do|does|did|is|are|was"
                    + "|were|have|has|should|shall|may|any|que|quien|cuando|donde|por\\s+que|como|cual|puede|puedes"
                    + "|podria|tiene)\\b)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[;:!?]|,\\s+(?:but|pero|although|aunque)\\b",
            Pattern.CASE_INSENSITIVE);

    private final FoldedText text;
    private final Cues cues;
    private final List<Sentence> sentences;
    private final List<int[]> signatureZones;

    private TextLayout(FoldedText text, Cues cues, List<Sentence> sentences, List<int[]> signatureZones) {
        this.text = text;
        this.cues = cues;
        this.sentences = sentences;
        this.signatureZones = signatureZones;
    }

    /**
     * Lays out a message body.
     *
     * @param senderName the sender's display name, helps to find where the signature starts (may be null)
     * @param signatureHint the signature as the splitter found it, a suffix of the text (may be empty)
     * @param findSignature false for texts that never carry a signature (text messages, attachments)
     */
    public static TextLayout of(FoldedText text, Cues cues, String senderName, String signatureHint,
            boolean findSignature) {
        List<Sentence> sentences = split(text.folded(), cues);
        List<int[]> zones = findSignature
                ? SignatureFinder.zones(text.folded(), cues, senderName, signatureHint)
                : List.of();
        return new TextLayout(text, cues, sentences, zones);
    }

    public FoldedText text() {
        return text;
    }

    public List<Sentence> sentences() {
        return sentences;
    }

    /** The signature and notice zones, as {@code [start, end)} pairs. */
    public List<int[]> signatureZones() {
        return Collections.unmodifiableList(signatureZones);
    }

    /** The offset where the trailing signature starts, or the text length when there is none. */
    public int signatureStart() {
        int start = text.length();
        for (int[] z : signatureZones) {
            if (z[1] >= text.length()) {
                start = Math.min(start, z[0]);
            }
        }
        return start;
    }

    public boolean inSignature(int start, int end) {
        for (int[] z : signatureZones) {
            if (start < z[1] && end > z[0]) {
                return true;
            }
        }
        return false;
    }

    /** The sentence holding an offset (a one-character sentence when the offset falls between sentences). */
    public Sentence sentenceAt(int offset) {
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Sentence s = sentences.get(mid);
            if (offset < s.start()) {
                hi = mid - 1;
            } else if (offset >= s.end()) {
                lo = mid + 1;
            } else {
                return s;
            }
        }
        int o = Math.max(0, Math.min(offset, text.length()));
        return new Sentence(o, Math.min(text.length(), o + 1), false, o, false);
    }

    /** The line holding an offset, as {@code [start, end)}. */
    public int[] lineAt(int offset) {
        String f = text.folded();
        int o = Math.max(0, Math.min(offset, f.length()));
        int s = f.lastIndexOf('\n', Math.max(0, o - 1));
        s = o == 0 ? 0 : s + 1;
        int e = f.indexOf('\n', o);
        return new int[] {s, e < 0 ? f.length() : e};
    }

    /** Whether a negation cue precedes the offset in the same clause (at most {@code reach} characters back). */
    public boolean negatedAt(int offset, int reach) {
        String clause = clauseBefore(offset, reach);
        return cues.find(CueKind.NEGATION, clause);
    }

    /** Whether a negation follows the offset right away, in the same clause ({@code X was not recorded}). */
    public boolean negatedAfter(int offset, int reach) {
        Sentence s = sentenceAt(Math.max(0, offset - 1));
        int to = Math.min(Math.max(s.end(), offset), Math.min(text.length(), offset + reach));
        if (offset >= to) {
            return false;
        }
        return cues.pattern(CueKind.NEGATION_AFTER).matcher(text.folded()).region(offset, to).lookingAt();
    }

    /** Whether a hedge cue precedes the offset in the same sentence. */
    public boolean hedgedAt(int offset) {
        Sentence s = sentenceAt(offset);
        String before = text.folded().substring(s.start(), Math.max(s.start(), Math.min(offset, s.end())));
        return cues.find(CueKind.HEDGE, before);
    }

    private String clauseBefore(int offset, int reach) {
        Sentence s = sentenceAt(offset);
        int from = Math.max(s.start(), offset - reach);
        int to = Math.max(from, Math.min(offset, text.length()));
        String before = text.folded().substring(from, to);
        Matcher m = CLAUSE_BREAK.matcher(before);
        int cut = 0;
        while (m.find()) {
            cut = m.end();
        }
        return before.substring(cut);
    }

    // ---------------------------------------------------------------- sentences

    static List<Sentence> split(String f, Cues cues) {
        List<int[]> units = lineUnits(f);
        List<Sentence> out = new ArrayList<>();
        for (int[] u : units) {
            splitUnit(f, u[0], u[1], cues, out);
        }
        return Collections.unmodifiableList(out);
    }

    /** Groups lines into units: paragraphs, broken at list items, labelled lines, table rows and lines ending in ':'. */
    private static List<int[]> lineUnits(String f) {
        List<int[]> lines = new ArrayList<>();
        int pos = 0;
        while (pos <= f.length()) {
            int nl = f.indexOf('\n', pos);
            int end = nl < 0 ? f.length() : nl;
            lines.add(new int[] {pos, end});
            if (nl < 0) {
                break;
            }
            pos = nl + 1;
        }
        List<int[]> units = new ArrayList<>();
        int unitStart = -1;
        int unitEnd = -1;
        boolean previousBreaksAfter = false;
        for (int[] line : lines) {
            String l = f.substring(line[0], line[1]);
            if (l.isBlank()) {
                if (unitStart >= 0) {
                    units.add(new int[] {unitStart, unitEnd});
                    unitStart = -1;
                }
                previousBreaksAfter = false;
                continue;
            }
            boolean table = TABLE_GAP.matcher(l).find();
            boolean startsNew = LIST_MARKER.matcher(l).find() || LABEL_LINE.matcher(l).find() || table
                    || previousBreaksAfter;
            if (unitStart >= 0 && startsNew) {
                units.add(new int[] {unitStart, unitEnd});
                unitStart = -1;
            }
            if (unitStart < 0) {
                unitStart = line[0];
            }
            unitEnd = line[1];
            String trimmed = l.strip();
            previousBreaksAfter = table || trimmed.endsWith(":") || LABEL_LINE.matcher(l).find();
        }
        if (unitStart >= 0) {
            units.add(new int[] {unitStart, unitEnd});
        }
        return units;
    }

    private static void splitUnit(String f, int start, int end, Cues cues, List<Sentence> out) {
        int s = start;
        for (int i = start; i < end; i++) {
            char c = f.charAt(i);
            if (c != '.' && c != '?' && c != '!') {
                continue;
            }
            int j = i + 1;
            while (j < end && (f.charAt(j) == '"' || f.charAt(j) == '\'' || f.charAt(j) == ')')) {
                j++;
            }
            if (j < end && !Character.isWhitespace(f.charAt(j))) {
                continue;
            }
            int k = j;
            while (k < end && Character.isWhitespace(f.charAt(k))) {
                k++;
            }
            if (k < end && c == '.') {
                char next = f.charAt(k);
                boolean capital = Character.isUpperCase(next) || Character.isDigit(next) || next == '"'
                        || next == '(' || next == '?' || next == '!';
                if (!capital || abbreviationBefore(f, s, i)) {
                    continue;
                }
            }
            add(f, s, j, cues, out);
            s = k;
            i = k - 1;
        }
        if (s < end) {
            add(f, s, end, cues, out);
        }
    }

    /**
     * Where the asking clause of a question starts: after the last comma, semicolon or colon that is followed by a
     * question word, else at the start.
     */
    static int questionClauseStart(String sentence) {
        Matcher m = QUESTION_CLAUSE.matcher(sentence);
        int start = 0;
        while (m.find()) {
            start = m.start(1);
        }
        return start;
    }

    private static boolean abbreviationBefore(String f, int unitStart, int dot) {
        int b = dot;
        while (b > unitStart && !Character.isWhitespace(f.charAt(b - 1)) && f.charAt(b - 1) != '(') {
            b--;
        }
        String token = f.substring(b, dot).toLowerCase(Locale.ROOT);
        if (token.length() == 1 && Character.isLetter(token.charAt(0))) {
            return true;
        }
        return ABBREVIATIONS.contains(token);
    }

    private static void add(String f, int start, int end, Cues cues, List<Sentence> out) {
        int s = start;
        int e = end;
        while (s < e && Character.isWhitespace(f.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(f.charAt(e - 1))) {
            e--;
        }
        if (s >= e) {
            return;
        }
        String t = f.substring(s, e);
        String stripped = t.replaceAll("[\"')\\s]+$", "");
        boolean question = stripped.endsWith("?") || t.startsWith("?");
        boolean request = cues.find(CueKind.REQUEST, t);
        out.add(new Sentence(s, e, question, question ? s + questionClauseStart(t) : s, request));
    }
}
