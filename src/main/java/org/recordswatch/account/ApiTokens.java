package org.recordswatch.account;

import org.recordswatch.platform.security.Authorized;
import org.recordswatch.platform.security.CallerContext;
import org.recordswatch.platform.security.Caller;
import org.recordswatch.platform.NotFoundException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.recordswatch.audit.AuditTrail;

/** Personal API tokens: created and revoked by their owner, checked on every API request. */
@Stateless
public class ApiTokens {

    static final String PREFIX = "rw_";
    private static final char[] ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerContext callers;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    @Inject
    AccountDirectory directory;

    /** A token just created: the plain text is returned once and never stored. */
    public record NewToken(Long id, String name, String token) {
    }

    @Authorized
    public NewToken create(String name, Duration validity) {
        Caller caller = callers.current();
        UserAccount user = em.find(UserAccount.class, caller.userId());
        StringBuilder sb = new StringBuilder(PREFIX);
        for (int i = 0; i < 40; i++) {
            sb.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        String token = sb.toString();
        var now = clock.instant();
        ApiToken entity = new ApiToken(user, name, token.substring(PREFIX.length(), PREFIX.length() + 8),
                sha256(token), now, validity == null ? null : now.plus(validity));
        em.persist(entity);
        em.flush();
        audit.record(caller.username(), "API_TOKEN_CREATE", "api_token", String.valueOf(entity.getId()));
        return new NewToken(entity.getId(), entity.getName(), token);
    }

    @Authorized
    public List<ApiToken> mine() {
        return em.createNamedQuery("ApiToken.findByUser", ApiToken.class)
                .setParameter("userId", callers.current().userId()).getResultList();
    }

    @Authorized
    public void revoke(long tokenId) {
        Caller caller = callers.current();
        ApiToken token = em.find(ApiToken.class, tokenId);
        if (token == null || !token.getUser().getId().equals(caller.userId())) {
            throw new NotFoundException("API token", tokenId);
        }
        token.revoke(clock.instant());
        audit.record(caller.username(), "API_TOKEN_REVOKE", "api_token", String.valueOf(tokenId));
    }

    /** Internal, used by the authentication mechanism: the username a usable token belongs to. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<String> authenticate(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 128) {
            return Optional.empty();
        }
        var now = clock.instant();
        return em.createNamedQuery("ApiToken.findByHash", ApiToken.class)
                .setParameter("hash", sha256(token))
                .getResultStream()
                .findFirst()
                .filter(t -> t.isUsable(now))
                .map(t -> {
                    t.markUsed(now);
                    return t.getUser().getUsername();
                })
                .filter(username -> directory.activeCaller(username).isPresent());
    }

    static String sha256(String s) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
