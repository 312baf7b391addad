package org.recordswatch.document;

import org.recordswatch.platform.BusinessException;

/** An upload went over the configured size limit; nothing of it was kept. */
public class FileTooLargeException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public FileTooLargeException(long maxBytes) {
        super("upload.tooLarge", maxBytes);
    }
}
