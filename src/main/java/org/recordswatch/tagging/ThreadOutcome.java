package org.recordswatch.tagging;

import java.util.Locale;

/** What became of a thread, seen from the state agency. */
public enum ThreadOutcome {
    /** State staff sent personal data to the federal side. */
    DISCLOSED,
    /** State staff declined (typically asking for a judicial warrant). */
    REFUSED,
    /** State staff sent the requester elsewhere (counsel, a records unit, a form). */
    REDIRECTED,
    /** No reply from state staff to the federal side was produced. */
    NO_RESPONSE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
