package org.recordswatch.request;

import jakarta.persistence.Query;
import org.recordswatch.platform.security.Caller;
import org.recordswatch.platform.security.Role;

/**
 * The one place that turns a caller into the JPQL condition of what they may see, for every list, count, search,
 * export, feed and autocomplete over requests and campaigns. Queries name the request {@code r}, its campaign
 * {@code c}, the campaign's organization {@code o} and that organization's coalition {@code co} (left-joined).
 * The same rule, for one object, is {@link RecordsRequest#isVisibleTo} and {@link Campaign#isVisibleTo}.
 */
final class RequestScope {

    /** The FROM clause every scoped request query uses. */
    static final String REQUESTS =
            " FROM RecordsRequest r JOIN r.campaign c JOIN c.organization o LEFT JOIN o.coalition co ";

    /** The FROM clause every scoped campaign query uses. */
    static final String CAMPAIGNS = " FROM Campaign c JOIN c.organization o LEFT JOIN o.coalition co ";

    private RequestScope() {
    }

    /** The condition on requests, with named parameters prefixed {@code scope}. */
    static String requests(Caller caller) {
        if (caller.role() == null) {
            return "1 = 0";
        }
        return switch (caller.role()) {
            case ADMIN -> "1 = 1";
            case ADVOCATE, ANALYST -> advocate(caller);
            case RECORDS_OFFICER -> caller.agencyId() == null ? "1 = 0"
                    : "(r.agency.id = :scopeAgency AND r.status <> org.recordswatch.request.RequestStatus.DRAFT)";
        };
    }

    /**
     * The condition on campaigns: records officers see none; advocates and analysts their organization's and those
     * shared with their coalition; admins all.
     */
    static String campaigns(Caller caller) {
        if (caller.role() == null || caller.hasRole(Role.RECORDS_OFFICER)) {
            return "1 = 0";
        }
        return caller.hasRole(Role.ADMIN) ? "1 = 1" : advocate(caller);
    }

    private static String advocate(Caller caller) {
        if (caller.organizationId() == null) {
            return "1 = 0";
        }
        return caller.coalitionId() == null ? "o.id = :scopeOrg"
                : "(o.id = :scopeOrg OR (c.sharedWithCoalition = TRUE AND co.id = :scopeCoalition))";
    }

    /** Binds the parameters the condition uses. */
    static <Q extends Query> Q bind(Q query, Caller caller) {
        if ((caller.role() == Role.ADVOCATE || caller.role() == Role.ANALYST) && caller.organizationId() != null) {
            query.setParameter("scopeOrg", caller.organizationId());
            if (caller.coalitionId() != null) {
                query.setParameter("scopeCoalition", caller.coalitionId());
            }
        } else if (caller.role() == Role.RECORDS_OFFICER && caller.agencyId() != null) {
            query.setParameter("scopeAgency", caller.agencyId());
        }
        return query;
    }

    /**
     * A LIKE pattern for user text, its wildcards escaped with {@code !} (use with {@code ESCAPE '!'}; a backslash
     * would need escaping itself in MariaDB's string literals).
     */
    static String contains(String text) {
        String t = text.strip().toLowerCase(java.util.Locale.ROOT)
                .replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return "%" + t + "%";
    }
}
