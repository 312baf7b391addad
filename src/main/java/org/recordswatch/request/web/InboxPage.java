package org.recordswatch.request.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import org.primefaces.model.LazyDataModel;
import org.recordswatch.request.RecordsRequest;
import org.recordswatch.request.RequestFilter;
import org.recordswatch.request.RequestService;
import org.recordswatch.request.RequestStatus;

/**
 * A records officer's inbox: the requests addressed to their agency (the service scopes it), soonest deadline first,
 * with the way to answer each and to upload its records.
 */
@Named
@ViewScoped
public class InboxPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RequestService requests;

    private RequestStatus status;
    private String text;
    private LazyDataModel<RecordsRequest> model;
    private LocalDate today;

    @PostConstruct
    void init() {
        today = requests.today();
        model = RequestModel.of(requests, () -> new RequestFilter(text, status, null, null, null, null));
    }

    public LazyDataModel<RecordsRequest> getModel() {
        return model;
    }

    public LocalDate getToday() {
        return today;
    }

    public RequestStatus[] getStatuses() {
        return RequestStatus.values();
    }

    public RequestStatus getStatus() {
        return status;
    }

    public void setStatus(RequestStatus status) {
        this.status = status;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
