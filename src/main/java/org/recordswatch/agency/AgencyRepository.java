package org.recordswatch.agency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Queries over the agency directory for use inside the application (background work, other services). Pages and
 * REST resources go through {@link AgencyService}, which checks the caller.
 */
@ApplicationScoped
public class AgencyRepository {

    @PersistenceContext
    EntityManager em;

    public Optional<Agency> find(long id) {
        return Optional.ofNullable(em.find(Agency.class, id));
    }

    public Optional<Agency> findByCode(String code) {
        return em.createNamedQuery("Agency.findByCode", Agency.class).setParameter("code", code)
                .getResultStream().findFirst();
    }

    /** The agencies whose e-mail domains include this one (lower case, no {@code @}). */
    public List<Agency> findByDomain(String domain) {
        return em.createQuery("SELECT DISTINCT a FROM Agency a JOIN a.domains d WHERE d = :domain ORDER BY a.name",
                Agency.class).setParameter("domain", Agency.normaliseDomain(domain)).getResultList();
    }

    public List<Agency> all() {
        return em.createNamedQuery("Agency.findAll", Agency.class).getResultList();
    }

    public List<Agency> inJurisdiction(String jurisdiction) {
        return em.createQuery("SELECT a FROM Agency a WHERE a.jurisdiction = :j ORDER BY a.name", Agency.class)
                .setParameter("j", jurisdiction == null ? "" : jurisdiction.strip().toUpperCase(Locale.ROOT))
                .getResultList();
    }

    public List<Agency> findAll(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT a FROM Agency a WHERE a.id IN :ids ORDER BY a.name", Agency.class)
                .setParameter("ids", ids).getResultList();
    }

    /** Agencies whose name, code, jurisdiction, custodian or e-mail domain contains the text, on a side. */
    public List<Agency> search(String text, Side side, int first, int max) {
        return bind(em.createQuery("SELECT a" + where(text, side) + " ORDER BY a.name, a.id", Agency.class), text, side)
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long count(String text, Side side) {
        return bind(em.createQuery("SELECT COUNT(a)" + where(text, side), Long.class), text, side).getSingleResult();
    }

    private static String where(String text, Side side) {
        StringBuilder sb = new StringBuilder(" FROM Agency a WHERE 1 = 1");
        if (contains(text) != null) {
            sb.append(" AND (LOWER(a.name) LIKE :text ESCAPE '!' OR LOWER(a.code.value) LIKE :text ESCAPE '!'"
                    + " OR LOWER(a.jurisdiction) LIKE :text ESCAPE '!' OR LOWER(a.custodian.name) LIKE :text ESCAPE '!'"
                    + " OR EXISTS (SELECT a2.id FROM Agency a2 JOIN a2.domains d WHERE a2.id = a.id"
                    + " AND d LIKE :text ESCAPE '!'))");
        }
        if (side != null) {
            sb.append(" AND a.side = :side");
        }
        return sb.toString();
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> q, String text, Side side) {
        if (contains(text) != null) {
            q.setParameter("text", contains(text));
        }
        if (side != null) {
            q.setParameter("side", side);
        }
        return q;
    }

    /** A LIKE pattern for user text with the wildcards escaped ({@code ESCAPE '!'}), or null for no text. */
    static String contains(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return "%" + text.strip().toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_")
                + "%";
    }
}
