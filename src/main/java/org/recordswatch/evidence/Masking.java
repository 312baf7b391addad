package org.recordswatch.evidence;

import org.recordswatch.platform.AccessDeniedException;
import org.recordswatch.platform.security.Caller;
import org.recordswatch.platform.security.Role;

/**
 * Whether an export or excerpt shows personal data masked (the default for everyone) or as recorded. Only an
 * administrator may ask for unmasked output (there is no lead-analyst role); every unmasked export is audit-logged by
 * the service that produces it.
 */
public enum Masking {
    MASKED,
    UNMASKED;

    /** The roles that may see unmasked personal data. */
    public static final Role[] UNMASK_ROLES = {Role.ADMIN};

    /** The masking for a caller's request: masked unless unmasked was asked for and the caller may have it. */
    public static Masking forRequest(Caller caller, boolean unmaskedRequested) {
        if (!unmaskedRequested) {
            return MASKED;
        }
        if (!mayUnmask(caller)) {
            throw new AccessDeniedException(caller.username() + " may not export unmasked personal data");
        }
        return UNMASKED;
    }

    public static boolean mayUnmask(Caller caller) {
        return caller.hasAnyRole(UNMASK_ROLES);
    }

    public boolean masked() {
        return this == MASKED;
    }

    /** The audit action suffix: exports are recorded as e.g. {@code EXPORT_CSV_UNMASKED}. */
    public String auditSuffix() {
        return this == MASKED ? "" : "_UNMASKED";
    }
}
