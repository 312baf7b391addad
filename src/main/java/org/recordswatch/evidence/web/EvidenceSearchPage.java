package org.recordswatch.evidence.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.model.LazyDataModel;
import org.recordswatch.evidence.EvidenceQuery;
import org.recordswatch.evidence.EvidenceService;
import org.recordswatch.evidence.Masking;
import org.recordswatch.evidence.Views;
import org.recordswatch.platform.BusinessException;
import org.recordswatch.platform.security.CallerContext;
import org.recordswatch.platform.web.Messages;
import org.recordswatch.platform.web.PagedModel;
import org.recordswatch.request.Campaign;
import org.recordswatch.request.CampaignService;
import org.recordswatch.tagging.TagKind;

/**
 * The analyst's search and review page: full text with facets over a campaign's communications, highlighted hits,
 * bulk tagging of a selection or of the whole result, exports of the search, saved searches, and the review panel of
 * one message (confirm, reject or add tags; told when another analyst changed the message first).
 */
@Named
@ViewScoped
public class EvidenceSearchPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    EvidenceService evidence;

    @Inject
    CampaignService campaigns;

    @Inject
    CallerContext callers;

    // the query, bound to the form and to the URL
    private Long campaignId;
    private String text;
    private String agency;
    private String counterpart;
    private String category;
    private String direction;
    private String basis;
    private LocalDate from;
    private LocalDate to;
    private Long threadId;
    private String initiator;
    private boolean disclosedOnly;
    private boolean pendingOnly;

    private EvidenceQuery query;
    private List<Campaign> campaignList;
    private Map<String, Map<String, Long>> facets = Map.of();
    private LazyDataModel<Views.Hit> hits;
    private final Map<Long, Views.Hit> page = new HashMap<>();
    private List<Views.Hit> selected = new ArrayList<>();

    private TagKind bulkKind = TagKind.CATEGORY;
    private String bulkCode;
    private boolean bulkWholeResult;

    private Views.CommunicationView open;
    private TagKind addKind = TagKind.CATEGORY;
    private String addCode;
    private String note;

    private List<String> secondPresent = new ArrayList<>();

    private String saveName;
    private List<Views.SavedSearchView> saved;

    @PostConstruct
    void init() {
        hits = PagedModel.of(this::getResultCount, this::pageOfHits, Views.Hit::id, id -> page.get(id));
    }

    /** One page of hits, kept by id so that the table's selection finds its rows without a query. */
    private List<Views.Hit> pageOfHits(int first, int size) {
        if (query == null || query.campaignId() == null) {
            return List.of();
        }
        List<Views.Hit> list = evidence.search(query, first, size);
        page.clear();
        list.forEach(h -> page.put(h.id(), h));
        return list;
    }

    /** On first load: the query from the URL (a board number, a saved search). */
    public void load() {
        campaignList = campaigns.campaigns(null, 0, 200);
        if (campaignId == null && campaignList.size() == 1) {
            campaignId = campaignList.get(0).getId();
        }
        search();
        saved = evidence.savedSearches();
    }

    public void search() {
        query = new EvidenceQuery(campaignId, text, agency, counterpart, category, direction, basis, from, to,
                threadId, initiator, disclosedOnly, pendingOnly);
        facets = query.campaignId() == null ? Map.of() : evidence.facets(query);
        selected = new ArrayList<>();
    }

    public void clearFilters() {
        text = null;
        agency = null;
        counterpart = null;
        category = null;
        direction = null;
        basis = null;
        from = null;
        to = null;
        threadId = null;
        initiator = null;
        disclosedOnly = false;
        pendingOnly = false;
        search();
    }

    public void bulkTag() {
        try {
            List<Long> ids = bulkWholeResult ? null : selected.stream().map(Views.Hit::id).toList();
            if (ids != null && ids.isEmpty()) {
                Messages.warn("search.bulkNothing");
                return;
            }
            int n = evidence.bulkTag(query, ids, bulkKind, bulkCode);
            Messages.info("search.bulkDone", n);
            search();
        } catch (BusinessException e) {
            Messages.error(e.messageKey(), e.args());
        }
    }

    public void open(long communicationId) {
        open = evidence.open(communicationId);
        note = null;
        addCode = null;
    }

    public void confirm(long tagId) {
        decide(tagId, true);
    }

    public void reject(long tagId) {
        decide(tagId, false);
    }

    private void decide(long tagId, boolean confirm) {
        try {
            open = evidence.decide(open.id(), open.version(), tagId, confirm, note);
            Messages.info(confirm ? "review.confirmed" : "review.rejected");
        } catch (BusinessException e) {
            Messages.error(e.messageKey(), e.args());
        }
    }

    public void addTag() {
        try {
            open = evidence.addTag(open.id(), open.version(), addKind, addCode, note);
            addCode = null;
            Messages.info("review.added");
        } catch (BusinessException e) {
            Messages.error(e.messageKey(), e.args());
        }
    }

    /** The categories a second coder answers for: those of the campaign and of this message. */
    public List<String> getSecondChoices() {
        java.util.TreeSet<String> codes = new java.util.TreeSet<>(facets.getOrDefault("category", Map.of()).keySet());
        if (open != null) {
            open.tags().stream().filter(t -> "CATEGORY".equals(t.kind())).forEach(t -> codes.add(t.code()));
        }
        return new ArrayList<>(codes);
    }

    public void secondCode() {
        try {
            evidence.secondCode(open.id(), getSecondChoices(), secondPresent);
            Messages.info("review.secondCoded");
            secondPresent = new ArrayList<>();
        } catch (BusinessException e) {
            Messages.error(e.messageKey(), e.args());
        }
    }

    public List<String> getSecondPresent() {
        return secondPresent;
    }

    public void setSecondPresent(List<String> secondPresent) {
        this.secondPresent = secondPresent == null ? new ArrayList<>() : secondPresent;
    }

    /** Reloads the open message after a conflict, to see the other analyst's change. */
    public void reload() {
        if (open != null) {
            open = evidence.open(open.id());
        }
    }

    public void saveSearch() {
        try {
            evidence.saveSearch(saveName, query);
            saved = evidence.savedSearches();
            Messages.info("search.saved", saveName);
            saveName = null;
        } catch (BusinessException e) {
            Messages.error(e.messageKey(), e.args());
        }
    }

    public void deleteSearch(long id) {
        evidence.deleteSearch(id);
        saved = evidence.savedSearches();
    }

    /** The export URL of the current search in a format ({@code csv, xlsx, json}). */
    public String exportUrl(String format, boolean unmasked) {
        String context = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
        String params = query == null ? "" : query.toParameters();
        return context + "/evidence/export/" + format + "?" + params + (unmasked ? "&unmasked=true" : "");
    }

    public boolean isMayUnmask() {
        return Masking.mayUnmask(callers.current());
    }

    public List<Map.Entry<String, Long>> facet(String name) {
        return new ArrayList<>(facets.getOrDefault(name, Map.of()).entrySet());
    }

    public TagKind[] getTagKinds() {
        return TagKind.values();
    }

    public long getResultCount() {
        return query == null || query.campaignId() == null ? 0 : evidence.count(query);
    }

    // ---- accessors

    public LazyDataModel<Views.Hit> getHits() {
        return hits;
    }

    public List<Campaign> getCampaignList() {
        return campaignList;
    }

    public Views.CommunicationView getOpen() {
        return open;
    }

    public List<Views.SavedSearchView> getSaved() {
        return saved;
    }

    public List<Views.Hit> getSelected() {
        return selected;
    }

    public void setSelected(List<Views.Hit> selected) {
        this.selected = selected == null ? new ArrayList<>() : selected;
    }

    public Long getCampaignId() {
        return campaignId;
    }

    public void setCampaignId(Long campaignId) {
        this.campaignId = campaignId;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getAgency() {
        return agency;
    }

    public void setAgency(String agency) {
        this.agency = agency;
    }

    public String getCounterpart() {
        return counterpart;
    }

    public void setCounterpart(String counterpart) {
        this.counterpart = counterpart;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getDirection() {
        return direction;
    }

    public void setDirection(String direction) {
        this.direction = direction;
    }

    public String getBasis() {
        return basis;
    }

    public void setBasis(String basis) {
        this.basis = basis;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public Long getThreadId() {
        return threadId;
    }

    public void setThreadId(Long threadId) {
        this.threadId = threadId;
    }

    public String getInitiator() {
        return initiator;
    }

    public void setInitiator(String initiator) {
        this.initiator = initiator;
    }

    public boolean isDisclosedOnly() {
        return disclosedOnly;
    }

    public void setDisclosedOnly(boolean disclosedOnly) {
        this.disclosedOnly = disclosedOnly;
    }

    public boolean isPendingOnly() {
        return pendingOnly;
    }

    public void setPendingOnly(boolean pendingOnly) {
        this.pendingOnly = pendingOnly;
    }

    public TagKind getBulkKind() {
        return bulkKind;
    }

    public void setBulkKind(TagKind bulkKind) {
        this.bulkKind = bulkKind;
    }

    public String getBulkCode() {
        return bulkCode;
    }

    public void setBulkCode(String bulkCode) {
        this.bulkCode = bulkCode;
    }

    public boolean isBulkWholeResult() {
        return bulkWholeResult;
    }

    public void setBulkWholeResult(boolean bulkWholeResult) {
        this.bulkWholeResult = bulkWholeResult;
    }

    public TagKind getAddKind() {
        return addKind;
    }

    public void setAddKind(TagKind addKind) {
        this.addKind = addKind;
    }

    public String getAddCode() {
        return addCode;
    }

    public void setAddCode(String addCode) {
        this.addCode = addCode;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getSaveName() {
        return saveName;
    }

    public void setSaveName(String saveName) {
        this.saveName = saveName;
    }
}
