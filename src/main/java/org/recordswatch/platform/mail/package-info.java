/**
 * Outgoing mail: the {@link org.recordswatch.platform.mail.MailSender} port, its Jakarta Mail SMTP adapter (used when
 * {@code RW_SMTP_HOST} is set), and the outbox every message goes through first, so that nothing is ever dropped
 * (held for delivery by hand without SMTP). Knows nothing of what the mail is about beyond an owner and a reference.
 */
package org.recordswatch.platform.mail;
