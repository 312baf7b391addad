package org.recordswatch.request.web;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.recordswatch.platform.BusinessException;
import org.recordswatch.platform.web.Messages;
import org.recordswatch.request.BulkResult;
import org.recordswatch.request.RecordsRequest;
import org.recordswatch.request.RequestFilter;
import org.recordswatch.request.RequestService;
import org.recordswatch.request.RequestStatus;

/**
 * Bulk actions on the requests selected in a table (campaign outcome, board): remind, change status, export CSV.
 * Held by the page bean; the service checks each request.
 */
public class BulkActions implements Serializable {

    private static final long serialVersionUID = 1L;

    private final RequestService requests;
    private List<RecordsRequest> selected = new ArrayList<>();
    private RequestStatus to;
    private LocalDate on;
    private String note;

    public BulkActions(RequestService requests) {
        this.requests = requests;
    }

    private List<Long> ids() {
        return selected == null ? List.of() : selected.stream().map(RecordsRequest::getId).toList();
    }

    public void remind() {
        try {
            report(requests.remind(ids()), "bulk.reminded");
        } catch (BusinessException e) {
            Messages.error(e.messageKey(), e.args());
        }
    }

    public void changeStatus() {
        try {
            report(requests.bulkRecord(ids(), to, on == null ? requests.today() : on, note), "bulk.changed");
            note = null;
        } catch (BusinessException e) {
            Messages.error(e.messageKey(), e.args());
        }
    }

    private void report(BulkResult result, String doneKey) {
        Messages.info(doneKey, result.done());
        for (BulkResult.Problem p : result.problems()) {
            Messages.warn("bulk.problem", p.agencyName(), Messages.get(p.messageKey(), p.args()));
        }
    }

    /** The selection (or, with nothing selected, every row of {@code fallback}) as CSV. */
    public StreamedContent export(RequestFilter fallback) {
        byte[] csv = requests.exportCsv(ids(), fallback).getBytes(StandardCharsets.UTF_8);
        return DefaultStreamedContent.builder().name("requests.csv").contentType("text/csv; charset=UTF-8")
                .stream(() -> new ByteArrayInputStream(csv)).build();
    }

    public List<RequestStatus> getStatuses() {
        List<RequestStatus> all = new ArrayList<>(Arrays.asList(RequestStatus.values()));
        all.remove(RequestStatus.DRAFT);
        all.remove(RequestStatus.SUBMITTED);
        all.remove(RequestStatus.DENIED); // a denial is recorded one by one, with what the letter said
        return all;
    }

    public List<RecordsRequest> getSelected() {
        return selected;
    }

    public void setSelected(List<RecordsRequest> selected) {
        this.selected = selected;
    }

    public RequestStatus getTo() {
        return to;
    }

    public void setTo(RequestStatus to) {
        this.to = to;
    }

    public LocalDate getOn() {
        return on;
    }

    public void setOn(LocalDate on) {
        this.on = on;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
