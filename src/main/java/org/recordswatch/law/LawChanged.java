package org.recordswatch.law;

/**
 * Fired (synchronously, inside the transaction) when an admin changed a law's clocks or the holidays it counts with,
 * so that open requests under it get their deadlines recomputed, each change logged with {@code reason}.
 */
public record LawChanged(long lawId, String changedBy, String reason) {
}
