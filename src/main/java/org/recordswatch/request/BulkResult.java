package org.recordswatch.request;

import java.util.List;

/** What a bulk action did: how many requests it changed, and why the others were left alone. */
public record BulkResult(int done, List<Problem> problems) {

    /** One request the action could not be applied to, with the message key and arguments explaining why. */
    public record Problem(long requestId, String agencyName, String messageKey, Object[] args) {
    }
}
