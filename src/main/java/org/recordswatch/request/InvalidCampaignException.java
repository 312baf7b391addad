package org.recordswatch.request;

import org.recordswatch.platform.BusinessException;

/** A campaign or request form that breaks a rule; the message key explains which. */
public class InvalidCampaignException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public InvalidCampaignException(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
