package org.recordswatch.audit;

import java.io.Serializable;
import java.time.Instant;

/** What the audit page filters by; every field optional. {@code to} is exclusive. */
public record AuditFilter(String actor, String action, String targetType, String targetId, String outcome,
        Instant from, Instant to) implements Serializable {

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null, null, null);
    }
}
