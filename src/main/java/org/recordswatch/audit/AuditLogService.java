package org.recordswatch.audit;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.recordswatch.platform.security.Authorized;
import org.recordswatch.platform.security.Role;

/** Reading the audit trail: administrators only, newest first, filtered; and verifying its hash chain. */
@Stateless
@Authorized(Role.ADMIN)
public class AuditLogService {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditChain chain;

    public List<AuditEntry> entries(AuditFilter filter, int first, int max) {
        return query(filter, "SELECT e", " ORDER BY e.id DESC", AuditEntry.class)
                .setFirstResult(first).setMaxResults(Math.min(max, 500)).getResultList();
    }

    public long count(AuditFilter filter) {
        return query(filter, "SELECT COUNT(e)", "", Long.class).getSingleResult();
    }

    /** The first break of the hash chain, described; empty when every entry is intact. */
    public Optional<String> verify() {
        return chain.firstBreak();
    }

    private <T> TypedQuery<T> query(AuditFilter f, String select, String order, Class<T> type) {
        List<String> where = new ArrayList<>();
        List<Object[]> params = new ArrayList<>();
        if (present(f.actor())) {
            where.add("e.actor = :actor");
            params.add(new Object[] {"actor", f.actor().strip()});
        }
        if (present(f.action())) {
            where.add("e.action = :action");
            params.add(new Object[] {"action", f.action().strip()});
        }
        if (present(f.targetType())) {
            where.add("e.targetType = :targetType");
            params.add(new Object[] {"targetType", f.targetType().strip()});
        }
        if (present(f.targetId())) {
            where.add("e.targetId = :targetId");
            params.add(new Object[] {"targetId", f.targetId().strip()});
        }
        if (present(f.outcome())) {
            where.add("e.outcome = :outcome");
            params.add(new Object[] {"outcome", f.outcome().strip()});
        }
        if (f.from() != null) {
            where.add("e.occurredAt >= :from");
            params.add(new Object[] {"from", f.from()});
        }
        if (f.to() != null) {
            where.add("e.occurredAt < :to");
            params.add(new Object[] {"to", f.to()});
        }
        String jpql = select + " FROM AuditEntry e" + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
                + order;
        TypedQuery<T> q = em.createQuery(jpql, type);
        for (Object[] p : params) {
            q.setParameter((String) p[0], p[1]);
        }
        return q;
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
