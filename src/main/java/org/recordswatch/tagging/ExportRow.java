package org.recordswatch.tagging;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One row of the communications export ({@code communications.csv} of the evaluation formats, plus extra columns):
 * the communication, where it is, its sender and recipients' agencies, thread, direction, initiator, legal basis,
 * categories and disclosed categories, as the tags say after analyst decisions.
 */
public record ExportRow(String id, String document, String locator, String sentAt, String fromName, String fromEmail,
        String fromOrg, List<String> toOrgs, String subject, String threadId, String direction, String initiatedBy,
        String producingAgency, String legalBasis, List<String> categories, List<String> disclosed, String pages,
        List<String> alsoIn, String channel, String fromPhone, String to, String cc, String threadOutcome,
        String counterpart, Long communicationId) {

    /** The column names, in order. */
    public static final List<String> COLUMNS = List.of("id", "document", "locator", "sent_at", "from_name",
            "from_email", "from_org", "to_orgs", "subject", "thread_id", "direction", "initiated_by",
            "producing_agency", "legal_basis", "categories", "disclosed", "pages", "also_in", "channel", "from_phone",
            "to", "cc", "thread_outcome", "counterpart", "communication_id");

    /** The cells in {@link #COLUMNS} order, lists joined with {@code ;}. */
    public List<Object> cells() {
        return List.of(id, document, locator, sentAt, nz(fromName), nz(fromEmail), nz(fromOrg), join(toOrgs),
                subject, nz(threadId), nz(direction), nz(initiatedBy), nz(producingAgency), nz(legalBasis),
                join(categories), join(disclosed), nz(pages), join(alsoIn), nz(channel), nz(fromPhone), nz(to), nz(cc),
                nz(threadOutcome), nz(counterpart), communicationId == null ? "" : communicationId);
    }

    /** Writes the row as one JSON object ({@link #asMap}: lists as arrays of strings, numbers as numbers). */
    public void writeJson(jakarta.json.stream.JsonGenerator g) {
        g.writeStartObject();
        for (Map.Entry<String, Object> e : asMap().entrySet()) {
            Object v = e.getValue();
            if (v == null) {
                g.writeNull(e.getKey());
            } else if (v instanceof List<?> list) {
                g.writeStartArray(e.getKey());
                list.forEach(x -> g.write(String.valueOf(x)));
                g.writeEnd();
            } else if (v instanceof Long n) {
                g.write(e.getKey(), n);
            } else {
                g.write(e.getKey(), String.valueOf(v));
            }
        }
        g.writeEnd();
    }

    /** The row as a JSON-ready map (lists stay lists). */
    public Map<String, Object> asMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("document", document);
        m.put("locator", locator);
        m.put("sent_at", sentAt);
        m.put("from_name", fromName);
        m.put("from_email", fromEmail);
        m.put("from_org", fromOrg);
        m.put("to_orgs", toOrgs);
        m.put("subject", subject);
        m.put("thread_id", threadId);
        m.put("direction", direction);
        m.put("initiated_by", initiatedBy);
        m.put("producing_agency", producingAgency);
        m.put("legal_basis", legalBasis);
        m.put("categories", categories);
        m.put("disclosed", disclosed);
        m.put("pages", pages);
        m.put("also_in", alsoIn);
        m.put("channel", channel);
        m.put("from_phone", fromPhone);
        m.put("to", to);
        m.put("cc", cc);
        m.put("thread_outcome", threadOutcome);
        m.put("counterpart", counterpart);
        m.put("communication_id", communicationId);
        return m;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String join(List<String> list) {
        return list == null ? "" : String.join(";", list);
    }
}
