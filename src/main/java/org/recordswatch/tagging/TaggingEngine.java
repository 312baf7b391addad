package org.recordswatch.tagging;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.recordswatch.agency.AgencyCode;
import org.recordswatch.agency.Side;
import org.recordswatch.tagging.detect.CategoryCode;
import org.recordswatch.tagging.detect.CategoryHit;
import org.recordswatch.tagging.detect.CompiledTaxonomy;
import org.recordswatch.tagging.detect.DetectionContext;
import org.recordswatch.tagging.detect.Finding;
import org.recordswatch.tagging.detect.Taxonomy;
import org.recordswatch.tagging.detect.TextScanner;
import org.recordswatch.tagging.detect.TextSegment;
import org.recordswatch.tagging.flow.DirectionRule;
import org.recordswatch.tagging.flow.ThreadAnalysis;
import org.recordswatch.tagging.flow.ThreadFacts;
import org.recordswatch.tagging.legal.LegalBasisClassifier;
import org.recordswatch.tagging.legal.RequestClassifier;
import org.recordswatch.tagging.party.AgencyDirectory;
import org.recordswatch.tagging.party.AgencyProposal;
import org.recordswatch.tagging.party.PartyIndex;
import org.recordswatch.tagging.party.PartyResolution;
import org.recordswatch.tagging.party.PartyResolver;
import org.recordswatch.tagging.text.QuotedBlocks;
import org.recordswatch.tagging.text.TextLayout;

/**
 * The tagging engine: who talked to whom (parties to agencies), which way (direction), on what authority (legal
 * basis), which sensitive data each message revealed (categories, disclosed), and per thread who started it and how
 * it ended. Pure Java, no container; immutable and thread-safe once built.
 *
 * <p>Tag a batch at a time (all the messages of one production or campaign): party resolution uses the whole batch
 * (a person's signatures in other messages, the same name seen with an address, phones in signatures).
 *
 * <pre>{@code
 * TaggingEngine engine = TaggingEngine.create(directory.withSeedAliases(), TaxonomyJson.seed());
 * TaggingRun run = engine.tag(threads);
 * MessageTags tags = run.message("c001");   // sender, recipients, direction, legal basis, hits, categories, disclosed
 * ThreadTags thread = run.thread("t001");   // initiator, outcome, legal basis, counterpart
 * }</pre>
 */
public final class TaggingEngine {

    private final AgencyDirectory directory;
    private final CompiledTaxonomy taxonomy;
    private final TextScanner scanner;
    private final RequestClassifier requests;
    private final LegalBasisClassifier bases;
    private final ThreadAnalysis threads;

    private TaggingEngine(AgencyDirectory directory, CompiledTaxonomy taxonomy) {
        this.directory = directory;
        this.taxonomy = taxonomy;
        this.scanner = new TextScanner(taxonomy);
        this.requests = new RequestClassifier(taxonomy.cues());
        this.bases = new LegalBasisClassifier(scanner);
        this.threads = new ThreadAnalysis(taxonomy.cues());
    }

    /**
     * Builds an engine.
     *
     * @throws org.recordswatch.tagging.detect.InvalidTaxonomyException when the taxonomy has problems
     */
    public static TaggingEngine create(AgencyDirectory directory, Taxonomy taxonomy) {
        return new TaggingEngine(Objects.requireNonNull(directory, "directory"), CompiledTaxonomy.compile(taxonomy));
    }

    public CompiledTaxonomy taxonomy() {
        return taxonomy;
    }

    public AgencyDirectory directory() {
        return directory;
    }

    /** Tags a batch of threads. Messages must have distinct ids. */
    public TaggingRun tag(List<MessageThread> batch) {
        List<TaggableMessage> all = new ArrayList<>();
        Map<String, String> threadOf = new HashMap<>();
        for (MessageThread t : batch) {
            for (TaggableMessage m : t.messages()) {
                all.add(m);
                threadOf.put(m.id(), t.id());
            }
        }
        Map<String, Prepared> prepared = new LinkedHashMap<>();
        for (TaggableMessage m : all) {
            prepared.put(m.id(), prepare(m));
        }
        PartyIndex index = index(prepared.values());
        PartyResolver resolver = new PartyResolver(directory, index);
        Map<String, AgencyCode> senders = new HashMap<>();
        for (Prepared p : prepared.values()) {
            PartyResolution r = resolver.resolve(p.message.from(), p.message.producingAgency());
            if (p.message.from().email() != null && r.agency() != null) {
                senders.putIfAbsent(p.message.from().email(), r.agency());
            }
        }
        resolver.learnPhones(senders);
        DetectionContext context = new DetectionContext(
                Map.of(DetectionContext.STAFF_PHONES, staffPhones(prepared.values(), index)));

        Map<String, MessageTags> tags = new LinkedHashMap<>();
        Map<String, PartyResolution> review = new LinkedHashMap<>();
        Map<String, AgencyProposal> proposals = new LinkedHashMap<>();
        for (Prepared p : prepared.values()) {
            MessageTags t = tagOne(p, resolver, context);
            tags.put(p.message.id(), t);
            List<PartyResolution> parties = new ArrayList<>();
            parties.add(t.sender());
            parties.addAll(t.recipients());
            for (PartyResolution r : parties) {
                if (r.proposal() != null) {
                    proposals.putIfAbsent(r.proposal().domain(), r.proposal());
                }
                if (r.needsReview() && r.party() != null) {
                    review.putIfAbsent(r.party().toString(), r);
                }
            }
        }
        for (MessageThread t : batch) {
            continueRequests(t, tags, prepared);
        }
        Map<String, ThreadTags> threadTags = new LinkedHashMap<>();
        for (MessageThread t : batch) {
            List<ThreadFacts> facts = new ArrayList<>();
            for (TaggableMessage m : t.messages()) {
                MessageTags mt = tags.get(m.id());
                Prepared p = prepared.get(m.id());
                facts.add(new ThreadFacts(m.id(), m.sentAt(), mt.sender().side(), mt.direction(),
                        codes(mt.categories()), mt.legalBasis(), p.ownTextWithoutSignature(),
                        counterpart(mt)));
            }
            ThreadAnalysis.Result r = threads.analyse(facts);
            threadTags.put(t.id(), new ThreadTags(t.id(), r.initiator(), r.outcome(), r.legalBasis(), r.counterpart(),
                    r.firstMessageId()));
        }
        return new TaggingRun(tags, threadTags, new ArrayList<>(proposals.values()), new ArrayList<>(review.values()),
                taxonomy.source().version());
    }

    /**
     * Marks the follow-ups of a request as requests: a non-state message later in a thread where the same side asked
     * for data, that presses the request (a follow-up, or anything but an acknowledgement after a state reply that
     * gave no data). Its basis is what its own text cites, else the basis of the request it continues.
     */
    private void continueRequests(MessageThread thread, Map<String, MessageTags> tags, Map<String, Prepared> prepared) {
        List<TaggableMessage> ordered = new ArrayList<>(thread.messages());
        ordered.sort(java.util.Comparator.comparing(TaggableMessage::sentAt,
                java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())));
        boolean requested = false;
        boolean answeredWithoutData = false;
        LegalBasis lastBasis = null;
        List<Finding> lastEvidence = List.of();
        for (TaggableMessage m : ordered) {
            MessageTags t = tags.get(m.id());
            if (t.sender().side() == Side.STATE) {
                if (requested && t.direction() != Direction.INTERNAL) {
                    answeredWithoutData = t.categories().isEmpty();
                }
                continue;
            }
            if (t.asksForData()) {
                requested = true;
                answeredWithoutData = false;
                lastBasis = t.legalBasis();
                lastEvidence = t.basisEvidence();
                continue;
            }
            if (!requested) {
                continue;
            }
            Prepared p = prepared.get(m.id());
            String own = org.recordswatch.tagging.text.FoldedText.fold(p.ownTextWithoutSignature()).strip()
                    .replaceFirst("(?i)^(?:(?:hi|hello|dear|good\\s+(?:morning|afternoon)|hola|buenos\\s+dias)\\s+)?"
                            + "[A-Z][\\w.' -]{0,30},\\s*", "");
            if (own.isBlank() || taxonomy.cues().starts(org.recordswatch.tagging.text.CueKind.ACKNOWLEDGEMENT, own)) {
                continue;
            }
            boolean followUp = taxonomy.cues().find(org.recordswatch.tagging.text.CueKind.FOLLOW_UP, own);
            if (followUp || answeredWithoutData) {
                LegalBasisClassifier.Result r = bases.classify(p.body, p.attachmentsAndNames());
                boolean own_ = r.basis() != LegalBasis.NONE_CITED || lastBasis == null;
                tags.put(m.id(), t.withRequest(true, own_ ? r.basis() : lastBasis, own_ ? r.evidence() : lastEvidence));
            }
        }
    }

    /**
     * The category hits of a single message without batch context (no staff phones known): for previews in the
     * administration screens and for re-running detectors on one message.
     */
    public List<CategoryHit> hits(TaggableMessage message) {
        return hits(prepare(message), DetectionContext.empty());
    }

    /**
     * The legal basis a single message cites as a request, with its evidence, without batch context (whether it asks
     * for data is not checked): for previews in the administration screens.
     */
    public LegalBasisClassifier.Result legalBasis(TaggableMessage message) {
        Prepared p = prepare(message);
        return bases.classify(p.body, p.attachmentsAndNames());
    }

    private MessageTags tagOne(Prepared p, PartyResolver resolver, DetectionContext context) {
        TaggableMessage m = p.message;
        PartyResolution sender = resolver.resolve(m.from(), m.producingAgency());
        List<PartyResolution> recipients = new ArrayList<>();
        for (Correspondent c : m.recipients()) {
            recipients.add(resolver.resolve(c, m.producingAgency()));
        }
        List<Side> sides = recipients.stream().map(PartyResolution::side).toList();
        Direction direction = DirectionRule.of(sender.side(), sides);
        List<CategoryHit> hits = hits(p, context);
        SortedSet<CategoryCode> categories = new TreeSet<>();
        for (CategoryHit h : hits) {
            if (h.confidence() >= taxonomy.threshold(h.category())) {
                categories.add(h.category());
            }
        }
        SortedSet<CategoryCode> disclosed = direction == Direction.STATE_TO_FEDERAL ? categories : new TreeSet<>();
        boolean asks = requests.asksForData(p.body, p.attachmentsAndNames());
        LegalBasis basis = null;
        List<Finding> evidence = List.of();
        if (asks && sender.side() != Side.STATE) {
            LegalBasisClassifier.Result r = bases.classify(p.body, p.attachmentsAndNames());
            basis = r.basis();
            evidence = r.evidence();
        }
        return new MessageTags(m.id(), sender, recipients, direction, asks, basis, evidence, hits, categories,
                disclosed);
    }

    private List<CategoryHit> hits(Prepared p, DetectionContext context) {
        List<CategoryHit> hits = new ArrayList<>(scanner.categories(p.body, context));
        for (TextSegment a : p.attachments) {
            hits.addAll(scanner.categories(a, context));
        }
        List<AttachmentText> atts = p.message.attachments();
        for (int i = 0; i < atts.size(); i++) {
            hits.addAll(scanner.attachment(i, atts.get(i).name(), atts.get(i).mediaType()));
        }
        return hits;
    }

    private Prepared prepare(TaggableMessage m) {
        TextSegment body = TextSegment.body(m.body(), taxonomy.cues(), m.from().name(), m.signature(),
                m.medium() != Medium.TEXT_MESSAGE);
        List<TextSegment> attachments = new ArrayList<>();
        List<TextSegment> names = new ArrayList<>();
        for (int i = 0; i < m.attachments().size(); i++) {
            AttachmentText a = m.attachments().get(i);
            if (!a.text().isBlank()) {
                attachments.add(TextSegment.attachment(i, a.name(), a.text(), taxonomy.cues()));
            }
            if (a.name() != null) {
                names.add(TextSegment.attachment(i, a.name(), a.name().replaceAll("[_.]+", " "), taxonomy.cues()));
            }
        }
        return new Prepared(m, body, attachments, names);
    }

    private PartyIndex index(Iterable<Prepared> prepared) {
        PartyIndex index = new PartyIndex();
        for (Prepared p : prepared) {
            TaggableMessage m = p.message;
            index.party(m.from());
            m.recipients().forEach(index::party);
            index.quotedHeaders(m.quotedHistory());
            if (m.from().email() != null) {
                index.signature(m.from().email(), p.signatureText());
            }
            if (m.mailboxOwner() != null) {
                index.mailboxOwner(m.mailboxOwner(), m.producingAgency());
            }
            for (QuotedBlocks.Block b : QuotedBlocks.split(m.quotedHistory())) {
                if (b.fromEmail() != null) {
                    TextLayout layout = TextLayout.of(org.recordswatch.tagging.text.FoldedText.of(b.text()),
                            taxonomy.cues(), b.fromName(), null, true);
                    index.signature(b.fromEmail(), signatureText(layout));
                }
            }
        }
        return index;
    }

    private static Set<String> staffPhones(Iterable<Prepared> prepared, PartyIndex index) {
        Set<String> phones = new HashSet<>();
        for (Prepared p : prepared) {
            addPhones(phones, p.signatureText());
            if (p.message.from().phone() != null) {
                phones.add(DetectionContext.key(p.message.from().phone()));
            }
            for (Correspondent c : p.message.recipients()) {
                if (c.phone() != null) {
                    phones.add(DetectionContext.key(c.phone()));
                }
            }
        }
        index.allSignatures().values().forEach(s -> addPhones(phones, s));
        return phones;
    }

    private static void addPhones(Set<String> phones, String text) {
        phones.addAll(PartyIndex.phonesIn(text));
    }

    private static Set<String> codes(Set<CategoryCode> categories) {
        Set<String> out = new TreeSet<>();
        categories.forEach(c -> out.add(c.value()));
        return out;
    }

    private static String counterpart(MessageTags t) {
        if (t.sender().side() != Side.STATE && t.sender().side() != null) {
            String c = t.sender().exportCode();
            if (!c.isEmpty()) {
                return c;
            }
        }
        for (PartyResolution r : t.recipients()) {
            if (r.side() != Side.STATE && !r.exportCode().isEmpty()) {
                return r.exportCode();
            }
        }
        return null;
    }

    private static String signatureText(TextLayout layout) {
        StringBuilder sb = new StringBuilder();
        for (int[] z : layout.signatureZones()) {
            sb.append(layout.text().original(), z[0], z[1]).append('\n');
        }
        return sb.toString();
    }

    /** A message with its texts laid out once. */
    private record Prepared(TaggableMessage message, TextSegment body, List<TextSegment> attachments,
            List<TextSegment> names) {

        String signatureText() {
            return TaggingEngine.signatureText(body.layout());
        }

        String ownTextWithoutSignature() {
            int end = body.layout().signatureStart();
            return body.text().original().substring(0, Math.max(0, Math.min(end, body.text().length())));
        }

        List<TextSegment> attachmentsAndNames() {
            List<TextSegment> all = new ArrayList<>(attachments);
            all.addAll(names);
            return all;
        }
    }
}
