package org.recordswatch.platform.security;

/**
 * Fired (synchronously) whenever a caller is refused: a role check failed, or an object outside the caller's scope
 * was asked for. The audit trail observes it; nothing else should.
 */
public record AccessRefused(String actor, String action, String targetType, String targetId) {
}
