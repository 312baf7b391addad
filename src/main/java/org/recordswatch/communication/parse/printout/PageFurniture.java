package org.recordswatch.communication.parse.printout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.recordswatch.communication.parse.HeaderLabel;
import org.recordswatch.communication.parse.PageMark;
import org.recordswatch.communication.parse.PageText;

/**
 * Recognises what a printer or producer put on every page (running headers and footers, Bates numbers, page numbers)
 * and removes it from the page text, so that message headers and bodies read across page breaks.
 *
 * <p>Rules, each covered by a test:
 * <ul>
 * <li>candidates are the first non-blank line of a page (header) and its last non-blank line, plus the line above
 * when the last line is only a Bates or page number (a footer wrapped in two, as OCR often reads it);</li>
 * <li>a candidate is a running footer when a similar line (digits and a trailing Bates number ignored, 80% alike, so
 * OCR variants count) sits in the same place on at least two pages and on at least 30% of the pages; without any digit
 * (no page or Bates number) it must sit on at least three pages and half of them, since the same closing line can end
 * two pages by chance; a running header
 * must be the same line (digits ignored): similar first lines are often subjects of one thread
 * ({@code Roster} / {@code RE: Roster});</li>
 * <li>independent of repetition, a footer line that is a page number ({@code Page 2 of 5}, {@code 2/5}, {@code - 2 -})
 * or a Bates number ({@code ABC-DEF-000123}: letters, then five or more digits, ending the line) is furniture; a date
 * is no Bates number;</li>
 * <li>a header candidate that looks like a person's name is left in place: it may be the mailbox banner a mail client
 * prints above a message ({@link PrintoutSplitter} decides); but a name that tops at least two pages where no header
 * follows it is a running header (a printer that puts the user's name on every page);</li>
 * <li>a Bates or page number alone on the first line is furniture too (some producers stamp the top);</li>
 * <li>a digit slot of a running footer that restarts at 1 and otherwise counts up by one from page to page (and is not
 * the page number of the document) is a per-item page counter: it tells on which pages a printed item starts.</li>
 * </ul>
 */
final class PageFurniture {

    /** A page after furniture removal. */
    record Page(int number, boolean ocr, List<String> lines, List<PageMark> marks, Integer itemPage) {
    }

    private static final Pattern BATES = Pattern.compile(
            "(?<![\\w-])([A-Z][A-Z0-9]*(?:[-_ .][A-Z0-9]+)*[-_ .]?\\d{5,})(?![\\w-])");
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "^(?:(?:page|pagina|página|seite|p\\.|pg\\.?)\\s*\\d{1,4}(?:\\s*(?:of|de|von|sur|di|/)\\s*\\d{1,4})?"
                    + "|-\\s*\\d{1,4}\\s*-|\\d{1,4}\\s*/\\s*\\d{1,4}|\\d{1,4}\\s+(?:of|de)\\s+\\d{1,4})$",
            Pattern.CASE_INSENSITIVE);
    private static final double SIMILAR = 0.8;

    private PageFurniture() {
    }

    static List<Page> analyse(List<PageText> pages) {
        int n = pages.size();
        List<List<String>> lines = new ArrayList<>();
        List<Integer> top = new ArrayList<>();
        List<List<Integer>> bottom = new ArrayList<>();
        for (PageText p : pages) {
            List<String> l = new ArrayList<>();
            for (String s : p.text().replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
                l.add(s.replace('\u00a0', ' ').stripTrailing());
            }
            lines.add(l);
            int first = -1;
            int last = -1;
            int beforeLast = -1;
            for (int i = 0; i < l.size(); i++) {
                if (!l.get(i).isBlank()) {
                    if (first < 0) {
                        first = i;
                    }
                    beforeLast = last;
                    last = i;
                }
            }
            top.add(first);
            List<Integer> b = new ArrayList<>();
            if (last >= 0 && last != first) {
                b.add(last);
                if (beforeLast >= 0 && beforeLast != first && isNumberOnly(l.get(last))) {
                    b.add(beforeLast);
                }
            }
            bottom.add(b);
        }
        List<String> topTemplates = new ArrayList<>();
        List<String> bottomTemplates = new ArrayList<>();
        for (int p = 0; p < n; p++) {
            topTemplates.add(top.get(p) < 0 ? null : template(lines.get(p).get(top.get(p))));
            for (int i : bottom.get(p)) {
                bottomTemplates.add(footerTemplate(lines.get(p).get(i)));
            }
        }
        int minPages = Math.max(2, (int) Math.ceil(0.3 * n));
        Map<String, Integer> topCounts = counts(topTemplates);
        Similarity bottomSimilarity = new Similarity(bottomTemplates);
        // A name printed at the top of pages whose next line is no header is a running header, not a mailbox banner.
        Map<String, Integer> namesWithoutHeader = new HashMap<>();
        for (int p = 0; p < n; p++) {
            int t = top.get(p);
            if (t >= 0 && nameLike(lines.get(p).get(t))) {
                String next = null;
                for (int i = t + 1; i < lines.get(p).size() && next == null; i++) {
                    if (!lines.get(p).get(i).isBlank()) {
                        next = lines.get(p).get(i);
                    }
                }
                if (next == null || !isLabel(next)) {
                    namesWithoutHeader.merge(template(lines.get(p).get(t)), 1, Integer::sum);
                }
            }
        }
        List<Page> out = new ArrayList<>();
        Map<Integer, List<Integer>> footerNumbers = new HashMap<>();
        String counterTemplate = mostCommonRunning(bottomTemplates, minPages);
        for (int p = 0; p < n; p++) {
            int pageNo = pages.get(p).number();
            List<String> l = new ArrayList<>(lines.get(p));
            List<PageMark> marks = new ArrayList<>();
            for (int i : bottom.get(p)) {
                String line = l.get(i);
                String t = footerTemplate(line);
                String bates = bates(line);
                int similar = bottomSimilarity.count(t);
                boolean running = similar >= minPages && (t.contains("#") || similar >= Math.max(3, (n + 1) / 2));
                if (running || bates != null || isPageNumber(line)) {
                    marks.add(new PageMark(pageNo, isPageNumber(line) ? PageMark.Kind.PAGE_NUMBER
                            : PageMark.Kind.FOOTER, line.strip()));
                    if (bates != null) {
                        marks.add(new PageMark(pageNo, PageMark.Kind.BATES, bates));
                    }
                    if (counterTemplate != null && t.equals(counterTemplate)) {
                        footerNumbers.put(p, numbers(withoutBates(line)));
                    }
                    l.set(i, "");
                }
            }
            int t = top.get(p);
            if (t >= 0) {
                String line = l.get(t);
                String key = template(line);
                boolean running = topCounts.getOrDefault(key, 0) >= minPages;
                boolean everyPageName = nameLike(line) && namesWithoutHeader.getOrDefault(key, 0) >= 2;
                if (!line.isBlank() && (isPageNumber(line) || isNumberOnly(line)
                        || running && (!nameLike(line) || everyPageName) && !isLabel(line))) {
                    marks.add(new PageMark(pageNo, isPageNumber(line) ? PageMark.Kind.PAGE_NUMBER
                            : PageMark.Kind.HEADER, line.strip()));
                    l.set(t, "");
                }
            }
            out.add(new Page(pageNo, pages.get(p).ocr(), l, marks, null));
        }
        return withItemCounter(out, footerNumbers);
    }

    /** Marks per-item page counters found in the running footer's digit slots. */
    private static List<Page> withItemCounter(List<Page> pages, Map<Integer, List<Integer>> footerNumbers) {
        if (footerNumbers.size() < 2) {
            return pages;
        }
        int slots = footerNumbers.values().stream().mapToInt(List::size).max().orElse(0);
        for (int k = 0; k < slots; k++) {
            if (isItemCounter(pages.size(), footerNumbers, k)) {
                List<Page> out = new ArrayList<>();
                for (int p = 0; p < pages.size(); p++) {
                    List<Integer> nums = footerNumbers.get(p);
                    Integer v = nums != null && nums.size() > k ? nums.get(k) : null;
                    Page page = pages.get(p);
                    out.add(new Page(page.number(), page.ocr(), page.lines(), page.marks(), v));
                }
                return out;
            }
        }
        return pages;
    }

    private static boolean isItemCounter(int pageCount, Map<Integer, List<Integer>> numbers, int slot) {
        int ones = 0;
        int above = 0;
        boolean equalsPageIndex = true;
        Integer prev = null;
        int prevPage = -2;
        for (int p = 0; p < pageCount; p++) {
            List<Integer> nums = numbers.get(p);
            if (nums == null || nums.size() <= slot) {
                prev = null;
                continue;
            }
            int v = nums.get(slot);
            if (v > 99 || v < 1) {
                return false;
            }
            ones += v == 1 ? 1 : 0;
            above += v > 1 ? 1 : 0;
            equalsPageIndex &= v == p + 1;
            if (prev != null && prevPage == p - 1 && v != 1 && v != prev + 1) {
                return false;
            }
            prev = v;
            prevPage = p;
        }
        return ones >= 2 && above >= 1 && !equalsPageIndex;
    }

    private static String mostCommonRunning(List<String> templates, int minPages) {
        Map<String, Integer> counts = new HashMap<>();
        for (String t : templates) {
            if (t != null && t.contains("#")) {
                counts.merge(t, 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().filter(e -> e.getValue() >= minPages)
                .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    private static List<Integer> numbers(String line) {
        List<Integer> out = new ArrayList<>();
        Matcher m = Pattern.compile("\\d+").matcher(line);
        while (m.find()) {
            String d = m.group();
            out.add(d.length() > 6 ? Integer.MAX_VALUE : Integer.parseInt(d));
        }
        return out;
    }

    private static Map<String, Integer> counts(List<String> templates) {
        Map<String, Integer> counts = new HashMap<>();
        for (String t : templates) {
            if (t != null) {
                counts.merge(t, 1, Integer::sum);
            }
        }
        return counts;
    }

    /**
     * Counts the footers similar to a template. Exact repeats are counted by frequency; similar ones are looked for
     * among the most frequent forms (an OCR variant resembles the clean form), or among all forms when there are few,
     * so that long documents stay linear.
     */
    private static final class Similarity {
        private static final int ALL_FORMS_UP_TO = 300;
        private static final int FREQUENT_FORMS = 40;
        private final Map<String, Integer> counts;
        private final List<String> forms;
        private final Map<String, Integer> memo = new HashMap<>();

        Similarity(List<String> templates) {
            counts = counts(templates);
            List<String> all = new ArrayList<>(counts.keySet());
            all.sort((a, b) -> counts.get(b) - counts.get(a));
            forms = all.size() <= ALL_FORMS_UP_TO ? all : all.subList(0, FREQUENT_FORMS);
        }

        int count(String t) {
            if (t == null || t.length() < 3) {
                return 0;
            }
            return memo.computeIfAbsent(t, k -> {
                int c = forms.contains(k) ? 0 : counts.getOrDefault(k, 0);
                for (String f : forms) {
                    if (similar(f, k)) {
                        c += counts.get(f);
                    }
                }
                return c;
            });
        }
    }

    static boolean similar(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        int max = Math.max(a.length(), b.length());
        if (max == 0 || Math.min(a.length(), b.length()) < SIMILAR * max) {
            return false;
        }
        return 1.0 - (double) distance(a, b) / max >= SIMILAR;
    }

    private static int distance(String a, String b) {
        a = a.length() > 200 ? a.substring(0, 200) : a;
        b = b.length() > 200 ? b.substring(0, 200) : b;
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /** The footer's template without its Bates number, so that a footer OCR'd in two lines still compares. */
    private static String footerTemplate(String line) {
        String t = template(withoutBates(line));
        return t.isEmpty() ? template(line) : t;
    }

    private static String withoutBates(String line) {
        String b = bates(line);
        String s = line.strip();
        return b == null ? s : s.substring(0, s.length() - b.length()).strip();
    }

    static String template(String line) {
        return line.toLowerCase(Locale.ROOT).replaceAll("\\d+", "#").replaceAll("\\s+", " ").strip();
    }

    /** The Bates number ending the line, or {@code null}. */
    static String bates(String line) {
        Matcher m = BATES.matcher(line.strip());
        String found = null;
        int end = -1;
        while (m.find()) {
            found = m.group(1);
            end = m.end();
        }
        if (found == null || end != line.strip().length() || !found.matches(".*[A-Z].*")) {
            return null;
        }
        return found;
    }

    static boolean isPageNumber(String line) {
        return PAGE_NUMBER.matcher(line.strip()).matches();
    }

    private static boolean isNumberOnly(String line) {
        String s = line.strip();
        return isPageNumber(s) || bates(s) != null && bates(s).equals(s);
    }

    private static boolean isLabel(String line) {
        return HeaderLabel.read(line).isPresent();
    }

    /**
     * Whether a line looks like a person's or mailbox's name: two to six words, letters (with apostrophes, hyphens,
     * periods, one comma), each word capitalised or a name particle, no digits, colon or address.
     */
    static boolean nameLike(String line) {
        String s = line.strip();
        if (s.isEmpty() || s.length() > 60 || s.contains(":") || s.contains("@") || s.matches(".*\\d.*")) {
            return false;
        }
        if (s.chars().filter(c -> c == ',').count() > 1 || s.endsWith(",")) {
            return false;
        }
        String[] words = s.replace(",", " ").trim().split("\\s+");
        if (words.length < 2 || words.length > 6) {
            return false;
        }
        for (String w : words) {
            if (w.matches("(?i)de|del|la|las|los|da|do|dos|van|von|der|den|y|e|di|le|st\\.?")) {
                continue;
            }
            if (!w.matches("[\\p{Lu}][\\p{L}'’.-]*|[\\p{Lu}]\\.?|\\([\\p{L} /.-]+\\)")) {
                return false;
            }
        }
        return true;
    }
}
