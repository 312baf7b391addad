package org.recordswatch.evidence;

import java.io.Serializable;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * A search over a campaign's communications: full text over subject and own text, and facets (producing agency,
 * counterpart agency, category, direction, legal basis, sent date range, thread, the side that started the thread).
 * Every field but the campaign is optional. {@code disclosedOnly} narrows categories to those disclosed (state to
 * federal); {@code pendingOnly} to messages with tags nobody has reviewed yet (the review queue). Immutable; the
 * {@code with…} methods return changed copies. Serialises to and from URL query parameters, so that every number of
 * the evidence board is a link and a saved search is its query string.
 */
public record EvidenceQuery(Long campaignId, String text, String agency, String counterpart, String category,
        String direction, String legalBasis, LocalDate from, LocalDate to, Long threadId, String initiator,
        boolean disclosedOnly, boolean pendingOnly) implements Serializable {

    public EvidenceQuery {
        text = blankToNull(text);
        agency = blankToNull(agency);
        counterpart = blankToNull(counterpart);
        category = blankToNull(category);
        direction = blankToNull(direction);
        legalBasis = blankToNull(legalBasis);
        initiator = blankToNull(initiator);
    }

    public static EvidenceQuery ofCampaign(Long campaignId) {
        return new EvidenceQuery(campaignId, null, null, null, null, null, null, null, null, null, null, false, false);
    }

    public EvidenceQuery withText(String v) {
        return new EvidenceQuery(campaignId, v, agency, counterpart, category, direction, legalBasis, from, to,
                threadId, initiator, disclosedOnly, pendingOnly);
    }

    public EvidenceQuery withAgency(String v) {
        return new EvidenceQuery(campaignId, text, v, counterpart, category, direction, legalBasis, from, to,
                threadId, initiator, disclosedOnly, pendingOnly);
    }

    public EvidenceQuery withCounterpart(String v) {
        return new EvidenceQuery(campaignId, text, agency, v, category, direction, legalBasis, from, to, threadId,
                initiator, disclosedOnly, pendingOnly);
    }

    public EvidenceQuery withCategory(String v, boolean disclosed) {
        return new EvidenceQuery(campaignId, text, agency, counterpart, v, direction, legalBasis, from, to, threadId,
                initiator, disclosed, pendingOnly);
    }

    public EvidenceQuery withDirection(String v) {
        return new EvidenceQuery(campaignId, text, agency, counterpart, category, v, legalBasis, from, to, threadId,
                initiator, disclosedOnly, pendingOnly);
    }

    public EvidenceQuery withLegalBasis(String v) {
        return new EvidenceQuery(campaignId, text, agency, counterpart, category, direction, v, from, to, threadId,
                initiator, disclosedOnly, pendingOnly);
    }

    public EvidenceQuery withDates(LocalDate f, LocalDate t) {
        return new EvidenceQuery(campaignId, text, agency, counterpart, category, direction, legalBasis, f, t,
                threadId, initiator, disclosedOnly, pendingOnly);
    }

    public EvidenceQuery withThread(Long v) {
        return new EvidenceQuery(campaignId, text, agency, counterpart, category, direction, legalBasis, from, to, v,
                initiator, disclosedOnly, pendingOnly);
    }

    public EvidenceQuery withInitiator(String v) {
        return new EvidenceQuery(campaignId, text, agency, counterpart, category, direction, legalBasis, from, to,
                threadId, v, disclosedOnly, pendingOnly);
    }

    public EvidenceQuery withPendingOnly(boolean v) {
        return new EvidenceQuery(campaignId, text, agency, counterpart, category, direction, legalBasis, from, to,
                threadId, initiator, disclosedOnly, v);
    }

    /** The query as URL parameters ({@code campaign=3&agency=nm_mvd&category=ssn&disclosed=true}), empty ones left out. */
    public String toParameters() {
        StringJoiner j = new StringJoiner("&");
        toMap().forEach((k, v) -> j.add(k + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return j.toString();
    }

    public Map<String, String> toMap() {
        Map<String, String> m = new LinkedHashMap<>();
        put(m, "campaign", campaignId);
        put(m, "q", text);
        put(m, "agency", agency);
        put(m, "counterpart", counterpart);
        put(m, "category", category);
        put(m, "direction", direction);
        put(m, "basis", legalBasis);
        put(m, "from", from);
        put(m, "to", to);
        put(m, "thread", threadId);
        put(m, "initiator", initiator);
        if (disclosedOnly) {
            m.put("disclosed", "true");
        }
        if (pendingOnly) {
            m.put("pending", "true");
        }
        return m;
    }

    /** Reads the parameters {@link #toParameters()} writes; unknown or malformed values are ignored. */
    public static EvidenceQuery fromParameters(String parameters) {
        Map<String, String> m = new LinkedHashMap<>();
        if (parameters != null) {
            for (String pair : parameters.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    m.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return fromMap(m);
    }

    public static EvidenceQuery fromMap(Map<String, String> m) {
        return new EvidenceQuery(longOrNull(m.get("campaign")), m.get("q"), m.get("agency"), m.get("counterpart"),
                m.get("category"), m.get("direction"), m.get("basis"), dateOrNull(m.get("from")),
                dateOrNull(m.get("to")), longOrNull(m.get("thread")), m.get("initiator"),
                "true".equals(m.get("disclosed")), "true".equals(m.get("pending")));
    }

    private static void put(Map<String, String> m, String key, Object value) {
        if (value != null) {
            m.put(key, value.toString());
        }
    }

    private static Long longOrNull(String s) {
        try {
            return s == null || s.isBlank() ? null : Long.valueOf(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static LocalDate dateOrNull(String s) {
        try {
            return s == null || s.isBlank() ? null : LocalDate.parse(s.strip());
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
