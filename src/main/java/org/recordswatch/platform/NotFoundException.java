package org.recordswatch.platform;

import jakarta.ejb.ApplicationException;

/**
 * The object does not exist <em>for this caller</em>: either it is missing or it belongs to another agency or
 * organization. The two cases are deliberately indistinguishable (no existence oracle).
 */
@ApplicationException(rollback = true, inherited = true)
public class NotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String what, Object id) {
        super(what + " " + id + " not found");
    }
}
