package org.recordswatch.request.web;

import java.io.Serializable;
import org.primefaces.model.LazyDataModel;
import org.recordswatch.platform.web.PagedModel;
import org.recordswatch.request.RecordsRequest;
import org.recordswatch.request.RequestFilter;
import org.recordswatch.request.RequestService;

/** A lazy table of requests over a filter; the service applies the caller's scope. */
final class RequestModel {

    /** Where the table's filter comes from (the page's current search fields). */
    @FunctionalInterface
    interface FilterSource extends Serializable {
        RequestFilter get();
    }

    private RequestModel() {
    }

    static LazyDataModel<RecordsRequest> of(RequestService requests, FilterSource filter) {
        return PagedModel.of(() -> requests.count(filter.get()),
                (first, size) -> requests.search(filter.get(), first, size), RecordsRequest::getId, requests::request);
    }
}
