package org.recordswatch.platform.security;

import org.recordswatch.platform.AccessDeniedException;
import java.io.Serializable;
import java.util.Arrays;
import java.util.Objects;

/**
 * Who is calling a service: the authenticated account's id, name, role and affiliation, captured once per request.
 * Services use it for role checks and to scope every query (an officer sees only their agency, an advocate only their
 * organization). {@link #system()} is the caller of background jobs.
 */
public record Caller(Long userId, String username, Role role, Long organizationId, Long coalitionId, Long agencyId)
        implements Serializable {

    private static final String SYSTEM = "system";

    public Caller {
        Objects.requireNonNull(username, "username");
    }

    /** The identity under which scheduled and background work runs. It has no role and passes no role check. */
    public static Caller system() {
        return new Caller(null, SYSTEM, null, null, null, null);
    }

    /** Nobody is logged in. Passes no role check. */
    public static Caller anonymous() {
        return new Caller(null, "anonymous", null, null, null, null);
    }

    public boolean isSystem() {
        return userId == null && SYSTEM.equals(username);
    }

    public boolean hasRole(Role r) {
        return role == r;
    }

    public boolean hasAnyRole(Role... roles) {
        return role != null && Arrays.asList(roles).contains(role);
    }

    /** Throws {@link AccessDeniedException} unless the caller holds one of the roles. */
    public Caller require(Role... roles) {
        if (!hasAnyRole(roles)) {
            throw new AccessDeniedException(username + " lacks any of " + Arrays.toString(roles));
        }
        return this;
    }
}
