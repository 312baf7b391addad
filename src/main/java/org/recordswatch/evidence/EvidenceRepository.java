package org.recordswatch.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The evidence queries over communications and their tags, in SQL: the search (FULLTEXT plus facet conditions), facet
 * counts and the board's tables. Every condition is a bound parameter; user text reaches MariaDB only as the
 * boolean-mode expression {@link FullText} builds. Tags an analyst rejected never count.
 */
@ApplicationScoped
public class EvidenceRepository {

    static final String COUNTS = " t.status <> 'REJECTED' ";

    /**
     * The message went from state to federal (its counting direction tag says so): its categories are disclosed, the
     * rule of the communications export.
     */
    static final String STATE_TO_FEDERAL = " EXISTS (SELECT 1 FROM communication_tag d WHERE d.communication_id = c.id "
            + "AND d.kind = 'DIRECTION' AND d.code = 'state_to_federal' AND d.status <> 'REJECTED') ";

    @PersistenceContext
    EntityManager em;

    /** The ids of the matching communications, by sent time. */
    public List<Long> ids(EvidenceQuery q, int first, int max) {
        Where w = where(q);
        Query query = em.createNativeQuery("SELECT c.id FROM communication c WHERE " + w.sql
                + " ORDER BY c.sent_at IS NULL, c.sent_at, c.id LIMIT ? OFFSET ?");
        int i = w.bind(query);
        query.setParameter(i, max).setParameter(i + 1, first);
        return longs(query.getResultList());
    }

    public long count(EvidenceQuery q) {
        Where w = where(q);
        Query query = em.createNativeQuery("SELECT COUNT(*) FROM communication c WHERE " + w.sql);
        w.bind(query);
        return ((Number) query.getSingleResult()).longValue();
    }

    /** For one facet, how many matching communications carry each value (the other conditions applied). */
    public Map<String, Long> facet(EvidenceQuery q, String facet) {
        Where w = where(q);
        String sql = switch (facet) {
            case "agency" -> "SELECT c.producing_agency, COUNT(*) FROM communication c WHERE " + w.sql
                    + " AND c.producing_agency IS NOT NULL GROUP BY c.producing_agency";
            case "category", "direction", "basis", "counterpart" -> "SELECT t.code, COUNT(DISTINCT c.id) FROM "
                    + "communication c JOIN communication_tag t ON t.communication_id = c.id AND " + COUNTS
                    + "AND t.kind " + kindsOf(facet) + " WHERE " + w.sql + " GROUP BY t.code";
            default -> throw new IllegalArgumentException(facet);
        };
        Query query = em.createNativeQuery(sql + " ORDER BY 2 DESC, 1");
        w.bind(query);
        return pairs(query.getResultList());
    }

    private static String kindsOf(String facet) {
        return switch (facet) {
            case "category" -> "= 'CATEGORY'";
            case "direction" -> "= 'DIRECTION'";
            case "basis" -> "= 'LEGAL_BASIS'";
            default -> "IN ('SENDER_ORG', 'RECIPIENT_ORG')";
        };
    }

    /** Disclosures: (producing agency, category) → number of messages that disclosed it (state to federal). */
    public List<Object[]> disclosures(long campaignId) {
        return rows(em.createNativeQuery("SELECT c.producing_agency, t.code, COUNT(DISTINCT c.id) FROM communication c "
                + "JOIN communication_tag t ON t.communication_id = c.id AND t.kind = 'CATEGORY' AND" + COUNTS
                + "WHERE c.campaign_id = ? AND" + STATE_TO_FEDERAL + "GROUP BY c.producing_agency, t.code ORDER BY 1, 2")
                .setParameter(1, campaignId));
    }

    /**
     * Threads per (producing agency of their first message in export order, thread tag value) for one thread tag
     * kind: the way the evaluation counts a thread from the export's rows. A thread tag an analyst decided wins over
     * the detector's.
     */
    public List<Object[]> threadsByAgencyAndTag(long campaignId, String kind) {
        return rows(em.createNativeQuery("SELECT x.producing_agency, t.code, COUNT(*) FROM conversation_thread th "
                + "JOIN thread_tag t ON t.thread_id = th.id AND t.kind = ? AND" + COUNTS
                + "AND NOT EXISTS (SELECT 1 FROM thread_tag o WHERE o.thread_id = th.id AND o.kind = t.kind "
                + "AND o.status <> 'REJECTED' AND o.id <> t.id AND (o.source = 'ANALYST' OR o.status = 'CONFIRMED') "
                + "AND NOT (t.source = 'ANALYST' OR t.status = 'CONFIRMED')) "
                + "JOIN communication x ON x.id = (SELECT c.id FROM communication c WHERE c.thread_id = th.id "
                + "ORDER BY c.sent_at IS NULL, c.sent_at, c.id LIMIT 1) "
                + "WHERE th.campaign_id = ? GROUP BY x.producing_agency, t.code ORDER BY 1, 2")
                .setParameter(1, kind).setParameter(2, campaignId));
    }

    /** Messages per (producing agency, value) for one communication tag kind. */
    public List<Object[]> byAgencyAndTag(long campaignId, String kind) {
        return rows(em.createNativeQuery("SELECT c.producing_agency, t.code, COUNT(DISTINCT c.id) FROM communication c "
                + "JOIN communication_tag t ON t.communication_id = c.id AND t.kind = ? AND" + COUNTS
                + "WHERE c.campaign_id = ? GROUP BY c.producing_agency, t.code ORDER BY 1, 2")
                .setParameter(1, kind).setParameter(2, campaignId));
    }

    /** Messages that disclosed data (state to federal), per month of sending (UTC), {@code yyyy-MM}. */
    public List<Object[]> disclosuresByMonth(long campaignId) {
        return rows(em.createNativeQuery("SELECT DATE_FORMAT(c.sent_at, '%Y-%m'), COUNT(DISTINCT c.id) "
                + "FROM communication c JOIN communication_tag t ON t.communication_id = c.id AND t.kind = 'CATEGORY' "
                + "AND" + COUNTS + "WHERE c.campaign_id = ? AND c.sent_at IS NOT NULL AND" + STATE_TO_FEDERAL
                + "GROUP BY 1 ORDER BY 1").setParameter(1, campaignId));
    }

    /** Every second coding of the campaign: category, the second coder's answer, whether the tags say present. */
    public List<Object[]> secondCodings(long campaignId) {
        return rows(em.createNativeQuery("SELECT s.code, s.present, CASE WHEN EXISTS (SELECT 1 FROM communication_tag t "
                + "WHERE t.communication_id = s.communication_id AND t.kind = 'CATEGORY' AND t.code = s.code AND"
                + COUNTS + ") THEN 1 ELSE 0 END FROM second_coding s JOIN communication c ON c.id = s.communication_id "
                + "WHERE c.campaign_id = ? ORDER BY s.code, s.id").setParameter(1, campaignId));
    }

    private Where where(EvidenceQuery q) {
        Where w = new Where();
        if (q.campaignId() != null) {
            w.and("c.campaign_id = ?", q.campaignId());
        }
        if (q.text() != null) {
            String expr = FullText.booleanMode(q.text());
            if (!expr.isEmpty()) {
                w.and("MATCH (c.subject, c.own_text) AGAINST (? IN BOOLEAN MODE)", expr);
            }
        }
        if (q.agency() != null) {
            w.and("c.producing_agency = ?", q.agency());
        }
        if (q.counterpart() != null) {
            w.and(tag("t.kind IN ('SENDER_ORG', 'RECIPIENT_ORG') AND t.code = ?"), q.counterpart());
        }
        if (q.category() != null) {
            w.and(tag("t.kind = 'CATEGORY' AND t.code = ?"), q.category());
        } else if (q.disclosedOnly()) {
            w.and(tag("t.kind = 'CATEGORY'"));
        }
        if (q.disclosedOnly()) {
            w.and(STATE_TO_FEDERAL);
        }
        if (q.direction() != null) {
            w.and(tag("t.kind = 'DIRECTION' AND t.code = ?"), q.direction());
        }
        if (q.legalBasis() != null) {
            w.and(tag("t.kind = 'LEGAL_BASIS' AND t.code = ?"), q.legalBasis());
        }
        if (q.from() != null) {
            w.and("c.sent_at >= ?", start(q.from()));
        }
        if (q.to() != null) {
            w.and("c.sent_at < ?", start(q.to().plusDays(1)));
        }
        if (q.threadId() != null) {
            w.and("c.thread_id = ?", q.threadId());
        }
        if (q.initiator() != null) {
            w.and("EXISTS (SELECT 1 FROM thread_tag t WHERE t.thread_id = c.thread_id AND t.kind = 'INITIATOR' AND"
                    + COUNTS + "AND t.code = ?)", q.initiator());
        }
        if (q.pendingOnly()) {
            w.and("EXISTS (SELECT 1 FROM communication_tag t WHERE t.communication_id = c.id AND t.status = 'PROPOSED')");
        }
        return w;
    }

    private static String tag(String condition) {
        return "EXISTS (SELECT 1 FROM communication_tag t WHERE t.communication_id = c.id AND" + COUNTS + "AND "
                + condition + ")";
    }

    private static Timestamp start(LocalDate day) {
        return Timestamp.from(day.atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query q) {
        return q.getResultList();
    }

    private static List<Long> longs(List<?> values) {
        List<Long> out = new ArrayList<>(values.size());
        for (Object v : values) {
            out.add(((Number) v).longValue());
        }
        return out;
    }

    private static Map<String, Long> pairs(List<?> rows) {
        Map<String, Long> out = new LinkedHashMap<>();
        for (Object r : rows) {
            Object[] row = (Object[]) r;
            out.put(String.valueOf(row[0]), ((Number) row[1]).longValue());
        }
        return out;
    }

    /** A conjunction of conditions and their parameters, in order. */
    private static final class Where {
        private final StringBuilder sqlBuilder = new StringBuilder("1 = 1");
        private final List<Object> params = new ArrayList<>();
        private String sql = "1 = 1";

        void and(String condition, Object... values) {
            sqlBuilder.append(" AND ").append(condition);
            params.addAll(List.of(values));
            sql = sqlBuilder.toString();
        }

        /** Binds the parameters; returns the next free position. */
        int bind(Query q) {
            int i = 1;
            for (Object p : params) {
                q.setParameter(i++, p);
            }
            return i;
        }
    }
}
