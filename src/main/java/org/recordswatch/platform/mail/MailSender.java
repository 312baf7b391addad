package org.recordswatch.platform.mail;

/**
 * The port through which mail leaves the application. The SMTP adapter ({@link SmtpMailSender}) is the only
 * implementation that reaches the outside world; without SMTP configuration the {@link Outbox} keeps every message.
 */
public interface MailSender {

    /** Sends one mail; throws {@link MailDeliveryException} when it could not be handed to the server. */
    void send(OutgoingMail mail) throws MailDeliveryException;

    /** A failed delivery, with a message safe to show to the outbox's readers (no credentials). */
    class MailDeliveryException extends Exception {

        private static final long serialVersionUID = 1L;

        public MailDeliveryException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
