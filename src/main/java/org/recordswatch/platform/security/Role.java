package org.recordswatch.platform.security;

/**
 * The one role each account holds. Role names double as Jakarta Security groups.
 *
 * <ul>
 *   <li>{@link #ADVOCATE} files and tracks requests for their organization;</li>
 *   <li>{@link #RECORDS_OFFICER} answers the requests addressed to their one agency;</li>
 *   <li>{@link #ANALYST} reviews and exports evidence;</li>
 *   <li>{@link #ADMIN} administers accounts, the directory and the laws.</li>
 * </ul>
 */
public enum Role {
    ADVOCATE,
    RECORDS_OFFICER,
    ANALYST,
    ADMIN;

    /** The message-bundle key of the role's label. */
    public String labelKey() {
        return "role." + name();
    }
}
