package org.recordswatch.evidence;

import org.recordswatch.platform.BusinessException;

/** Another analyst changed the message since this one loaded it; nothing was saved over their change. */
public class ReviewConflictException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public ReviewConflictException(long communicationId) {
        super("review.conflict", communicationId);
    }
}
