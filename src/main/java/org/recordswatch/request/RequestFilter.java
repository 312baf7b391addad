package org.recordswatch.request;

import java.time.LocalDate;

/**
 * What a request list is narrowed to: text in the agency's name or code or the campaign's title, a status, a
 * campaign, an agency, and due dates (before and on or after, inclusive).
 */
public record RequestFilter(String text, RequestStatus status, Long campaignId, Long agencyId, LocalDate dueFrom,
        LocalDate dueUntil) {

    public static RequestFilter all() {
        return new RequestFilter(null, null, null, null, null, null);
    }

    public static RequestFilter ofCampaign(long campaignId) {
        return new RequestFilter(null, null, campaignId, null, null, null);
    }

    /** Open deadlines that passed before {@code today}. */
    public static RequestFilter overdue(LocalDate today) {
        return new RequestFilter(null, null, null, null, null, today.minusDays(1));
    }

    /** Open deadlines from today through {@code today + days}. */
    public static RequestFilter dueWithin(LocalDate today, int days) {
        return new RequestFilter(null, null, null, null, today, today.plusDays(days));
    }
}
