package org.recordswatch.request;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.recordswatch.law.ClockState;
import org.recordswatch.platform.security.Caller;

/**
 * Queries over campaigns and requests. The scoped ones take the caller and apply {@link RequestScope}; the others are
 * for background work (reminders, recomputation after a law changed) and never reach a page directly.
 */
@ApplicationScoped
public class RequestRepository {

    @PersistenceContext
    EntityManager em;

    // ----------------------------------------------------------- requests

    public List<RecordsRequest> requests(Caller caller, RequestFilter filter, int first, int max) {
        Map<String, Object> params = new HashMap<>();
        String where = where(caller, filter, params);
        TypedQuery<RecordsRequest> q = em.createQuery("SELECT r" + RequestScope.REQUESTS + where
                + " ORDER BY CASE WHEN r.nextDueOn IS NULL THEN 1 ELSE 0 END, r.nextDueOn, r.id", RecordsRequest.class);
        params.forEach(q::setParameter);
        return RequestScope.bind(q, caller).setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long count(Caller caller, RequestFilter filter) {
        Map<String, Object> params = new HashMap<>();
        String where = where(caller, filter, params);
        TypedQuery<Long> q = em.createQuery("SELECT COUNT(r)" + RequestScope.REQUESTS + where, Long.class);
        params.forEach(q::setParameter);
        return RequestScope.bind(q, caller).getSingleResult();
    }

    /** Only ids within the caller's scope survive. */
    public List<RecordsRequest> visibleAmong(Caller caller, List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        TypedQuery<RecordsRequest> q = em.createQuery("SELECT r" + RequestScope.REQUESTS + " WHERE "
                + RequestScope.requests(caller) + " AND r.id IN :ids ORDER BY r.id", RecordsRequest.class)
                .setParameter("ids", ids);
        return RequestScope.bind(q, caller).getResultList();
    }

    private static String where(Caller caller, RequestFilter f, Map<String, Object> params) {
        StringBuilder sb = new StringBuilder(" WHERE ").append(RequestScope.requests(caller));
        if (f.text() != null && !f.text().isBlank()) {
            sb.append(" AND (LOWER(r.agency.name) LIKE :text ESCAPE '!' OR LOWER(r.agency.code.value) LIKE :text"
                    + " ESCAPE '!' OR LOWER(c.title) LIKE :text ESCAPE '!')");
            params.put("text", RequestScope.contains(f.text()));
        }
        if (f.status() != null) {
            sb.append(" AND r.status = :status");
            params.put("status", f.status());
        }
        if (f.campaignId() != null) {
            sb.append(" AND c.id = :campaignId");
            params.put("campaignId", f.campaignId());
        }
        if (f.agencyId() != null) {
            sb.append(" AND r.agency.id = :agencyId");
            params.put("agencyId", f.agencyId());
        }
        if (f.dueFrom() != null) {
            sb.append(" AND r.nextDueOn >= :dueFrom");
            params.put("dueFrom", f.dueFrom());
        }
        if (f.dueUntil() != null) {
            sb.append(" AND r.nextDueOn <= :dueUntil");
            params.put("dueUntil", f.dueUntil());
        }
        return sb.toString();
    }

    /** Per request: agency id and name, received, first response, completion. */
    public List<Object[]> responseTimes(Caller caller) {
        TypedQuery<Object[]> q = em.createQuery("SELECT r.agency.id, r.agency.name, r.receivedOn, r.firstResponseOn, "
                + "r.completedOn" + RequestScope.REQUESTS + " WHERE " + RequestScope.requests(caller)
                + " AND r.receivedOn IS NOT NULL", Object[].class);
        return RequestScope.bind(q, caller).getResultList();
    }

    /** Open deadlines with a date, within the caller's scope (the calendar feed). */
    public List<RequestDeadline> openDeadlines(Caller caller, int max) {
        TypedQuery<RequestDeadline> q = em.createQuery("SELECT d FROM RequestDeadline d JOIN d.request r "
                + "JOIN r.campaign c JOIN c.organization o LEFT JOIN o.coalition co WHERE "
                + RequestScope.requests(caller) + " AND d.state = :open AND d.dueOn IS NOT NULL ORDER BY d.dueOn",
                RequestDeadline.class).setParameter("open", ClockState.OPEN);
        return RequestScope.bind(q, caller).setMaxResults(max).getResultList();
    }

    // ---------------------------------------------------------- campaigns

    public List<Campaign> campaigns(Caller caller, String text, int first, int max) {
        TypedQuery<Campaign> q = em.createQuery("SELECT c" + RequestScope.CAMPAIGNS + campaignWhere(caller, text)
                + " ORDER BY c.createdAt DESC, c.id DESC", Campaign.class);
        if (text != null && !text.isBlank()) {
            q.setParameter("text", RequestScope.contains(text));
        }
        return RequestScope.bind(q, caller).setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long countCampaigns(Caller caller, String text) {
        TypedQuery<Long> q = em.createQuery("SELECT COUNT(c)" + RequestScope.CAMPAIGNS + campaignWhere(caller, text),
                Long.class);
        if (text != null && !text.isBlank()) {
            q.setParameter("text", RequestScope.contains(text));
        }
        return RequestScope.bind(q, caller).getSingleResult();
    }

    private static String campaignWhere(Caller caller, String text) {
        String where = " WHERE " + RequestScope.campaigns(caller);
        if (text != null && !text.isBlank()) {
            where += " AND (LOWER(c.title) LIKE :text ESCAPE '!' OR LOWER(c.description) LIKE :text ESCAPE '!')";
        }
        return where;
    }

    /** Status counts of one campaign's requests (unscoped: the caller's access to the campaign was checked). */
    public Map<RequestStatus, Long> statusCounts(long campaignId) {
        Map<RequestStatus, Long> counts = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT r.status, COUNT(r) FROM RecordsRequest r WHERE r.campaign.id = :c "
                + "GROUP BY r.status", Object[].class).setParameter("c", campaignId).getResultList()) {
            counts.put((RequestStatus) row[0], (Long) row[1]);
        }
        return counts;
    }

    // ---------------------------------------------------- background work

    public List<RecordsRequest> ofCampaign(long campaignId) {
        return em.createQuery("SELECT r FROM RecordsRequest r WHERE r.campaign.id = :c ORDER BY r.agency.name",
                RecordsRequest.class).setParameter("c", campaignId).getResultList();
    }

    /** Requests under a law with at least one open clock or not yet computed (after the law changed). */
    public List<RecordsRequest> submittedUnderLaw(long lawId) {
        return em.createQuery("SELECT r FROM RecordsRequest r WHERE r.law.id = :law AND r.receivedOn IS NOT NULL "
                + "AND r.status NOT IN :closed", RecordsRequest.class).setParameter("law", lawId)
                .setParameter("closed", List.of(RequestStatus.WITHDRAWN, RequestStatus.CLOSED)).getResultList();
    }

    /** Requests whose next deadline is on or before {@code until} (reminders). */
    public List<RecordsRequest> dueBy(LocalDate until) {
        return em.createQuery("SELECT r FROM RecordsRequest r WHERE r.nextDueOn IS NOT NULL AND r.nextDueOn <= :until "
                + "ORDER BY r.nextDueOn", RecordsRequest.class).setParameter("until", until).getResultList();
    }
}
