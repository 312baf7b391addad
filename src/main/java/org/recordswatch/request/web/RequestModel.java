package org.recordswatch.request.web;

import java.util.List;
import java.util.Map;
import java.io.Serializable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.recordswatch.request.RecordsRequest;
import org.recordswatch.request.RequestFilter;
import org.recordswatch.request.RequestService;

/** A lazy table of requests over a filter; the service applies the caller's scope. */
public class RequestModel extends LazyDataModel<RecordsRequest> {

    private static final long serialVersionUID = 1L;

    /** Where the table's filter comes from (the page's current search fields). */
    @FunctionalInterface
    public interface FilterSource extends Serializable {
        RequestFilter get();
    }

    private final RequestService requests;
    private final FilterSource filter;

    public RequestModel(RequestService requests, FilterSource filter) {
        this.requests = requests;
        this.filter = filter;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) requests.count(filter.get());
    }

    @Override
    public List<RecordsRequest> load(int first, int pageSize, Map<String, SortMeta> sortBy,
            Map<String, FilterMeta> filterBy) {
        return requests.search(filter.get(), first, pageSize);
    }

    @Override
    public String getRowKey(RecordsRequest r) {
        return String.valueOf(r.getId());
    }

    @Override
    public RecordsRequest getRowData(String rowKey) {
        return requests.request(Long.parseLong(rowKey));
    }
}
