package org.recordswatch.request;

import java.time.LocalDate;

/**
 * What is filled in for a campaign. {@code organizationId} is read only for admins (an advocate's campaign always
 * belongs to their own organization).
 */
public record CampaignForm(String title, String description, String letterTemplate, String recordsDescribed,
        LocalDate dateFrom, LocalDate dateTo, String requesterName, String requesterEmail, String letterLanguage,
        boolean sharedWithCoalition, Long organizationId) {
}
