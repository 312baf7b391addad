package org.recordswatch.communication.parse.resolve;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.recordswatch.communication.parse.Channel;
import org.recordswatch.communication.parse.ParsedMessage;
import org.recordswatch.communication.parse.Party;
import org.recordswatch.communication.parse.QuotedMessage;
import org.recordswatch.communication.parse.TimeBasis;

/**
 * Turns the messages found in all documents of a corpus into communications and threads. A pure function of its
 * input: the pipeline can re-run it whenever documents arrive; ids stay stable.
 *
 * <p>Duplicates (rules covered by tests): two appearances are the same message when
 * <ul>
 * <li>they carry the same Message-ID; or, when their Message-IDs do not differ,</li>
 * <li>they have the same channel, the same sender (address; by name when one side has no address), subjects equal
 * after {@link Subjects#normalize}, sent times within two minutes, and own texts that share at least half of their
 * words ({@link BodyFingerprint}); when a side was read by OCR, sender and subject may differ by a few misread
 * characters (two in an address or name, one in ten in a subject); or</li>
 * <li>as above, but one side is a print-out read in the agency's zone and the times differ by whole hours (plus or
 * minus two minutes; a mailbox printed in another zone), with own texts of eight words or more sharing 80%;</li>
 * <li>never two texts of the same export (each line of an export is its own text), never two appearances at the
 * same place.</li>
 * </ul>
 * Quoted history is never a message of its own ({@link org.recordswatch.communication.parse.MessageExtractor} does
 * not emit it), so a message known only from quotes has no communication.
 *
 * <p>Before comparing, a party known only by name gets the address that name has everywhere else in the corpus, when
 * that name has exactly one address.
 *
 * <p>Threads (rules covered by tests): communications join a thread when one's In-Reply-To or References names the
 * other's Message-ID; when one quotes the other (quoted sender, subject and time, whole-hour zone shifts allowed);
 * when their normalised subjects are equal, they share a participant and the later one is within the thread window
 * ({@code 30} days by default) of the earlier; text messages of one conversation form one thread.
 */
public final class CommunicationResolver {

    /** Tolerances. */
    public record Settings(Duration sameMessageTolerance, Duration threadWindow) {

        public static Settings defaults() {
            return new Settings(Duration.ofMinutes(2), Duration.ofDays(30));
        }
    }

    private static final int MAX_ZONE_SHIFT_HOURS = 14;

    private final Settings settings;

    public CommunicationResolver() {
        this(Settings.defaults());
    }

    public CommunicationResolver(Settings settings) {
        this.settings = Objects.requireNonNull(settings);
    }

    public Resolution resolve(List<ParsedMessage> input) {
        List<ParsedMessage> messages = fillAddresses(input);
        int n = messages.size();
        UnionFind same = new UnionFind(n);
        List<BodyFingerprint> prints = messages.stream().map(m -> new BodyFingerprint(m.ownText())).toList();

        Map<String, Integer> byId = new HashMap<>();
        for (int i = 0; i < n; i++) {
            String id = messages.get(i).messageId();
            if (id != null) {
                Integer other = byId.putIfAbsent(id, i);
                if (other != null) {
                    same.union(other, i);
                }
            }
        }
        // Candidates: sent within the widest tolerance (whole-hour zone shifts included), compared pairwise.
        List<Integer> byTime = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (messages.get(i).sentAt() != null) {
                byTime.add(i);
            }
        }
        byTime.sort(Comparator.comparing(i -> messages.get(i).sentAt().toInstant()));
        long reach = Duration.ofHours(MAX_ZONE_SHIFT_HOURS).plus(settings.sameMessageTolerance()).getSeconds();
        for (int a = 0; a < byTime.size(); a++) {
            ParsedMessage x = messages.get(byTime.get(a));
            for (int b = a + 1; b < byTime.size(); b++) {
                ParsedMessage y = messages.get(byTime.get(b));
                if (Duration.between(x.sentAt(), y.sentAt()).getSeconds() > reach) {
                    break;
                }
                int i = byTime.get(a);
                int j = byTime.get(b);
                if (sameMessage(x, y, prints.get(i), prints.get(j))) {
                    same.union(i, j);
                }
            }
        }

        Map<Integer, List<Integer>> members = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            members.computeIfAbsent(same.find(i), k -> new ArrayList<>()).add(i);
        }
        List<ParsedMessage> primaries = new ArrayList<>();
        List<List<ParsedMessage>> appearances = new ArrayList<>();
        for (List<Integer> group : members.values()) {
            List<ParsedMessage> ms = group.stream().map(messages::get).toList();
            primaries.add(primary(ms));
            appearances.add(ms);
        }
        List<String> ids = new ArrayList<>();
        Map<String, Integer> seenIds = new HashMap<>();
        for (ParsedMessage p : primaries) {
            String id = "c-" + hash(identity(p));
            int k = seenIds.merge(id, 1, Integer::sum);
            ids.add(k == 1 ? id : id + "-" + k);
        }
        List<String> threadIds = threads(primaries, ids);
        List<Communication> communications = new ArrayList<>();
        for (int c = 0; c < primaries.size(); c++) {
            communications.add(new Communication(ids.get(c), primaries.get(c), appearances.get(c), threadIds.get(c)));
        }
        Map<String, List<Communication>> byThread = new LinkedHashMap<>();
        for (Communication c : communications) {
            byThread.computeIfAbsent(c.threadId(), k -> new ArrayList<>()).add(c);
        }
        List<ConversationThread> threads = new ArrayList<>();
        byThread.forEach((id, cs) -> {
            List<Communication> sorted = cs.stream().sorted(Comparator.comparing(
                    (Communication c) -> c.primary().sentAt() == null ? Instant.MAX
                            : c.primary().sentAt().toInstant())).toList();
            threads.add(new ConversationThread(id, sorted.stream().map(Communication::id).toList(),
                    Subjects.normalize(sorted.get(0).primary().subject())));
        });
        return new Resolution(communications, threads);
    }

    // ---------------------------------------------------------------- duplicates

    private boolean sameMessage(ParsedMessage a, ParsedMessage b, BodyFingerprint pa, BodyFingerprint pb) {
        if (a.messageId() != null && b.messageId() != null) {
            return a.messageId().equals(b.messageId());
        }
        boolean ocr = a.ocr() || b.ocr();
        if (a.channel() != b.channel() || !sameSender(a.from(), b.from(), ocr)
                || !sameSubject(a.subject(), b.subject(), ocr)) {
            return false;
        }
        boolean sameDocument = a.source().documentId().equals(b.source().documentId());
        if (sameDocument && (a.channel() == Channel.TEXT_MESSAGE || a.source().locator().equals(b.source().locator()))) {
            return false;
        }
        long seconds = Math.abs(Duration.between(a.sentAt(), b.sentAt()).getSeconds());
        long tolerance = settings.sameMessageTolerance().getSeconds();
        if (seconds <= tolerance) {
            return pa.matches(pb);
        }
        // A print-out read in the agency's zone from a mailbox kept in another zone is off by whole hours.
        boolean localOnOneSide = a.timeBasis() == TimeBasis.AGENCY_ZONE || b.timeBasis() == TimeBasis.AGENCY_ZONE;
        if (localOnOneSide && wholeHoursApart(seconds, tolerance) && a.channel() == Channel.EMAIL) {
            return strongBodyMatch(a.ownText(), b.ownText());
        }
        return false;
    }

    private static boolean wholeHoursApart(long seconds, long tolerance) {
        long hours = Math.round(seconds / 3600.0);
        return hours >= 1 && hours <= MAX_ZONE_SHIFT_HOURS && Math.abs(seconds - hours * 3600) <= tolerance;
    }

    /** Same sender; when a side was read by OCR, addresses and names may differ by two misread characters. */
    static boolean sameSender(Party a, Party b, boolean ocr) {
        if (a == null || b == null) {
            return false;
        }
        if (a.sameAs(b)) {
            return true;
        }
        if (!ocr) {
            return false;
        }
        if (a.email() != null && b.email() != null) {
            return Texts.distance(a.email(), b.email()) <= 2;
        }
        String na = Party.comparableName(a.name());
        String nb = Party.comparableName(b.name());
        return !na.isEmpty() && !nb.isEmpty() && Texts.distance(na, nb) <= 2;
    }

    /** Subjects equal after {@link Subjects#normalize}; 90% alike when a side was read by OCR. */
    static boolean sameSubject(String a, String b, boolean ocr) {
        String x = Subjects.normalize(a);
        String y = Subjects.normalize(b);
        if (x.equals(y)) {
            return true;
        }
        int max = Math.max(x.length(), y.length());
        return ocr && max >= 5 && Texts.distance(x, y) <= max / 10;
    }

    /** Both texts have eight words or more and each holds 80% of the other's words. */
    private static boolean strongBodyMatch(String a, String b) {
        BodyFingerprint fa = new BodyFingerprint(a);
        BodyFingerprint fb = new BodyFingerprint(b);
        return fa.size() >= 8 && fb.size() >= 8 && fa.overlap(fb) >= 0.8;
    }

    /** An e-mail file (header time) over a print-out, then the first in input order; ids gathered from all. */
    private static ParsedMessage primary(List<ParsedMessage> ms) {
        ParsedMessage p = ms.stream().filter(m -> m.timeBasis() == TimeBasis.HEADER).findFirst().orElse(ms.get(0));
        ParsedMessage.Builder b = null;
        for (ParsedMessage m : ms) {
            if (p.messageId() == null && m.messageId() != null) {
                b = (b == null ? p.toBuilder() : b).messageId(m.messageId());
            }
            if (p.inReplyTo() == null && m.inReplyTo() != null) {
                b = (b == null ? p.toBuilder() : b).inReplyTo(m.inReplyTo());
            }
            if (p.references().isEmpty() && !m.references().isEmpty()) {
                b = (b == null ? p.toBuilder() : b).references(m.references());
            }
        }
        return b == null ? p : b.build();
    }

    private static String identity(ParsedMessage p) {
        if (p.messageId() != null) {
            return "id:" + p.messageId();
        }
        String sender = p.from() == null ? "" : p.from().key();
        String time = p.sentAt() == null ? "" : p.sentAt().toInstant().truncatedTo(ChronoUnit.MINUTES).toString();
        String conv = p.conversationKey() == null ? "" : p.conversationKey();
        return p.channel() + "|" + sender + "|" + time + "|" + Subjects.normalize(p.subject()) + "|" + conv + "|"
                + (p.channel() == Channel.TEXT_MESSAGE ? p.ownText() : "");
    }

    /**
     * Fills in addresses of parties known only by name, when the name has exactly one address in the corpus. Text
     * messages keep their parties as they are: their senders are phones, not mailboxes.
     */
    static List<ParsedMessage> fillAddresses(List<ParsedMessage> messages) {
        Map<String, String> address = new HashMap<>();
        Map<String, Boolean> ambiguous = new HashMap<>();
        for (ParsedMessage m : messages) {
            for (Party p : m.participants()) {
                if (p.email() != null && p.name() != null) {
                    String key = Party.comparableName(p.name());
                    String previous = address.putIfAbsent(key, p.email());
                    if (previous != null && !previous.equals(p.email())) {
                        ambiguous.put(key, true);
                    }
                }
            }
        }
        List<ParsedMessage> out = new ArrayList<>();
        for (ParsedMessage m : messages) {
            boolean missing = m.participants().stream().anyMatch(p -> p.email() == null && p.name() != null);
            if (!missing || m.channel() == Channel.TEXT_MESSAGE) {
                out.add(m);
                continue;
            }
            ParsedMessage.Builder b = m.toBuilder();
            b.from(fill(m.from(), address, ambiguous));
            b.to(m.to().stream().map(p -> fill(p, address, ambiguous)).toList());
            b.cc(m.cc().stream().map(p -> fill(p, address, ambiguous)).toList());
            b.bcc(m.bcc().stream().map(p -> fill(p, address, ambiguous)).toList());
            out.add(b.build());
        }
        return out;
    }

    private static Party fill(Party p, Map<String, String> address, Map<String, Boolean> ambiguous) {
        if (p == null || p.email() != null || p.name() == null) {
            return p;
        }
        String key = Party.comparableName(p.name());
        return ambiguous.containsKey(key) ? p : p.withEmail(address.get(key));
    }

    // ---------------------------------------------------------------- threads

    private List<String> threads(List<ParsedMessage> comms, List<String> ids) {
        int n = comms.size();
        UnionFind uf = new UnionFind(n);
        Map<String, Integer> byMessageId = new HashMap<>();
        for (int i = 0; i < n; i++) {
            if (comms.get(i).messageId() != null) {
                byMessageId.put(comms.get(i).messageId(), i);
            }
        }
        Map<String, Integer> byConversation = new HashMap<>();
        for (int i = 0; i < n; i++) {
            ParsedMessage m = comms.get(i);
            List<String> refs = new ArrayList<>(m.references());
            if (m.inReplyTo() != null) {
                refs.add(m.inReplyTo());
            }
            for (String r : refs) {
                Integer j = byMessageId.get(r);
                if (j != null) {
                    uf.union(i, j);
                }
            }
            if (m.conversationKey() != null) {
                Integer j = byConversation.putIfAbsent(m.conversationKey(), i);
                if (j != null) {
                    uf.union(i, j);
                }
            }
        }
        // Quoted history names its origin (candidates found by the sender's address or name).
        Map<String, List<Integer>> bySender = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Party from = comms.get(i).from();
            if (from != null) {
                for (String key : senderKeys(from)) {
                    bySender.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
                }
            }
        }
        for (int i = 0; i < n; i++) {
            for (QuotedMessage q : comms.get(i).quoted()) {
                if (q.from() == null || q.sentAt() == null) {
                    continue;
                }
                for (String key : senderKeys(q.from())) {
                    for (int j : bySender.getOrDefault(key, List.of())) {
                        if (j != i && quotes(q, comms.get(j))) {
                            uf.union(i, j);
                        }
                    }
                }
            }
        }
        // Same subject, a shared participant, within the window.
        Map<String, List<Integer>> bySubject = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            ParsedMessage m = comms.get(i);
            String s = Subjects.normalize(m.subject());
            if (m.channel() == Channel.EMAIL && !s.isEmpty() && m.sentAt() != null) {
                bySubject.computeIfAbsent(s, k -> new ArrayList<>()).add(i);
            }
        }
        for (List<Integer> g : bySubject.values()) {
            g.sort(Comparator.comparing(i -> comms.get(i).sentAt().toInstant()));
            for (int a = 0; a < g.size(); a++) {
                for (int b = a + 1; b < g.size(); b++) {
                    ParsedMessage x = comms.get(g.get(a));
                    ParsedMessage y = comms.get(g.get(b));
                    if (Duration.between(x.sentAt(), y.sentAt()).compareTo(settings.threadWindow()) > 0) {
                        break;
                    }
                    if (shareParticipant(x, y)) {
                        uf.union(g.get(a), g.get(b));
                    }
                }
            }
        }
        Map<Integer, String> threadOf = new HashMap<>();
        Map<Integer, Integer> earliest = new HashMap<>();
        for (int i = 0; i < n; i++) {
            int root = uf.find(i);
            Integer e = earliest.get(root);
            if (e == null || before(comms.get(i).sentAt(), comms.get(e).sentAt())) {
                earliest.put(root, i);
            }
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int root = uf.find(i);
            out.add(threadOf.computeIfAbsent(root, r -> "t-" + hash(ids.get(earliest.get(r)))));
        }
        return out;
    }

    /** Index keys under which a party can be found: its address and its name. */
    private static List<String> senderKeys(Party p) {
        List<String> keys = new ArrayList<>();
        if (p.email() != null) {
            keys.add("@" + p.email());
        }
        String name = Party.comparableName(p.name());
        if (!name.isEmpty()) {
            String[] t = name.split(" ");
            keys.add("n:" + (t.length == 1 ? t[0] : t[0] + " " + t[t.length - 1]));
        }
        return keys;
    }

    private boolean quotes(QuotedMessage q, ParsedMessage m) {
        if (m.from() == null || m.sentAt() == null || !q.from().sameAs(m.from())) {
            return false;
        }
        String qs = Subjects.normalize(q.subject());
        if (!qs.isEmpty() && !qs.equals(Subjects.normalize(m.subject()))) {
            return false;
        }
        long seconds = Math.abs(Duration.between(q.sentAt(), m.sentAt()).getSeconds());
        long tolerance = settings.sameMessageTolerance().getSeconds();
        return seconds <= tolerance || wholeHoursApart(seconds, tolerance);
    }

    private static boolean shareParticipant(ParsedMessage a, ParsedMessage b) {
        for (Party p : a.participants()) {
            for (Party q : b.participants()) {
                if (p.sameAs(q)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean before(OffsetDateTime a, OffsetDateTime b) {
        if (a == null) {
            return false;
        }
        return b == null || a.isBefore(b);
    }

    static String hash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    /** Disjoint sets over indices. */
    private static final class UnionFind {
        private final int[] parent;

        UnionFind(int n) {
            parent = new int[n];
            for (int i = 0; i < n; i++) {
                parent[i] = i;
            }
        }

        int find(int i) {
            while (parent[i] != i) {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }
            return i;
        }

        void union(int a, int b) {
            int ra = find(a);
            int rb = find(b);
            if (ra != rb) {
                parent[Math.max(ra, rb)] = Math.min(ra, rb);
            }
        }
    }
}
