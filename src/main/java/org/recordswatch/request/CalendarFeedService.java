package org.recordswatch.request;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.recordswatch.audit.AuditTrail;
import org.recordswatch.platform.security.Authorized;
import org.recordswatch.platform.security.Caller;
import org.recordswatch.platform.security.CallerContext;

/**
 * The calendar feed of a user's deadlines at a secret address ({@code /calendar/<token>.ics}): a random 256-bit
 * token per user, stored only as its hash, shown once, replaceable and revocable. The feed holds exactly the open
 * deadlines of the requests its owner could see when logged in ({@link CalendarFeeds}), and stops working when the
 * account is disabled.
 */
@Stateless
public class CalendarFeedService {

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerContext callers;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    /** Whether the caller has an active feed address. */
    @Authorized
    public boolean hasFeed() {
        return active(callers.current().userId()).isPresent();
    }

    /** Makes a new secret address for the caller (the previous one stops working) and returns its token, once. */
    @Authorized
    public String renew() {
        Caller caller = callers.current();
        active(caller.userId()).ifPresent(t -> t.revoke(clock.instant()));
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        em.persist(new CalendarToken(caller.userId(), sha256(token), clock.instant()));
        audit.record(caller.username(), "CALENDAR_FEED_RENEW", "user", caller.username());
        return token;
    }

    @Authorized
    public void revoke() {
        Caller caller = callers.current();
        active(caller.userId()).ifPresent(t -> t.revoke(clock.instant()));
        audit.record(caller.username(), "CALENDAR_FEED_REVOKE", "user", caller.username());
    }

    private Optional<CalendarToken> active(Long userId) {
        if (userId == null) {
            return Optional.empty();
        }
        return em.createNamedQuery("CalendarToken.activeOf", CalendarToken.class).setParameter("user", userId)
                .getResultStream().findFirst();
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
