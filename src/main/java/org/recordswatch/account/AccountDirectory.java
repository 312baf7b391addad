package org.recordswatch.account;

import org.recordswatch.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Read side of the accounts, used on every request to turn a session's or token's username into a {@link Caller}.
 * Active callers are cached briefly; every change to an account evicts its entry at once, so a disabled account or a
 * changed role takes effect on the user's next request.
 */
@ApplicationScoped
public class AccountDirectory {

    private static final Duration TTL = Duration.ofSeconds(30);

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    private record Cached(Optional<Caller> caller, Instant loadedAt) {
    }

    public Optional<UserAccount> findByUsername(String username) {
        if (username == null || username.isBlank()) {
            return Optional.empty();
        }
        return em.createNamedQuery("UserAccount.findByUsername", UserAccount.class)
                .setParameter("username", username.strip().toLowerCase(java.util.Locale.ROOT))
                .getResultStream()
                .findFirst();
    }

    /** The caller for an enabled account with this username; empty for unknown or disabled accounts. */
    public Optional<Caller> activeCaller(String username) {
        Instant now = clock.instant();
        Cached cached = cache.get(username);
        if (cached == null || cached.loadedAt().plus(TTL).isBefore(now)) {
            Optional<Caller> caller = findByUsername(username).filter(UserAccount::isEnabled).map(UserAccount::toCaller);
            cached = new Cached(caller, now);
            cache.put(username, cached);
        }
        return cached.caller();
    }

    public void evict(String username) {
        cache.remove(username);
    }
}
