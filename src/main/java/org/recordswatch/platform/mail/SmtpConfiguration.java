package org.recordswatch.platform.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Reads {@link SmtpSettings} from MicroProfile Config once. */
@ApplicationScoped
public class SmtpConfiguration {

    @Inject
    @ConfigProperty(name = "rw.smtp.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "rw.smtp.port", defaultValue = "587")
    int port;

    @Inject
    @ConfigProperty(name = "rw.smtp.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "rw.smtp.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "rw.smtp.from", defaultValue = "records-watch@localhost")
    String from;

    @Inject
    @ConfigProperty(name = "rw.smtp.starttls", defaultValue = "true")
    boolean startTls;

    @Inject
    @ConfigProperty(name = "rw.smtp.ssl", defaultValue = "false")
    boolean ssl;

    /** A record cannot be proxied: each injection point gets the (immutable) settings read at startup. */
    @Produces
    @Dependent
    SmtpSettings settings() {
        return new SmtpSettings(host.filter(h -> !h.isBlank()), port, user.filter(u -> !u.isBlank()),
                password.filter(p -> !p.isEmpty()), from, startTls, ssl, 20_000);
    }
}
