package org.recordswatch.platform.mail;

import java.util.Optional;

/**
 * How to reach the SMTP server, from MicroProfile Config ({@code RW_SMTP_HOST}, {@code RW_SMTP_PORT},
 * {@code RW_SMTP_USER}, {@code RW_SMTP_PASSWORD}, {@code RW_SMTP_FROM}, {@code RW_SMTP_STARTTLS},
 * {@code RW_SMTP_SSL}). Without a host, SMTP is not configured and mail stays in the outbox.
 */
public record SmtpSettings(Optional<String> host, int port, Optional<String> user, Optional<String> password,
        String from, boolean startTls, boolean ssl, int timeoutMillis) {

    public boolean configured() {
        return host.filter(h -> !h.isBlank()).isPresent();
    }

    @Override
    public String toString() {
        // never print the password
        return "SmtpSettings[host=" + host.orElse("-") + ", port=" + port + ", user=" + user.orElse("-") + ", from="
                + from + ", startTls=" + startTls + ", ssl=" + ssl + "]";
    }
}
