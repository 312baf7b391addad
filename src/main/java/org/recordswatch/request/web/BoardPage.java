package org.recordswatch.request.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.config.ConfigProvider;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.StreamedContent;
import org.recordswatch.platform.security.CallerContext;
import org.recordswatch.platform.security.Role;
import org.recordswatch.request.AgencyResponsiveness;
import org.recordswatch.request.CalendarFeedService;
import org.recordswatch.request.RecordsRequest;
import org.recordswatch.request.RequestFilter;
import org.recordswatch.request.RequestService;
import org.recordswatch.request.RequestStatus;

/**
 * The tracking board across campaigns: overdue and due-soon requests, a searchable list of all requests, bulk
 * actions, per-agency responsiveness, and the caller's calendar feed.
 */
@Named
@ViewScoped
public class BoardPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RequestService requests;

    @Inject
    CalendarFeedService feeds;

    @Inject
    CallerContext callers;

    private int dueSoonDays;

    private LocalDate today;
    private LazyDataModel<RecordsRequest> overdue;
    private LazyDataModel<RecordsRequest> dueSoon;
    private LazyDataModel<RecordsRequest> all;
    private String text;
    private RequestStatus status;
    private BulkActions bulk;
    private List<AgencyResponsiveness> responsiveness;
    private String feedUrl;

    @PostConstruct
    void init() {
        dueSoonDays = ConfigProvider.getConfig().getOptionalValue("rw.deadlines.due-soon-days", Integer.class)
                .orElse(7);
        today = requests.today();
        LocalDate day = today;
        int soon = dueSoonDays;
        overdue = RequestModel.of(requests, () -> RequestFilter.overdue(day));
        dueSoon = RequestModel.of(requests, () -> RequestFilter.dueWithin(day, soon));
        all = RequestModel.of(requests, this::filter);
        bulk = new BulkActions(requests);
    }

    private RequestFilter filter() {
        return new RequestFilter(text, status, null, null, null, null);
    }

    public void search() {
        bulk.setSelected(List.of());
    }

    public StreamedContent getExport() {
        return bulk.export(filter());
    }

    public List<AgencyResponsiveness> getResponsiveness() {
        if (responsiveness == null) {
            responsiveness = requests.responsiveness();
        }
        return responsiveness;
    }

    public boolean isMayAct() {
        return callers.current().hasAnyRole(Role.ADVOCATE, Role.ADMIN);
    }

    public boolean isHasFeed() {
        return feeds.hasFeed();
    }

    public void renewFeed() {
        ExternalContext ec = FacesContext.getCurrentInstance().getExternalContext();
        String base = ec.getRequestScheme() + "://" + ec.getRequestServerName()
                + (isDefaultPort(ec) ? "" : ":" + ec.getRequestServerPort()) + ec.getRequestContextPath();
        feedUrl = base + "/calendar/" + feeds.renew() + ".ics";
    }

    private static boolean isDefaultPort(ExternalContext ec) {
        int port = ec.getRequestServerPort();
        return "http".equals(ec.getRequestScheme()) && port == 80
                || "https".equals(ec.getRequestScheme()) && port == 443;
    }

    public void revokeFeed() {
        feeds.revoke();
        feedUrl = null;
    }

    public List<RequestStatus> getStatuses() {
        return Arrays.asList(RequestStatus.values());
    }

    public LocalDate getToday() {
        return today;
    }

    public int getDueSoonDays() {
        return dueSoonDays;
    }

    public LazyDataModel<RecordsRequest> getOverdue() {
        return overdue;
    }

    public LazyDataModel<RecordsRequest> getDueSoon() {
        return dueSoon;
    }

    public LazyDataModel<RecordsRequest> getAll() {
        return all;
    }

    public BulkActions getBulk() {
        return bulk;
    }

    public String getFeedUrl() {
        return feedUrl;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public RequestStatus getStatus() {
        return status;
    }

    public void setStatus(RequestStatus status) {
        this.status = status;
    }
}
