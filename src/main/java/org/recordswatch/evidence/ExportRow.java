package org.recordswatch.evidence;

import java.util.List;

/**
 * One communication as the evidence export writes it: the columns of {@code communications.csv} (FORMATS.md) plus the
 * page range of its first appearance. Values are already masked when the export is masked.
 */
public record ExportRow(long id, String document, String locator, String pages, String sentAt, String fromName,
        String fromEmail, String fromOrg, List<String> toOrgs, String subject, Long threadId, String direction,
        String initiatedBy, String producingAgency, String legalBasis, List<String> categories,
        List<String> disclosed) {

    /** The column names, in the order {@link #cells()} gives the values. */
    public static final List<String> COLUMNS = List.of("id", "document", "locator", "pages", "sent_at", "from_name",
            "from_email", "from_org", "to_orgs", "subject", "thread_id", "direction", "initiated_by",
            "producing_agency", "legal_basis", "categories", "disclosed");

    public List<Object> cells() {
        return java.util.Arrays.asList(id, document, locator, pages, sentAt, fromName, fromEmail, fromOrg,
                String.join(";", toOrgs), subject, threadId, direction, initiatedBy, producingAgency, legalBasis,
                String.join(";", categories), String.join(";", disclosed));
    }
}
