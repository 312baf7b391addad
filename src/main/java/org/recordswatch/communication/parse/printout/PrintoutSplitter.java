package org.recordswatch.communication.parse.printout;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.recordswatch.communication.parse.AttachmentRef;
import org.recordswatch.communication.parse.Channel;
import org.recordswatch.communication.parse.DateTimeText;
import org.recordswatch.communication.parse.HeaderBlock;
import org.recordswatch.communication.parse.HeaderLabel;
import org.recordswatch.communication.parse.Locator;
import org.recordswatch.communication.parse.PageMark;
import org.recordswatch.communication.parse.PageText;
import org.recordswatch.communication.parse.ParseSettings;
import org.recordswatch.communication.parse.ParsedMessage;
import org.recordswatch.communication.parse.Party;
import org.recordswatch.communication.parse.QuoteMarker;
import org.recordswatch.communication.parse.QuotedMessage;
import org.recordswatch.communication.parse.SourceRef;
import org.recordswatch.communication.parse.email.QuoteSplitter;
import org.recordswatch.communication.parse.email.SignatureSplitter;

/**
 * Splits a print-out (the pages of a PDF, digital or OCR'd, or a plain text) into printed messages.
 *
 * <p>Pages are first cleared of their furniture ({@link PageFurniture}) and read as one stream of lines, so a header
 * or a body running over a page break reads as one. Every printed header is then found, in three layouts:
 * <ol>
 * <li>label blocks ({@link HeaderBlock}: Outlook {@code From/Sent/To/Cc/Subject}, forwarded and quoted headers,
 * other languages, OCR noise);</li>
 * <li>Gmail: a {@code Name <address>   date} line followed by a {@code To:} line; the subject is printed once per
 * conversation, as its title above {@code N messages};</li>
 * <li>Outlook on the web: a sender line, a line with only the date, then a {@code To:} line; the subject is the line
 * above the sender.</li>
 * </ol>
 *
 * <p>Each label block is either the start of a new printed message or quoted history of the message above it. Rules,
 * each covered by a test, in this order:
 * <ol>
 * <li>the first header of the document starts a message; Gmail and Outlook-on-the-web headers always do (those
 * layouts quote with {@code >} and attribution lines, not with header blocks);</li>
 * <li>a header right below a quote separator ({@code -----Original Message-----}, a forward separator, Outlook's
 * underscore rule, an attribution line) is quoted;</li>
 * <li>at the top of a page whose footer carries a per-item page counter: counter 1 starts a message, a higher count
 * is a continuation (quoted);</li>
 * <li>a mailbox banner starts a message. A banner is a lone name line at the top of the page directly above the
 * header that repeats the display name of one of the header's parties exactly as printed ({@code Roe, Jane}), or that
 * appears as such a line above at least two headers; the same text seen elsewhere directly above a header counts
 * too. A name line that is neither (typically the last line of a signature that ran over the page) is no banner;</li>
 * <li>a header whose quoted chain (the headers below it, none newer than it nor clearly newer than the one above, up
 * to the next page-top header) holds a copy of the message being read (same sender, subject and time) is a new message quoting it: quoted
 * history never contains the message that quotes it;</li>
 * <li>at the top of a page, in a document whose messages carry banners: a header without one is quoted unless it is
 * later than the message being read by more than the clock skew;</li>
 * <li>at the top of a page otherwise: starts a message, unless it is older than the message being read, has its
 * subject and shares a participant with it while that message has quoted nothing yet (its quoted history starting
 * on a new page);</li>
 * <li>inside a page: starts a message only if it is later than the message being read by more than the clock skew
 * ({@value #SKEW_HOURS} hours: quoted headers are written in the quoting sender's time zone, the printed header in the
 * mailbox owner's); otherwise quoted.</li>
 * </ol>
 *
 * <p>A header whose date has no time and whose labels are capitalised or whose subject is introduced by {@code RE:}
 * ({@code TO: / FROM: / DATE: / RE:}) heads a memorandum or letter: its message has channel {@link Channel#LETTER}.
 *
 * <p>A message runs until the next message starts. Its own text is the text below its header up to the first quoted
 * header or quote marker; the rest is quoted history. A page whose first line is {@code Attachment: name.ext} (or
 * names a file the header lists) starts the printed attachment, which stays with the message. Its locator is the page
 * range from its banner or header to its last line.
 */
public final class PrintoutSplitter {

    static final int SKEW_HOURS = 3;
    private static final Pattern ATTACHMENT_PAGE = Pattern.compile(
            "^\\s*(attachment|attached file|attachments|adjunto|archivo adjunto|datos adjuntos|anexo|anhang|"
                    + "pi[eè]ce jointe|allegato)\\s*\\d*\\s*[:\\-]\\s*(.+\\.[A-Za-z0-9]{2,5})\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern GMAIL_SENDER = Pattern.compile("^\\s*(.*?)\\s*<([^<>\\s]+@[^<>\\s]+)>\\s+(.*\\d.*)$");
    private static final Pattern GMAIL_COUNT = Pattern.compile("^\\s*\\d+\\s+(messages?|mensajes?|messages?)\\s*$",
            Pattern.CASE_INSENSITIVE);

    /** One line of the de-furnitured stream. */
    record Line(int page, String text, boolean pageTop, boolean ocr) {
    }

    enum Layout {
        LABELS,
        GMAIL,
        WEB
    }

    /** A header found in the stream. */
    static final class Block {
        final Layout layout;
        final int start;
        final int end;
        final Party from;
        final List<Party> to;
        final List<Party> cc;
        final List<Party> bcc;
        final DateTimeText.Reading sent;
        final String subject;
        final List<String> attachmentNames;
        final boolean fuzzy;
        boolean memo;
        int separatorStart = -1;
        int bannerLine = -1;
        boolean isNew;

        Block(Layout layout, int start, int end, Party from, List<Party> to, List<Party> cc, List<Party> bcc,
                DateTimeText.Reading sent, String subject, List<String> attachmentNames, boolean fuzzy) {
            this.layout = layout;
            this.start = start;
            this.end = end;
            this.from = from;
            this.to = to;
            this.cc = cc;
            this.bcc = bcc;
            this.sent = sent;
            this.subject = subject;
            this.attachmentNames = attachmentNames;
            this.fuzzy = fuzzy;
        }

        int regionStart() {
            if (bannerLine >= 0) {
                return bannerLine;
            }
            return separatorStart >= 0 ? separatorStart : start;
        }

        LocalDateTime time() {
            return sent.local();
        }
    }

    private final ParseSettings settings;

    public PrintoutSplitter(ParseSettings settings) {
        this.settings = settings;
    }

    /**
     * Splits the pages (or, when there are none, the text as one page).
     *
     * @param document where the messages are found (locators are filled in here)
     */
    public List<ParsedMessage> split(List<PageText> pages, String text, SourceRef document) {
        List<PageText> input = pages.isEmpty() ? List.of(new PageText(1, text, false)) : pages;
        List<PageFurniture.Page> clean = PageFurniture.analyse(input);
        List<Line> lines = new ArrayList<>();
        for (PageFurniture.Page p : clean) {
            // Blank lines around a page break are dropped, so a header split by the break reads as one.
            List<String> pl = p.lines();
            int from = 0;
            int to = pl.size();
            while (from < to && pl.get(from).isBlank()) {
                from++;
            }
            while (to > from && pl.get(to - 1).isBlank()) {
                to--;
            }
            for (int i = from; i < to; i++) {
                List<String> parts = HeaderLabel.unflatten(pl.get(i));
                for (int k = 0; k < parts.size(); k++) {
                    lines.add(new Line(p.number(), parts.get(k), i == from && k == 0, p.ocr()));
                }
            }
        }
        List<String> texts = lines.stream().map(Line::text).toList();
        List<Block> blocks = findBlocks(texts, lines);
        if (blocks.isEmpty()) {
            return List.of();
        }
        classify(blocks, lines, clean);
        List<ParsedMessage> out = new ArrayList<>();
        for (int k = 0; k < blocks.size(); k++) {
            if (!blocks.get(k).isNew) {
                continue;
            }
            int next = k + 1;
            while (next < blocks.size() && !blocks.get(next).isNew) {
                next++;
            }
            int regionEnd = next < blocks.size() ? blocks.get(next).regionStart() : lines.size();
            out.add(message(blocks.get(k), blocks.subList(k + 1, next), regionEnd, lines, texts, clean, document,
                    gmailTitle(texts, blocks.get(k).start)));
        }
        return out;
    }

    // ---------------------------------------------------------------- finding headers

    private List<Block> findBlocks(List<String> texts, List<Line> lines) {
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            if (texts.get(i).isBlank()) {
                continue;
            }
            Optional<HeaderBlock> h = HeaderBlock.read(texts, i, settings.dayFirst());
            Block b = null;
            if (h.isPresent()) {
                HeaderBlock hb = h.get();
                b = new Block(Layout.LABELS, hb.start(), hb.end(), hb.from(), hb.to(), hb.cc(), hb.bcc(), hb.sent(),
                        hb.subject(), hb.attachmentNames(), hb.fuzzy());
                b.memo = hb.memo();
            } else {
                b = gmail(texts, i);
                if (b == null) {
                    b = web(texts, i);
                }
            }
            if (b != null) {
                b.separatorStart = separatorAbove(texts, b.start);
                blocks.add(b);
                i = b.end - 1;
            }
        }
        return blocks;
    }

    /** Gmail: {@code Name <address>   Tue, Mar 5, 2019 at 10:14 AM}, then To:/Cc: lines. */
    private Block gmail(List<String> texts, int i) {
        Matcher m = GMAIL_SENDER.matcher(texts.get(i));
        if (!m.matches()) {
            return null;
        }
        Optional<DateTimeText.Reading> when = DateTimeText.parse(m.group(3), settings.dayFirst());
        if (when.isEmpty() || !when.get().hasTime()) {
            return null;
        }
        return recipientLines(texts, i + 1, Layout.GMAIL, i, Party.of(m.group(1), m.group(2)), when.get(), "");
    }

    /** Outlook on the web: sender line, date line, then To:/Cc: lines; the subject is the line above the sender. */
    private Block web(List<String> texts, int i) {
        String senderLine = texts.get(i).strip();
        if (HeaderLabel.read(senderLine).isPresent() || senderLine.length() > 120) {
            return null;
        }
        Party sender = Party.parse(senderLine);
        if (sender == null || sender.email() == null && !PageFurniture.nameLike(senderLine)) {
            return null;
        }
        int j = nextNonBlank(texts, i + 1, 1);
        if (j < 0) {
            return null;
        }
        String dateLine = texts.get(j).strip();
        Optional<DateTimeText.Reading> when = DateTimeText.parse(dateLine, settings.dayFirst());
        if (when.isEmpty() || !when.get().hasTime() || dateLine.length() > 60 || dateLine.contains("@")) {
            return null;
        }
        int above = i - 1;
        while (above >= 0 && texts.get(above).isBlank()) {
            above--;
        }
        String subject = above >= 0 && !addressLabel(texts.get(above)) ? texts.get(above).strip() : "";
        Block b = recipientLines(texts, j + 1, Layout.WEB, i, sender, when.get(), subject);
        return b;
    }

    private static boolean addressLabel(String line) {
        return HeaderLabel.read(line).map(l -> l.label() != HeaderLabel.SUBJECT && l.label() != HeaderLabel.OTHER)
                .orElse(false);
    }

    private Block recipientLines(List<String> texts, int from, Layout layout, int start, Party sender,
            DateTimeText.Reading when, String subject) {
        List<Party> to = new ArrayList<>();
        List<Party> cc = new ArrayList<>();
        List<Party> bcc = new ArrayList<>();
        int end = -1;
        int j = from;
        int blanks = 0;
        while (j < texts.size()) {
            String t = texts.get(j);
            if (t.isBlank()) {
                if (++blanks > 1) {
                    break;
                }
                j++;
                continue;
            }
            Optional<HeaderLabel.Labeled> l = HeaderLabel.read(t);
            if (l.isEmpty()) {
                break;
            }
            switch (l.get().label()) {
                case TO -> to.addAll(Party.parseList(l.get().value()));
                case CC -> cc.addAll(Party.parseList(l.get().value()));
                case BCC -> bcc.addAll(Party.parseList(l.get().value()));
                case REPLY_TO, OTHER -> {
                    // printed but not needed
                }
                default -> {
                    return end < 0 ? null : new Block(layout, start, end, sender, to, cc, bcc, when, subject,
                            List.of(), false);
                }
            }
            end = j + 1;
            blanks = 0;
            j++;
        }
        if (end < 0 || to.isEmpty() && cc.isEmpty() && bcc.isEmpty()) {
            return null;
        }
        return new Block(layout, start, end, sender, to, cc, bcc, when, subject, List.of(), false);
    }

    private static int nextNonBlank(List<String> texts, int from, int maxBlanks) {
        int blanks = 0;
        for (int j = from; j < texts.size(); j++) {
            if (!texts.get(j).isBlank()) {
                return j;
            }
            if (++blanks > maxBlanks) {
                return -1;
            }
        }
        return -1;
    }

    /** Index of a quote separator directly above the header (only blank lines between), or -1. */
    private static int separatorAbove(List<String> texts, int start) {
        int j = start - 1;
        int blanks = 0;
        while (j >= 0 && texts.get(j).isBlank() && blanks < 3) {
            j--;
            blanks++;
        }
        if (j < 0 || texts.get(j).isBlank()) {
            return -1;
        }
        QuoteMarker.Kind k = QuoteMarker.at(texts, j);
        if (k != null && k != QuoteMarker.Kind.QUOTE_PREFIX) {
            return j;
        }
        if (j > 0) {
            QuoteMarker.Kind two = QuoteMarker.at(texts, j - 1);
            if (two == QuoteMarker.Kind.ATTRIBUTION && QuoteMarker.length(texts, j - 1, two) == 2) {
                return j - 1;
            }
        }
        return -1;
    }

    // ---------------------------------------------------------------- new message or quoted history

    private void classify(List<Block> blocks, List<Line> lines, List<PageFurniture.Page> pages) {
        Map<String, Integer> candidates = new HashMap<>();
        for (Block b : blocks) {
            int banner = bannerAbove(b, lines);
            if (banner >= 0) {
                candidates.merge(PageFurniture.template(lines.get(banner).text()), 1, Integer::sum);
            }
        }
        Set<String> banners = new HashSet<>();
        for (Block b : blocks) {
            int banner = bannerAbove(b, lines);
            if (banner < 0) {
                continue;
            }
            String text = lines.get(banner).text().strip();
            String key = PageFurniture.template(text);
            if (candidates.get(key) >= 2 || namesAParty(text, lines, b)) {
                b.bannerLine = banner;
                banners.add(key);
            }
        }
        for (Block b : blocks) {
            if (b.bannerLine < 0 && b.layout == Layout.LABELS && b.separatorStart < 0) {
                int above = previousNonBlank(lines, b.start - 1);
                if (above >= 0 && banners.contains(PageFurniture.template(lines.get(above).text()))) {
                    b.bannerLine = above;
                }
            }
        }
        long pageTopBlocks = blocks.stream().filter(b -> atPageTop(b, lines)).count();
        long withBanner = blocks.stream().filter(b -> b.bannerLine >= 0).count();
        boolean usesBanners = withBanner >= 2 && withBanner * 2 >= pageTopBlocks;

        Block top = null;
        int quotedSinceTop = 0;
        for (int k = 0; k < blocks.size(); k++) {
            Block b = blocks.get(k);
            b.isNew = decide(blocks, k, top, quotedSinceTop, lines, pages, usesBanners);
            if (!b.isNew) {
                b.bannerLine = -1;
                quotedSinceTop++;
            } else {
                top = b;
                quotedSinceTop = 0;
            }
        }
    }

    private boolean decide(List<Block> blocks, int k, Block top, int quotedSinceTop, List<Line> lines,
            List<PageFurniture.Page> pages, boolean usesBanners) {
        Block b = blocks.get(k);
        if (top == null || b.layout != Layout.LABELS) {
            return true;
        }
        if (b.separatorStart >= 0) {
            return false;
        }
        boolean pageTop = atPageTop(b, lines);
        Integer itemPage = pageTop ? itemPage(pages, lines.get(b.start).page()) : null;
        if (itemPage != null) {
            return itemPage == 1;
        }
        if (b.bannerLine >= 0) {
            return true;
        }
        if (quotesTop(blocks, k, top, lines)) {
            return true;
        }
        if (pageTop && !usesBanners) {
            return !continuesQuotedHistory(b, top, quotedSinceTop);
        }
        return later(b.time(), top.time(), SKEW_HOURS);
    }

    /**
     * A page-top header that is older than the message being read, in its thread (same subject), shares a participant
     * with it, while that message has not quoted anything yet: the quoted history that starts on a new page (a
     * signature line may precede it).
     */
    private static boolean continuesQuotedHistory(Block b, Block top, int quotedSinceTop) {
        if (quotedSinceTop > 0 || !b.time().isBefore(top.time())
                || !subjectKey(b.subject).equals(subjectKey(top.subject))) {
            return false;
        }
        List<Party> a = new ArrayList<>(b.to);
        a.addAll(b.cc);
        a.add(b.from);
        List<Party> t = new ArrayList<>(top.to);
        t.addAll(top.cc);
        t.add(top.from);
        return a.stream().anyMatch(p -> p != null && t.stream().anyMatch(p::sameAs));
    }

    /**
     * Whether the quoted chain below b (the following headers, none newer than b nor clearly newer than the one before,
     * up to the next page-top header) holds a copy of the message being read: then b quotes it.
     */
    private boolean quotesTop(List<Block> blocks, int k, Block top, List<Line> lines) {
        LocalDateTime previous = blocks.get(k).time();
        for (int j = k + 1; j < blocks.size(); j++) {
            Block q = blocks.get(j);
            if (q.layout != Layout.LABELS || atPageTop(q, lines) && q.separatorStart < 0
                    || q.time().isAfter(blocks.get(k).time()) || later(q.time(), previous, SKEW_HOURS)) {
                return false;
            }
            if (sameHeader(q, top)) {
                return true;
            }
            previous = q.time();
        }
        return false;
    }

    private static boolean sameHeader(Block a, Block b) {
        if (a.from == null || b.from == null || !a.from.sameAs(b.from)) {
            return false;
        }
        if (!subjectKey(a.subject).equals(subjectKey(b.subject))) {
            return false;
        }
        long minutes = Math.abs(Duration.between(a.time(), b.time()).toMinutes());
        return minutes <= 14 * 60 + 2 && (minutes % 60 <= 2 || minutes % 60 >= 58);
    }

    private static String subjectKey(String subject) {
        return subject == null ? "" : subject.toLowerCase(Locale.ROOT)
                .replaceAll("^\\s*((re|fw|fwd|aw|wg|rv|tr|sv)\\s*:\\s*)+", "").replaceAll("\\s+", " ").strip();
    }

    /** Whether the banner text repeats a party's display name exactly as the header prints it. */
    private static boolean namesAParty(String banner, List<Line> lines, Block b) {
        String wanted = banner.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        for (int i = b.start; i < b.end; i++) {
            String line = lines.get(i).text().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            for (String part : line.substring(colon + 1).split(";")) {
                String display = part.replaceAll("<[^>]*>|\\[mailto:[^\\]]*]|\"", "").strip();
                if (display.equals(wanted)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean later(LocalDateTime a, LocalDateTime b, int skewHours) {
        return Duration.between(b, a).compareTo(Duration.ofHours(skewHours)) > 0
                || skewHours == 0 && a.isAfter(b);
    }

    private static Integer itemPage(List<PageFurniture.Page> pages, int pageNumber) {
        for (PageFurniture.Page p : pages) {
            if (p.number() == pageNumber) {
                return p.itemPage();
            }
        }
        return null;
    }

    /** Whether only a banner (or nothing) precedes the header on its page. */
    private static boolean atPageTop(Block b, List<Line> lines) {
        int first = b.regionStart();
        if (b.separatorStart >= 0) {
            return false;
        }
        Line l = lines.get(first);
        return l.pageTop() || b.bannerLine >= 0 && lines.get(b.bannerLine).pageTop();
    }

    /** A lone name-like line at the top of the page directly above the header. */
    private static int bannerAbove(Block b, List<Line> lines) {
        if (b.layout != Layout.LABELS || b.separatorStart >= 0) {
            return -1;
        }
        int above = previousNonBlank(lines, b.start - 1);
        if (above < 0 || lines.get(above).page() != lines.get(b.start).page() || !lines.get(above).pageTop()) {
            return -1;
        }
        return PageFurniture.nameLike(lines.get(above).text()) ? above : -1;
    }

    private static int previousNonBlank(List<Line> lines, int from) {
        for (int j = from; j >= 0; j--) {
            if (!lines.get(j).text().isBlank()) {
                return j;
            }
        }
        return -1;
    }

    // ---------------------------------------------------------------- assembling a message

    /** Assembles the message headed by b; {@code quotedCandidates} are the headers up to the next message. */
    private ParsedMessage message(Block b, List<Block> quotedCandidates, int regionEnd, List<Line> lines,
            List<String> texts, List<PageFurniture.Page> pages, SourceRef document, String gmailTitle) {
        // Printed attachment pages: from a page-top "Attachment: name" line to the end of the region.
        int attachmentStart = regionEnd;
        for (int i = b.end; i < regionEnd; i++) {
            Line l = lines.get(i);
            if (l.pageTop() && isAttachmentStart(l.text(), b.attachmentNames)) {
                attachmentStart = i;
                break;
            }
        }
        List<Block> quotedBlocks = new ArrayList<>();
        for (Block q : quotedCandidates) {
            if (q.start < attachmentStart) {
                quotedBlocks.add(q);
            }
        }
        int ownEnd = quotedBlocks.isEmpty() ? attachmentStart : quotedBlocks.get(0).regionStart();
        List<String> ownLines = texts.subList(b.end, Math.max(b.end, ownEnd));
        int markerCut = QuoteSplitter.firstQuoteStart(ownLines, 0, settings.dayFirst());
        String own = join(ownLines, 0, markerCut).strip();

        List<QuotedMessage> quoted = new ArrayList<>();
        if (markerCut < ownLines.size()) {
            quoted.addAll(QuoteSplitter.chain(new ArrayList<>(ownLines), markerCut, settings.agencyZone(),
                    settings.dayFirst()));
        }
        for (int k = 0; k < quotedBlocks.size(); k++) {
            Block q = quotedBlocks.get(k);
            int qEnd = k + 1 < quotedBlocks.size() ? quotedBlocks.get(k + 1).regionStart() : attachmentStart;
            String text = join(texts, q.regionStart(), qEnd).strip();
            QuoteMarker.Kind sep = q.separatorStart >= 0 ? QuoteMarker.at(texts, q.separatorStart) : null;
            quoted.add(new QuotedMessage(q.from, q.to, q.sent.hasTime() ? q.sent.at(settings.agencyZone()) : null,
                    q.subject, text, sep == QuoteMarker.Kind.FORWARD));
        }

        ParsedMessage.Builder m = ParsedMessage.builder(b.memo ? Channel.LETTER : Channel.EMAIL, document);
        int first = lines.get(b.regionStart()).page();
        int last = first;
        boolean ocr = false;
        for (int i = b.regionStart(); i < regionEnd; i++) {
            if (!lines.get(i).text().isBlank()) {
                last = Math.max(last, lines.get(i).page());
                ocr |= lines.get(i).ocr();
            }
        }
        m.source(new SourceRef(document.documentId(), document.documentName(), Locator.pages(first, last),
                document.producingAgency()));
        m.from(b.from).to(b.to).cc(b.cc).bcc(b.bcc);
        m.sentAt(b.sent.at(settings.agencyZone()), b.sent.basis());
        String subject = b.subject;
        if (b.layout == Layout.GMAIL && (subject == null || subject.isBlank())) {
            subject = gmailTitle;
        }
        m.subject(subject);
        m.ownText(own);
        m.signature(SignatureSplitter.signature(own, b.from));
        m.quoted(quoted);
        List<String> names = new ArrayList<>(b.attachmentNames);
        if (attachmentStart < regionEnd) {
            String printed = join(texts, attachmentStart, regionEnd).strip();
            Matcher am = ATTACHMENT_PAGE.matcher(lines.get(attachmentStart).text());
            String name = am.matches() ? am.group(2).strip() : lines.get(attachmentStart).text().strip();
            names.remove(name);
            m.attachment(new AttachmentRef(null, name, null, printed));
        }
        for (String n : names) {
            m.attachment(AttachmentRef.named(n));
        }
        if (b.bannerLine >= 0) {
            m.mailboxOwner(lines.get(b.bannerLine).text().strip());
        }
        List<PageMark> marks = new ArrayList<>();
        for (PageFurniture.Page p : pages) {
            if (p.number() >= first && p.number() <= last) {
                marks.addAll(p.marks());
            }
        }
        if (b.bannerLine >= 0) {
            marks.add(new PageMark(first, PageMark.Kind.BANNER, lines.get(b.bannerLine).text().strip()));
        }
        m.pageMarks(marks);
        m.ocr(ocr);
        if (b.fuzzy) {
            m.note("header labels read despite OCR noise");
        }
        if (!b.sent.hasTime()) {
            m.note("sent date printed without a time");
        }
        return m.build();
    }

    private static boolean isAttachmentStart(String line, List<String> names) {
        if (ATTACHMENT_PAGE.matcher(line).matches()) {
            return true;
        }
        String s = line.strip();
        return !s.isEmpty() && names.stream().anyMatch(n -> n.equalsIgnoreCase(s));
    }

    /** The title of the Gmail conversation a header belongs to: the line above the last {@code N messages} before it. */
    private static String gmailTitle(List<String> texts, int before) {
        for (int i = Math.min(before, texts.size()) - 1; i > 0; i--) {
            if (GMAIL_COUNT.matcher(texts.get(i)).matches()) {
                for (int j = i - 1; j >= 0; j--) {
                    if (!texts.get(j).isBlank()) {
                        return texts.get(j).strip();
                    }
                }
            }
        }
        return "";
    }

    private static String join(List<String> lines, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < to && i < lines.size(); i++) {
            if (sb.length() > 0) {
                sb.append('\n');
            }
            sb.append(lines.get(i));
        }
        return sb.toString();
    }
}
