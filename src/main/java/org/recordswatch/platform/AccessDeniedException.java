package org.recordswatch.platform;

import jakarta.ejb.ApplicationException;

/**
 * The caller may not do this. Pages and REST resources answer it like a missing object (404) where the object's
 * existence itself must not leak, and with 403 for function-level refusals; either way the attempt is audited.
 */
@ApplicationException(rollback = true, inherited = true)
public class AccessDeniedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AccessDeniedException(String message) {
        super(message);
    }
}
