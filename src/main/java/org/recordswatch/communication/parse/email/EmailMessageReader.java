package org.recordswatch.communication.parse.email;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.tika.metadata.DublinCore;
import org.apache.tika.metadata.MAPI;
import org.apache.tika.metadata.Message;
import org.apache.tika.metadata.TikaCoreProperties;
import org.recordswatch.communication.parse.AttachmentRef;
import org.recordswatch.communication.parse.Channel;
import org.recordswatch.communication.parse.DateTimeText;
import org.recordswatch.communication.parse.ParseSettings;
import org.recordswatch.communication.parse.ParsedMessage;
import org.recordswatch.communication.parse.Party;
import org.recordswatch.communication.parse.SourceDocument;
import org.recordswatch.communication.parse.SourceRef;
import org.recordswatch.communication.parse.TimeBasis;

/**
 * Reads one e-mail message from the metadata Tika's RFC822, Outlook (.msg), mbox and PST parsers produce, and splits
 * its body.
 *
 * <p>Rules, each covered by a test:
 * <ul>
 * <li>sender: {@code Message:From-Name} and {@code Message:From-Email} when present (the mbox parser can add quoted
 * senders to {@code dc:creator} and {@code Message-From}, these two stay reliable); when the address is an Exchange
 * X.500 name, the transport header's {@code From} or {@code mapi:from-representing-email}; else
 * {@code Message-From}, else {@code dc:creator};</li>
 * <li>recipients: Outlook's parallel {@code Message:To-Email}/{@code Message:To-Display-Name} lists when present (the
 * PST parser's leading joined display string skipped; X.500-only lists replaced by the transport header), else every
 * {@code Message-To}/{@code Message-Cc}/{@code Message-Bcc} value parsed as a list; the same address twice counts
 * once;</li>
 * <li>sent time: the raw {@code Date} header when Tika kept it (its offset is the sender's), else the client submit
 * time, the submission time or {@code dcterms:created} (in that order; PST items set {@code dcterms:created} to the
 * store's creation time), shown in the agency's zone;</li>
 * <li>contacts, tasks, calendar entries and other non-mail items of a store ({@code mapi:message-class-raw}) are not
 * messages;</li>
 * <li>subject: {@code dc:title} (the literal subject; for .msg files {@code dc:subject} is the conversation topic
 * without "RE:"), else {@code dc:subject};</li>
 * <li>identifiers from the raw {@code Message-ID}, {@code In-Reply-To}, {@code References} headers or the MAPI
 * properties, angle brackets removed; the conversation from Outlook's conversation index ({@link #conversation});</li>
 * <li>body: Tika's header echo at the top of .msg text (subject, then From/To/Cc/Bcc/Recipients) is removed, then the
 * body is split by {@link QuoteSplitter} and {@link SignatureSplitter};</li>
 * <li>attachments: every child document, except inline images (Tika marks them {@code INLINE}).</li>
 * </ul>
 */
public final class EmailMessageReader {

    private static final String RAW = Message.MESSAGE_RAW_HEADER_PREFIX;
    /** The time the sender's client submitted the message, as Tika's Outlook parser names the MAPI property. */
    private static final String CLIENT_SUBMIT_TIME = "mapi:client-submit-time";
    private static final Pattern MESSAGE_ID = Pattern.compile("<([^<>\\s]+)>");
    private static final List<String> ECHO_LABELS = List.of("from", "to", "cc", "bcc", "recipients");
    /** MAPI item classes of a mail store that are not correspondence. */
    private static final List<String> NOT_CORRESPONDENCE = List.of("ipm.contact", "ipm.distlist", "ipm.task",
            "ipm.appointment", "ipm.stickynote", "ipm.activity", "ipm.post.rss", "ipm.configuration",
            "ipm.microsoft");

    private EmailMessageReader() {
    }

    /** Whether a node is an e-mail message Tika parsed (not a contact, task or calendar entry of a mail store). */
    public static boolean isMessage(SourceDocument node) {
        String type = node.mediaType();
        boolean message = type.equals("message/rfc822") || type.equals("application/vnd.ms-outlook")
                || type.equals("application/x-tika-pst-mail-item") || type.equals("message/x-emlx")
                || node.first(Message.MESSAGE_FROM) != null
                        && node.first(TikaCoreProperties.CREATED.getName()) != null;
        String mapiClass = node.first(MAPI.MESSAGE_CLASS_RAW.getName());
        if (message && mapiClass != null) {
            String c = mapiClass.toLowerCase(Locale.ROOT);
            return !NOT_CORRESPONDENCE.stream().anyMatch(c::startsWith);
        }
        return message;
    }

    public static ParsedMessage read(SourceDocument node, SourceRef ref, ParseSettings settings) {
        ParsedMessage.Builder b = ParsedMessage.builder(Channel.EMAIL, ref);
        Party from = sender(node);
        b.from(from);
        b.to(recipients(node, Message.MESSAGE_TO, Message.MESSAGE_TO_EMAIL.getName(),
                Message.MESSAGE_TO_DISPLAY_NAME.getName(), Message.MESSAGE_TO_NAME.getName()));
        b.cc(recipients(node, Message.MESSAGE_CC, Message.MESSAGE_CC_EMAIL.getName(),
                Message.MESSAGE_CC_DISPLAY_NAME.getName(), Message.MESSAGE_CC_NAME.getName()));
        b.bcc(recipients(node, Message.MESSAGE_BCC, Message.MESSAGE_BCC_EMAIL.getName(),
                Message.MESSAGE_BCC_DISPLAY_NAME.getName(), Message.MESSAGE_BCC_NAME.getName()));
        sentAt(node, settings, b);
        String subject = node.first(TikaCoreProperties.TITLE.getName());
        if (subject == null) {
            subject = node.first(DublinCore.SUBJECT.getName());
        }
        b.subject(subject == null ? "" : subject);
        b.messageId(firstId(node.first(RAW + "Message-ID"), node.first(MAPI.INTERNET_MESSAGE_ID.getName()),
                node.first(TikaCoreProperties.IDENTIFIER.getName())));
        b.inReplyTo(firstId(node.first(RAW + "In-Reply-To"), node.first(MAPI.IN_REPLY_TO_ID.getName())));
        List<String> refs = new ArrayList<>();
        for (String v : node.values(RAW + "References")) {
            refs.addAll(ids(v));
        }
        for (String v : node.values(MAPI.INTERNET_REFERENCES.getName())) {
            refs.addAll(ids(v));
        }
        b.references(refs.stream().distinct().toList());
        b.conversationKey(conversation(node));

        String body = withoutHeaderEcho(node.text(), subject);
        QuoteSplitter.Split split = QuoteSplitter.split(body, settings.agencyZone(), settings.dayFirst());
        b.ownText(split.ownText());
        b.signature(SignatureSplitter.signature(split.ownText(), from));
        b.quoted(split.quoted());
        for (SourceDocument child : node.children()) {
            if ("INLINE".equalsIgnoreCase(child.first(TikaCoreProperties.EMBEDDED_RESOURCE_TYPE.getName()))) {
                continue;
            }
            b.attachment(new AttachmentRef(child.id(), attachmentName(child), child.mediaType(), ""));
        }
        if (from == null) {
            b.note("no sender in the message metadata");
        }
        return b.build();
    }

    static Party sender(SourceDocument node) {
        String email = node.first(Message.MESSAGE_FROM_EMAIL.getName());
        String name = node.first(Message.MESSAGE_FROM_NAME.getName());
        if (email == null || !email.contains("@")) {
            // Exchange stores give internal senders as X.500 names; an SMTP address may sit elsewhere.
            Party raw = Party.parse(rawHeader(node, "From"));
            String representing = node.first(MAPI.FROM_REPRESENTING_EMAIL.getName());
            if (raw != null && raw.email() != null) {
                email = raw.email();
                name = name == null ? raw.name() : name;
            } else if (representing != null && representing.contains("@")) {
                email = representing;
            }
        }
        if (email != null && email.contains("@")) {
            Party parsedName = name == null ? null : Party.parse(name);
            String display = parsedName != null && parsedName.name() != null ? parsedName.name() : null;
            if (display == null) {
                Party fromHeader = Party.parse(node.first(Message.MESSAGE_FROM));
                display = fromHeader == null ? null : fromHeader.name();
            }
            return Party.of(display, email.strip());
        }
        for (String key : List.of(Message.MESSAGE_FROM, TikaCoreProperties.CREATOR.getName(),
                MAPI.FROM_REPRESENTING_EMAIL.getName())) {
            Party p = Party.parse(node.first(key));
            if (p != null) {
                return name != null && p.name() == null ? Party.of(name, p.email()) : p;
            }
        }
        return name == null ? null : Party.of(name, null);
    }

    static List<Party> recipients(SourceDocument node, String displayKey, String emailKey, String displayNameKey,
            String nameKey) {
        List<Party> out = new ArrayList<>();
        List<String> emails = rawValues(node, emailKey);
        String rawHeader = rawHeader(node, displayKey.substring(displayKey.indexOf('-') + 1));
        if (!emails.isEmpty() && emails.stream().noneMatch(e -> e.contains("@")) && rawHeader != null) {
            emails = List.of(); // X.500 names only: the transport header has the addresses
        }
        if (!emails.isEmpty()) {
            List<String> names = rawValues(node, displayNameKey);
            if (names.size() == emails.size() + 1) {
                names = names.subList(1, names.size()); // the PST parser first stores the joined display string
            }
            if (names.size() != emails.size()) {
                names = rawValues(node, nameKey);
            }
            for (int i = 0; i < emails.size(); i++) {
                String email = emails.get(i).contains("@") ? emails.get(i) : null;
                String name = i < names.size() ? names.get(i) : null;
                Party p = Party.of(name, email);
                if ((p.name() != null || p.email() != null) && out.stream().noneMatch(p::sameAs)) {
                    out.add(p);
                }
            }
            if (!out.isEmpty()) {
                return out;
            }
        }
        List<String> displays = rawHeader != null ? List.of(rawHeader) : node.values(displayKey);
        for (String v : displays) {
            for (Party p : Party.parseList(v)) {
                if (out.stream().noneMatch(p::sameAs)) {
                    out.add(p);
                }
            }
        }
        return out;
    }

    /** A transport header Tika kept as {@code Message:Raw-Header:<name>}, matched without regard to case. */
    private static String rawHeader(SourceDocument node, String name) {
        String wanted = RAW + name;
        for (String key : node.metadata().keySet()) {
            if (key.equalsIgnoreCase(wanted)) {
                return node.first(key);
            }
        }
        return null;
    }

    private static List<String> rawValues(SourceDocument node, String key) {
        List<String> v = node.metadata().get(key);
        return v == null ? List.of() : v.stream().map(s -> s == null ? "" : s.strip()).toList();
    }

    private static void sentAt(SourceDocument node, ParseSettings settings, ParsedMessage.Builder b) {
        ZoneId zone = settings.agencyZone();
        String rawDate = rawHeader(node, "Date");
        if (rawDate != null) {
            Optional<DateTimeText.Reading> r = DateTimeText.parse(rawDate, settings.dayFirst());
            if (r.isPresent() && r.get().hasTime() && r.get().offset() != null) {
                b.sentAt(r.get().at(zone), TimeBasis.HEADER);
                return;
            }
        }
        for (String key : List.of(CLIENT_SUBMIT_TIME, MAPI.SUBMISSION_ACCEPTED_AT_TIME.getName(),
                TikaCoreProperties.CREATED.getName(), TikaCoreProperties.MODIFIED.getName())) {
            String created = node.first(key);
            if (created == null) {
                continue;
            }
            try {
                Instant instant = Instant.parse(created.strip());
                b.sentAt(OffsetDateTime.ofInstant(instant, zone), TimeBasis.HEADER);
                return;
            } catch (DateTimeParseException e) {
                Optional<DateTimeText.Reading> r = DateTimeText.parse(created, settings.dayFirst());
                if (r.isPresent() && r.get().hasTime()) {
                    b.sentAt(r.get().at(zone), r.get().basis());
                    b.note("sent time read from an unusual date format: " + created);
                    return;
                }
            }
        }
        b.note("no sent time in the message metadata");
    }

    /**
     * Outlook's conversation: the first 22 bytes of the conversation index ({@code Thread-Index} header, base64, or
     * {@code mapi:conversation-index}, hex) are the same for every message of a conversation; replies append to them.
     */
    static String conversation(SourceDocument node) {
        String hex = node.first(MAPI.CONVERSATION_INDEX.getName());
        if (hex == null) {
            String b64 = rawHeader(node, "Thread-Index");
            if (b64 != null) {
                try {
                    hex = HexFormat.of().formatHex(Base64.getMimeDecoder().decode(b64.strip()));
                } catch (IllegalArgumentException e) {
                    return null;
                }
            }
        }
        if (hex == null || hex.length() < 44 || !hex.matches("[0-9a-fA-F]+")) {
            return null;
        }
        return "outlook-conversation:" + hex.substring(0, 44).toLowerCase(Locale.ROOT);
    }

    /**
     * Removes the header echo Tika writes at the top of .msg text: the subject line, then label lines (From, To, Cc,
     * Bcc, Recipients) each followed by its value on the same or the next line.
     */
    static String withoutHeaderEcho(String text, String subject) {
        List<String> lines = QuoteSplitter.lines(text);
        int i = 0;
        while (i < lines.size() && lines.get(i).isBlank()) {
            i++;
        }
        int start = i;
        if (i < lines.size() && subject != null && !subject.isBlank() && lines.get(i).strip().equals(subject.strip())) {
            i++;
        }
        boolean sawLabel = false;
        while (i < lines.size()) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                i++;
                continue;
            }
            String lower = line.toLowerCase(Locale.ROOT);
            String bare = lower.endsWith(":") ? lower.substring(0, lower.length() - 1) : lower;
            if (ECHO_LABELS.contains(bare)) {
                sawLabel = true;
                i += 2;
                continue;
            }
            int tab = lower.indexOf('\t');
            if (tab > 0 && ECHO_LABELS.contains(lower.substring(0, tab).strip())) {
                sawLabel = true;
                i++;
                continue;
            }
            break;
        }
        if (!sawLabel) {
            return QuoteSplitter.join(lines, start, lines.size());
        }
        return QuoteSplitter.join(lines, Math.min(i, lines.size()), lines.size());
    }

    private static String attachmentName(SourceDocument child) {
        String name = child.first(TikaCoreProperties.RESOURCE_NAME_KEY);
        if (name == null) {
            name = child.first(MAPI.ATTACH_LONG_FILE_NAME.getName());
        }
        if (name == null && child.embeddedPath() != null) {
            String p = child.embeddedPath();
            name = p.substring(p.lastIndexOf('/') + 1);
        }
        return name == null ? child.name() : name;
    }

    static String firstId(String... candidates) {
        for (String c : candidates) {
            if (c == null || c.isBlank()) {
                continue;
            }
            List<String> ids = ids(c);
            if (!ids.isEmpty()) {
                return ids.get(0);
            }
            String t = c.strip();
            if (!t.contains(" ") && t.contains("@")) {
                return t;
            }
        }
        return null;
    }

    static List<String> ids(String value) {
        List<String> out = new ArrayList<>();
        if (value == null) {
            return out;
        }
        Matcher m = MESSAGE_ID.matcher(value);
        while (m.find()) {
            out.add(m.group(1));
        }
        if (out.isEmpty()) {
            for (String t : value.split("[\\s,]+")) {
                if (t.contains("@")) {
                    out.add(t);
                }
            }
        }
        return out;
    }
}
