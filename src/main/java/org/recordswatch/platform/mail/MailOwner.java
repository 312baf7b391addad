package org.recordswatch.platform.mail;

/**
 * Whose an outgoing mail is (for the outbox's scope: the organization whose advocates may see it, or the one user it
 * was written for), who caused it, and what it is about ({@code records_request}, {@code 42}).
 */
public record MailOwner(Long organizationId, Long userId, String createdBy, String referenceType,
        String referenceId) {
}
