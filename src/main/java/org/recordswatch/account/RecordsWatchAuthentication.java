package org.recordswatch.account;

import org.recordswatch.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.recordswatch.audit.ClientAddress;

/**
 * How every request is authenticated.
 *
 * <ol>
 *   <li>{@code Authorization: Bearer rw_...} (REST API): a personal API token; no session is created.</li>
 *   <li>A login from the login page ({@code SecurityContext.authenticate} with a username and password): the session id
 *       is rotated, the username stored in the session.</li>
 *   <li>A session with a username: the account is re-checked on every request (cached briefly), so a disabled
 *       account or a changed role takes effect at once; sessions also end after an absolute lifetime.</li>
 *   <li>Nobody, on a protected resource: pages redirect to the login page (remembering where the user was going),
 *       JSF Ajax requests get a partial-response redirect, the API answers 401.</li>
 * </ol>
 */
@ApplicationScoped
public class RecordsWatchAuthentication implements HttpAuthenticationMechanism {

    static final String SESSION_USER = "rw.user";
    static final String TOKEN_ENDPOINT = "/api/tokens";
    static final String SESSION_SINCE = "rw.since";

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    AccountDirectory directory;

    @Inject
    ApiTokens apiTokens;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "rw.session.absolute-hours", defaultValue = "12")
    int absoluteHours;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext ctx) {
        ClientAddress.set(request.getRemoteAddr());
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return bearer(authorization.substring(7).strip(), ctx);
        }
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)
                && TOKEN_ENDPOINT.equals(request.getRequestURI().substring(request.getContextPath().length()))
                && "POST".equals(request.getMethod())) {
            return basicForToken(authorization.substring(6).strip(), ctx);
        }
        Credential credential = ctx.getAuthParameters().getCredential();
        if (credential != null) {
            return login(request, credential, ctx);
        }
        Optional<Caller> fromSession = sessionCaller(request);
        if (fromSession.isPresent()) {
            Caller caller = fromSession.get();
            return ctx.notifyContainerAboutLogin(caller.username(), Set.of(caller.role().name()));
        }
        if (!ctx.isProtected()) {
            return ctx.doNothing();
        }
        return challenge(request, response, ctx);
    }

    private AuthenticationStatus bearer(String token, HttpMessageContext ctx) {
        return apiTokens.authenticate(token)
                .flatMap(directory::activeCaller)
                .map(c -> ctx.notifyContainerAboutLogin(c.username(), Set.of(c.role().name())))
                .orElseGet(() -> apiUnauthorized(ctx.getResponse()));
    }

    /**
     * Username and password are accepted in one place only: {@code POST /api/tokens}, so that a script can obtain an
     * API token without a browser. The same lockout applies as on the login page; no session is created.
     */
    private AuthenticationStatus basicForToken(String encoded, HttpMessageContext ctx) {
        String decoded;
        try {
            decoded = new String(java.util.Base64.getDecoder().decode(encoded), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return apiUnauthorized(ctx.getResponse());
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return apiUnauthorized(ctx.getResponse());
        }
        CredentialValidationResult result = identityStores.validate(new jakarta.security.enterprise.credential
                .UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1)));
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return apiUnauthorized(ctx.getResponse());
        }
        return ctx.notifyContainerAboutLogin(result);
    }

    private AuthenticationStatus login(HttpServletRequest request, Credential credential, HttpMessageContext ctx) {
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            // The login page shows the refusal itself; nothing is written to the response here.
            return AuthenticationStatus.SEND_FAILURE;
        }
        String username = result.getCallerPrincipal().getName();
        directory.evict(username);
        // A new session id at the moment of login: a session id known before login is useless after it.
        HttpSession session = request.getSession(true);
        request.changeSessionId();
        session.setAttribute(SESSION_USER, username);
        session.setAttribute(SESSION_SINCE, clock.instant());
        return ctx.notifyContainerAboutLogin(result);
    }

    private Optional<Caller> sessionCaller(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(SESSION_USER) instanceof String username)) {
            return Optional.empty();
        }
        Instant since = (Instant) session.getAttribute(SESSION_SINCE);
        boolean expired = since == null || since.plus(Duration.ofHours(absoluteHours)).isBefore(clock.instant());
        Optional<Caller> caller = expired ? Optional.empty() : directory.activeCaller(username);
        if (caller.isEmpty()) {
            // Disabled, deleted or expired: the session ends here.
            session.invalidate();
        }
        return caller;
    }

    private AuthenticationStatus challenge(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext ctx) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/")) {
            return apiUnauthorized(response);
        }
        String loginUrl = request.getContextPath() + LoginFlow.LOGIN_PAGE;
        if ("GET".equals(request.getMethod())) {
            String query = request.getQueryString();
            request.getSession(true).setAttribute(LoginFlow.SESSION_CONTINUE, query == null ? path : path + "?" + query);
        }
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            try {
                response.setContentType("text/xml");
                response.setCharacterEncoding("UTF-8");
                response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response>"
                        + "<redirect url=\"" + loginUrl + "\"></redirect></partial-response>");
            } catch (IOException e) {
                return ctx.responseUnauthorized();
            }
            return AuthenticationStatus.SEND_CONTINUE;
        }
        return ctx.redirect(loginUrl);
    }

    /** 401 with a JSON body like every other API error (never the server's HTML error page). */
    private static AuthenticationStatus apiUnauthorized(HttpServletResponse response) {
        try {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setHeader("WWW-Authenticate", "Bearer realm=\"records-watch\"");
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("{\"status\":401,\"code\":\"unauthorized\","
                    + "\"message\":\"A valid API token (Authorization: Bearer rw_...) is required\"}");
            response.flushBuffer();
        } catch (IOException e) {
            // the client went away; the status is what matters
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext ctx) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }
}
