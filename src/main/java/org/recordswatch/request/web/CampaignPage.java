package org.recordswatch.request.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.primefaces.model.StreamedContent;
import org.recordswatch.platform.BusinessException;
import org.recordswatch.platform.security.CallerContext;
import org.recordswatch.platform.web.Messages;
import org.recordswatch.request.Campaign;
import org.recordswatch.request.CampaignService;
import org.recordswatch.request.RecordsRequest;
import org.recordswatch.request.RequestFilter;
import org.recordswatch.request.RequestService;
import org.recordswatch.request.RequestStatus;

/**
 * One campaign as a unit: its outcome table (agency × status, first and next deadline, days overdue, deemed
 * denial), sending its drafts, and bulk actions on the selected requests.
 */
@Named
@ViewScoped
public class CampaignPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CampaignService campaigns;

    @Inject
    RequestService requestService;

    @Inject
    CallerContext callers;

    private long id;
    private Campaign campaign;
    private List<RecordsRequest> requests;
    private Map<RequestStatus, Long> counts;
    private BulkActions bulk;
    private LocalDate receivedOn;
    private boolean byEmail = true;

    /** Loads the campaign named by {@code ?id=} (a view action: 404 when the caller may not see it). */
    public void load() {
        campaign = campaigns.campaign(id);
        refresh();
        if (bulk == null) {
            bulk = new BulkActions(requestService);
        }
    }

    private void refresh() {
        requests = campaigns.requests(id);
        counts = campaigns.statusCounts(id);
    }

    public void sendDrafts() {
        try {
            int n = campaigns.sendDrafts(id, receivedOn == null ? getToday() : receivedOn, byEmail);
            Messages.info("campaign.sent", n);
            refresh();
        } catch (BusinessException e) {
            Messages.error(e.messageKey(), e.args());
        }
    }

    public void remindSelected() {
        bulk.remind();
        refresh();
    }

    public void changeSelected() {
        bulk.changeStatus();
        refresh();
    }

    public StreamedContent getExport() {
        return bulk.export(RequestFilter.ofCampaign(id));
    }

    public boolean isHasDrafts() {
        return requests.stream().anyMatch(r -> r.getStatus() == RequestStatus.DRAFT);
    }

    public boolean isTrackable() {
        return campaign.isTrackableBy(callers.current());
    }

    public LocalDate getToday() {
        return requestService.today();
    }

    public List<Map.Entry<RequestStatus, Long>> getCounts() {
        return counts.entrySet().stream().sorted(Map.Entry.comparingByKey()).toList();
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public Campaign getCampaign() {
        return campaign;
    }

    public List<RecordsRequest> getRequests() {
        return requests;
    }

    public BulkActions getBulk() {
        return bulk;
    }

    public LocalDate getReceivedOn() {
        return receivedOn == null ? getToday() : receivedOn;
    }

    public void setReceivedOn(LocalDate receivedOn) {
        this.receivedOn = receivedOn;
    }

    public boolean isByEmail() {
        return byEmail;
    }

    public void setByEmail(boolean byEmail) {
        this.byEmail = byEmail;
    }
}
