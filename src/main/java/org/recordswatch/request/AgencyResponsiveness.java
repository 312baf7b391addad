package org.recordswatch.request;

/**
 * How an agency answered the requests the caller can see: days from receipt to its first answer of any kind and,
 * separately, to completion (records produced, denied, or none held). Many laws only require the first answer by the
 * deadline, so the two are never mixed into one "responsiveness" number.
 */
public record AgencyResponsiveness(long agencyId, String agencyName, int requests, int answered,
        Double meanDaysToFirstResponse, Long medianDaysToFirstResponse, int completed, Double meanDaysToCompletion,
        Long medianDaysToCompletion) {
}
