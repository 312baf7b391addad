package org.recordswatch.platform;

import jakarta.ejb.ApplicationException;
import java.util.Arrays;

/**
 * A rule of the business was broken by the caller's input (a weak password, a denial without its required elements,
 * an upload over the limit). Carries the message-bundle key that explains it to the user, and its arguments. Rolls
 * the transaction back; reaches the caller unwrapped.
 */
@ApplicationException(rollback = true, inherited = true)
public class BusinessException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final String messageKey;
    private final transient Object[] args;

    public BusinessException(String messageKey, Object... args) {
        super(messageKey + (args.length == 0 ? "" : " " + Arrays.toString(args)));
        this.messageKey = messageKey;
        this.args = args.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }
}
