package org.recordswatch.platform.mail;

/** Fired when a message entered the queue; once the transaction commits, delivery is attempted. */
public record MailQueued(long messageId) {
}
