package org.recordswatch.account;

import org.recordswatch.platform.security.Authorized;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

/**
 * Checks a username and password and records the outcome (failed-login counter, lockout, last login), each in its
 * own transaction so that a failure is counted even when the surrounding request fails. Unknown usernames take as
 * long as known ones, and every refusal looks the same to the caller.
 */
@Stateless
public class LoginAttempts {

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    @Inject
    Clock clock;

    /** Internal: runs before anyone is logged in, so it is not {@link Authorized}. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<UserAccount> check(String username, char[] password) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        Optional<UserAccount> found = name.isEmpty() ? Optional.empty()
                : em.createNamedQuery("UserAccount.findByUsername", UserAccount.class)
                        .setParameter("username", name).getResultStream().findFirst();
        if (found.isEmpty()) {
            hasher.verifyDecoy(password);
            return Optional.empty();
        }
        UserAccount user = found.get();
        if (!user.isEnabled() || user.isLocked(clock.instant())) {
            hasher.verifyDecoy(password);
            return Optional.empty();
        }
        if (!hasher.verify(password, user.getPasswordHash())) {
            user.recordFailedLogin(clock.instant());
            return Optional.empty();
        }
        user.recordLogin(clock.instant());
        return Optional.of(user);
    }
}
