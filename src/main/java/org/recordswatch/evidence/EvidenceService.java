package org.recordswatch.evidence;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.recordswatch.audit.AuditTrail;
import org.recordswatch.communication.Communication;
import org.recordswatch.communication.CommunicationParty;
import org.recordswatch.platform.AccessDeniedException;
import org.recordswatch.platform.BusinessException;
import org.recordswatch.platform.NotFoundException;
import org.recordswatch.platform.security.Authorized;
import org.recordswatch.platform.security.Caller;
import org.recordswatch.platform.security.CallerContext;
import org.recordswatch.platform.security.Role;
import org.recordswatch.request.CampaignService;
import org.recordswatch.tagging.CommunicationTag;
import org.recordswatch.tagging.ExportRow;
import org.recordswatch.tagging.TagKind;
import org.recordswatch.tagging.TagStatus;

/**
 * The analyst's evidence desk: search with facets, opening a message (audited), reviewing its tags with optimistic
 * locking, bulk tagging, the evidence board, exports and the evidence packet. Analysts and administrators only (they
 * see every campaign, as for campaigns themselves). Exports and excerpts are masked unless an administrator asks
 * otherwise; every export is audited (actor, action, target; never the data).
 */
@Stateless
@Authorized({Role.ANALYST, Role.ADMIN})
public class EvidenceService {

    static final int PAGE = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    EvidenceRepository repository;

    @Inject
    ExportRows exportRows;

    @Inject
    EvidencePacket packets;

    @Inject
    CallerContext callers;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    CampaignService campaigns;

    // ---- search

    public List<Views.Hit> search(EvidenceQuery q, int first, int max) {
        visible(q.campaignId());
        List<Long> ids = repository.ids(q, first, Math.min(max, 200));
        List<String> terms = FullText.terms(q.text());
        Masker masker = Masker.get();
        List<Views.Hit> hits = new ArrayList<>();
        for (Communication c : load(ids)) {
            List<String> names = names(c);
            String from = c.getFromName() != null ? masker.name(c.getFromName()) : masker.email(c.getFromEmail());
            hits.add(new Views.Hit(c.getId(), c.sentAtWithOffset(), c.getProducingAgency(), from,
                    masker.text(c.getSubject(), names),
                    Highlight.snippet(masker.text(c.getOwnText(), names), terms, 240),
                    c.getThread() == null ? null : c.getThread().getId()));
        }
        return hits;
    }

    public long count(EvidenceQuery q) {
        visible(q.campaignId());
        return repository.count(q);
    }

    /** Per facet ({@code agency, counterpart, category, direction, basis}) the values and their counts. */
    public Map<String, Map<String, Long>> facets(EvidenceQuery q) {
        visible(q.campaignId());
        Map<String, Map<String, Long>> out = new LinkedHashMap<>();
        out.put("agency", repository.facet(q.withAgency(null), "agency"));
        out.put("counterpart", repository.facet(q.withCounterpart(null), "counterpart"));
        out.put("category", repository.facet(q.withCategory(null, q.disclosedOnly()), "category"));
        out.put("direction", repository.facet(q.withDirection(null), "direction"));
        out.put("basis", repository.facet(q.withLegalBasis(null), "basis"));
        return out;
    }

    // ---- review

    /** A message with its tags, for review; the view is audited. */
    public Views.CommunicationView open(long communicationId) {
        Communication c = find(communicationId);
        audit.record(callers.current().username(), "VIEW_COMMUNICATION", "communication",
                Long.toString(communicationId));
        return view(c);
    }

    /**
     * Confirms or rejects one tag. {@code seenVersion} is the message's version the analyst reviewed; when another
     * analyst changed it since, nothing is saved and {@link ReviewConflictException} says so.
     */
    public Views.CommunicationView decide(long communicationId, long seenVersion, long tagId, boolean confirm,
            String note) {
        Communication c = lockForReview(communicationId, seenVersion);
        CommunicationTag tag = em.find(CommunicationTag.class, tagId);
        if (tag == null || !tag.getCommunication().getId().equals(c.getId())) {
            throw new NotFoundException("tag", tagId);
        }
        String analyst = callers.current().username();
        if (confirm) {
            tag.confirm(analyst, clock.instant(), note);
        } else {
            tag.reject(analyst, clock.instant(), note);
        }
        flush(communicationId);
        audit.record(analyst, confirm ? "CONFIRM_TAG" : "REJECT_TAG", "communication", Long.toString(communicationId));
        return view(c);
    }

    /**
     * Adds an analyst's tag (a category, the legal basis, the direction, the sender's or a recipient's agency); for
     * direction, legal basis and sender, the analyst's value replaces the detector's (the detector's is rejected).
     */
    public Views.CommunicationView addTag(long communicationId, long seenVersion, TagKind kind, String code,
            String note) {
        Communication c = lockForReview(communicationId, seenVersion);
        String analyst = callers.current().username();
        applyTag(c, kind, code, note, analyst);
        flush(communicationId);
        audit.record(analyst, "ADD_TAG", "communication", Long.toString(communicationId));
        return view(c);
    }

    /**
     * Tags every communication in {@code ids}, or when {@code ids} is null every result of the search, with one
     * code. Returns how many messages were tagged. Concurrent reviewers of those messages are told (their version
     * moved).
     */
    public int bulkTag(EvidenceQuery q, List<Long> ids, TagKind kind, String code) {
        visible(q.campaignId());
        String analyst = callers.current().username();
        int tagged = 0;
        if (ids != null) {
            for (Communication c : load(ids)) {
                if (!c.getCampaignId().equals(q.campaignId())) {
                    throw new NotFoundException("communication", c.getId());
                }
                em.lock(c, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
                tagged += applyTag(c, kind, code, null, analyst) ? 1 : 0;
            }
        } else {
            for (int first = 0;; first += PAGE) {
                List<Long> page = repository.ids(q, first, PAGE);
                for (Communication c : load(page)) {
                    em.lock(c, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
                    tagged += applyTag(c, kind, code, null, analyst) ? 1 : 0;
                }
                em.flush();
                if (page.size() < PAGE) {
                    break;
                }
            }
        }
        audit.record(analyst, "BULK_TAG", "campaign", String.valueOf(q == null ? null : q.campaignId()));
        return tagged;
    }

    /** Whether the message changed (a new tag, or a proposed one confirmed). */
    private boolean applyTag(Communication c, TagKind kind, String code, String note, String analyst) {
        if (code == null || code.isBlank() || !code.strip().matches("[A-Za-z0-9_.-]{1,64}")) {
            throw new BusinessException("review.badCode");
        }
        String value = code.strip();
        List<CommunicationTag> tags = tagsOf(c.getId());
        boolean single = kind == TagKind.DIRECTION || kind == TagKind.LEGAL_BASIS || kind == TagKind.SENDER_ORG;
        boolean changed = false;
        CommunicationTag existing = null;
        for (CommunicationTag t : tags) {
            if (t.sameClaim(kind, value)) {
                existing = t;
            } else if (single && t.getKind() == kind && t.counts()) {
                t.reject(analyst, clock.instant(), "replaced by " + value);
                changed = true;
            }
        }
        if (existing != null) {
            if (existing.getStatus() != TagStatus.CONFIRMED) {
                existing.confirm(analyst, clock.instant(), note);
                changed = true;
            }
            return changed;
        }
        CommunicationTag added = CommunicationTag.byAnalyst(c, kind, value, analyst, clock.instant(), note);
        if (kind == TagKind.CATEGORY) {
            added.disclosed(tags.stream().anyMatch(t -> t.getKind() == TagKind.DIRECTION && t.counts()
                    && "state_to_federal".equals(t.getCode())));
        }
        em.persist(added);
        return true;
    }

    private Communication lockForReview(long communicationId, long seenVersion) {
        Communication c = find(communicationId);
        if (c.getVersion() != seenVersion) {
            throw new ReviewConflictException(communicationId);
        }
        em.lock(c, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        return c;
    }

    private void flush(long communicationId) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ReviewConflictException(communicationId);
        }
    }

    // ---- second coder

    /**
     * Records the caller's independent coding of a message: for every category considered, whether the message
     * reveals it. An analyst who decided a tag of the message cannot be its second coder.
     */
    public void secondCode(long communicationId, Collection<String> considered, Collection<String> present) {
        find(communicationId);
        String coder = callers.current().username();
        long decidedByMe = em.createQuery("SELECT COUNT(t) FROM CommunicationTag t WHERE t.communication.id = :c "
                + "AND t.decision.decidedBy = :me", Long.class).setParameter("c", communicationId).setParameter("me", coder)
                .getSingleResult();
        if (decidedByMe > 0) {
            throw new BusinessException("review.secondCoderIsFirst");
        }
        for (String code : considered) {
            if (code == null || !code.matches("[A-Za-z0-9_.-]{1,64}")) {
                throw new BusinessException("review.badCode");
            }
            boolean yes = present.contains(code);
            List<SecondCoding> existing = em.createQuery("SELECT s FROM SecondCoding s WHERE s.communicationId = :c "
                    + "AND s.coder = :coder AND s.code = :code", SecondCoding.class).setParameter("c", communicationId)
                    .setParameter("coder", coder).setParameter("code", code).getResultList();
            if (existing.isEmpty()) {
                em.persist(new SecondCoding(communicationId, coder, code, yes, clock.instant()));
            } else {
                existing.get(0).answer(yes, clock.instant());
            }
        }
        audit.record(coder, "SECOND_CODE", "communication", Long.toString(communicationId));
    }

    /** Per category, the agreement (Cohen's kappa) between the tags and the second coders' answers. */
    public Map<String, Agreement> agreement(long campaignId) {
        visible(campaignId);
        Map<String, List<Agreement.Pair>> pairs = new TreeMap<>();
        for (Object[] r : repository.secondCodings(campaignId)) {
            pairs.computeIfAbsent((String) r[0], k -> new ArrayList<>())
                    .add(new Agreement.Pair(((Number) r[2]).intValue() == 1, truth(r[1])));
        }
        Map<String, Agreement> out = new LinkedHashMap<>();
        pairs.forEach((code, list) -> out.put(code, Agreement.of(list)));
        return out;
    }

    private static boolean truth(Object v) {
        return v instanceof Boolean b ? b : ((Number) v).intValue() != 0;
    }

    // ---- board

    public EvidenceBoard board(long campaignId) {
        visible(campaignId);
        EvidenceQuery base = EvidenceQuery.ofCampaign(campaignId);
        EvidenceTable disclosures = EvidenceTable.of("evboard.disclosures", repository.disclosures(campaignId),
                (agency, category) -> base.withAgency(agency).withCategory(category, true));
        EvidenceTable initiators = EvidenceTable.of("evboard.initiators",
                repository.threadsByAgencyAndTag(campaignId, "INITIATOR"),
                (agency, side) -> base.withAgency(agency).withInitiator(side));
        EvidenceTable counterparts = EvidenceTable.of("evboard.counterparts",
                repository.threadsByAgencyAndTag(campaignId, "COUNTERPART"),
                (agency, other) -> base.withAgency(agency).withCounterpart(other));
        EvidenceTable bases = EvidenceTable.of("evboard.legalBases",
                repository.byAgencyAndTag(campaignId, "LEGAL_BASIS"),
                (agency, basis) -> base.withAgency(agency).withLegalBasis(basis));
        List<Object[]> months = new ArrayList<>();
        for (Object[] m : repository.disclosuresByMonth(campaignId)) {
            months.add(new Object[] {"", m[0], m[1]});
        }
        EvidenceTable timeline = EvidenceTable.of("evboard.timeline", months, (none, month) -> {
            java.time.YearMonth ym = java.time.YearMonth.parse(month);
            return base.withCategory(null, true).withDates(ym.atDay(1), ym.atEndOfMonth());
        });
        return new EvidenceBoard(campaignId, disclosures, initiators, counterparts, bases, timeline);
    }

    // ---- exports

    /**
     * Writes every result of the search (no cap, streamed page by page) in the format. Masked unless
     * {@code unmasked} is asked by a role allowed to; audited either way.
     */
    public void export(EvidenceQuery q, ExportFormat format, boolean unmasked, OutputStream out) throws IOException {
        visible(q.campaignId());
        Caller caller = callers.current();
        Masking masking = masking(caller, unmasked, "EXPORT_" + format.name(), q.campaignId());
        audit.record(caller.username(), "EXPORT_" + format.name() + masking.auditSuffix(), "campaign",
                String.valueOf(q.campaignId()));
        try (ExportWriter writer = ExportWriter.of(format, out)) {
            for (int first = 0;; first += PAGE) {
                List<Long> page = repository.ids(q, first, PAGE);
                for (ExportRow row : exportRows.rows(page, masking)) {
                    writer.write(row);
                }
                em.clear();
                if (page.size() < PAGE) {
                    break;
                }
            }
        }
    }

    /**
     * Checks, before a response starts streaming, that the caller may export the campaign as asked: a campaign out
     * of scope is "not found", unmasked data for a role that may not have it is refused (and audited as denied).
     */
    @Authorized({Role.ADVOCATE, Role.ANALYST, Role.ADMIN})
    public void checkCampaignExport(long campaignId, ExportFormat format, boolean unmasked) {
        visible(campaignId);
        masking(callers.current(), unmasked, "EXPORT_" + format.name(), campaignId);
    }

    /**
     * Every communication of a campaign in the format ({@code communications.csv} of the evaluation format, JSON or
     * XLSX), for everyone who may see the campaign: masked unless {@code unmasked} is asked by a role allowed to;
     * audited either way.
     */
    @Authorized({Role.ADVOCATE, Role.ANALYST, Role.ADMIN})
    public void exportCampaign(long campaignId, ExportFormat format, boolean unmasked, OutputStream out)
            throws IOException {
        export(EvidenceQuery.ofCampaign(campaignId), format, unmasked, out);
    }

    /** The campaign's evidence packet (ZIP: HTML and PDF report, communications.csv, chain of custody). */
    public void packet(long campaignId, boolean unmasked, OutputStream out) throws IOException {
        visible(campaignId);
        Caller caller = callers.current();
        Masking masking = masking(caller, unmasked, "EXPORT_PACKET", campaignId);
        audit.record(caller.username(), "EXPORT_PACKET" + masking.auditSuffix(), "campaign",
                Long.toString(campaignId));
        packets.write(campaignId, board(campaignId), masking, out);
    }

    /** The masking asked for; a refused request for unmasked data is audited as denied. */
    private Masking masking(Caller caller, boolean unmasked, String action, Long campaignId) {
        try {
            return Masking.forRequest(caller, unmasked);
        } catch (AccessDeniedException e) {
            audit.denied(caller.username(), action + "_UNMASKED", "campaign", String.valueOf(campaignId));
            throw e;
        }
    }

    // ---- saved searches

    public List<Views.SavedSearchView> savedSearches() {
        return em.createQuery("SELECT s FROM SavedSearch s WHERE s.owner = :o ORDER BY s.name", SavedSearch.class)
                .setParameter("o", callers.current().username()).getResultList().stream().map(SavedSearch::view)
                .toList();
    }

    public Views.SavedSearchView saveSearch(String name, EvidenceQuery q) {
        if (name == null || name.isBlank() || name.length() > 255) {
            throw new BusinessException("search.badName");
        }
        String owner = callers.current().username();
        em.createQuery("DELETE FROM SavedSearch s WHERE s.owner = :o AND s.name = :n").setParameter("o", owner)
                .setParameter("n", name.strip()).executeUpdate();
        SavedSearch s = new SavedSearch(owner, name, q, clock.instant());
        em.persist(s);
        em.flush();
        return s.view();
    }

    public void deleteSearch(long id) {
        SavedSearch s = em.find(SavedSearch.class, id);
        if (s == null || !s.getOwner().equals(callers.current().username())) {
            throw new NotFoundException("saved_search", id);
        }
        em.remove(s);
    }

    // ---- helpers

    /** A communication of a campaign the caller may see (others are reported as missing). */
    private Communication find(long id) {
        Communication c = em.find(Communication.class, id);
        if (c == null) {
            throw new NotFoundException("communication", id);
        }
        visible(c.getCampaignId());
        return c;
    }

    /**
     * Checks the campaign is within the caller's scope (analysts: their organization's and their coalition's shared
     * campaigns; administrators: all), through the campaign service, which reports others as missing and announces
     * the attempt.
     */
    private void visible(Long campaignId) {
        if (campaignId == null) {
            throw new NotFoundException("campaign", null);
        }
        campaigns.campaign(campaignId);
    }

    private List<Communication> load(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Integer> order = new LinkedHashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            order.put(ids.get(i), i);
        }
        List<Communication> found = new ArrayList<>(em.createQuery(
                "SELECT c FROM Communication c WHERE c.id IN :ids", Communication.class)
                .setParameter("ids", ids).getResultList());
        found.sort(Comparator.comparing(c -> order.get(c.getId())));
        return found;
    }

    private List<CommunicationTag> tagsOf(long communicationId) {
        return em.createQuery("SELECT t FROM CommunicationTag t WHERE t.communication.id = :c ORDER BY t.kind, t.code, "
                + "t.id", CommunicationTag.class).setParameter("c", communicationId).getResultList();
    }

    static List<String> names(Communication c) {
        List<String> names = new ArrayList<>();
        if (c.getFromName() != null) {
            names.add(c.getFromName());
        }
        for (CommunicationParty p : c.getRecipients()) {
            if (p.getName() != null) {
                names.add(p.getName());
            }
        }
        return names;
    }

    private Views.CommunicationView view(Communication c) {
        Masker masker = Masker.get();
        List<String> names = names(c);
        List<Views.TagView> tags = new ArrayList<>();
        for (CommunicationTag t : tagsOf(c.getId())) {
            tags.add(new Views.TagView(t.getId(), t.getKind().name(), t.getCode(), t.isDisclosed(),
                    masker.text(t.getExcerpt(), names), t.getDetector(), t.getConfidence(), t.getSource().name(),
                    t.getStatus().name(), t.getDecidedBy(), t.getDecidedAt(), t.getPage()));
        }
        List<String> recipients = c.getRecipients().stream()
                .map(p -> p.getKind() + ": " + p.display()).toList();
        return new Views.CommunicationView(c.getId(), c.getVersion(), c.getCampaignId(), c.getDocumentId(),
                c.getDocumentName(), c.getLocator(), c.pages(), c.sentAtWithOffset(), c.fromDisplay(), recipients,
                c.getSubject(), c.getOwnText(), c.getProducingAgency(),
                c.getThread() == null ? null : c.getThread().getId(), tags);
    }
}
