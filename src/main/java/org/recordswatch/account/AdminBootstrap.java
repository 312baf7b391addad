package org.recordswatch.account;

import org.recordswatch.platform.security.Role;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.recordswatch.audit.AuditTrail;

/**
 * At the first start (no account exists), creates the administrator {@code admin}: with {@code ADMIN_PASSWORD} when
 * it is set, else with a generated password printed once to the log. Later starts change nothing.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class AdminBootstrap {

    private static final Logger LOG = Logger.getLogger(AdminBootstrap.class.getName());
    static final String ADMIN_USERNAME = "admin";

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "admin.password")
    Optional<String> adminPassword;

    @PostConstruct
    void createFirstAdmin() {
        long accounts = em.createNamedQuery("UserAccount.countAll", Long.class).getSingleResult();
        if (accounts > 0) {
            return;
        }
        String password = adminPassword.filter(p -> !p.isBlank()).orElse(null);
        boolean generated = password == null;
        if (generated) {
            password = generatePassword();
        } else if (PasswordPolicy.violation(ADMIN_USERNAME, password.toCharArray()).isPresent()) {
            throw new IllegalStateException("ADMIN_PASSWORD is too weak: use at least "
                    + PasswordPolicy.MIN_LENGTH + " characters that are not a common password");
        }
        UserAccount admin = new UserAccount(ADMIN_USERNAME, "Administrator", null,
                hasher.hash(password.toCharArray()), clock.instant());
        admin.assign(Role.ADMIN, null, null);
        em.persist(admin);
        audit.record("system", "USER_CREATE", "user", ADMIN_USERNAME);
        if (generated) {
            String shown = password;
            LOG.warning(() -> "\n==================================================================\n"
                    + " Records Watch: first start. Administrator account created.\n"
                    + "   username: " + ADMIN_USERNAME + "\n"
                    + "   password: " + shown + "\n"
                    + " This password is shown only once. Log in and change it, or set\n"
                    + " ADMIN_PASSWORD before the first start next time.\n"
                    + "==================================================================");
        } else {
            LOG.info("Records Watch: first start. Administrator 'admin' created with the password from ADMIN_PASSWORD.");
        }
    }

    static String generatePassword() {
        final String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
        SecureRandom random = new SecureRandom();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            if (i > 0 && i % 5 == 0) {
                sb.append('-');
            }
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return sb.toString();
    }
}
