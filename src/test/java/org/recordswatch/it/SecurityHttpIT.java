package org.recordswatch.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What the network sees: cookies, session lifecycle, headers, and that nothing but login is public. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecurityHttpIT {

    private static final String ADMIN_PASSWORD = System.getProperty("it.admin.password", "Integration-Test-Secret-42");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.asBuilt();
    }

    @ArquillianResource
    URL base;

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteStrict() throws Exception {
        HttpResponse<String> login = new HttpSession(base).get("/login.xhtml");
        String cookie = HttpSession.setCookie(login, "JSESSIONID").orElseThrow().toLowerCase(Locale.ROOT);
        assertTrue(cookie.contains("httponly"), cookie);
        assertTrue(cookie.contains("samesite=strict"), cookie);
    }

    @Test
    void loginRotatesTheSessionIdAndLogoutEndsTheSession() throws Exception {
        HttpSession http = new HttpSession(base);
        http.get("/login.xhtml");
        String before = http.sessionCookie();
        assertNotNull(before);
        HttpResponse<String> loggedIn = http.login("admin", ADMIN_PASSWORD);
        assertEquals(302, loggedIn.statusCode(), loggedIn.body());
        String after = http.sessionCookie();
        assertNotEquals(before, after, "the session id must change at login");

        // The pre-login id is worthless.
        HttpSession attacker = new HttpSession(base);
        attacker.useSessionCookie(before);
        assertRedirectsToLogin(attacker.get("/index.xhtml"));

        assertEquals(200, http.get("/index.xhtml").statusCode());
        HttpResponse<String> home = http.get("/index.xhtml");
        java.util.Map<String, String> logout = new java.util.LinkedHashMap<>();
        logout.put("logoutForm", "logoutForm");
        logout.put("logoutForm:logout", "");
        logout.put("jakarta.faces.ViewState", HttpSession.viewState(home.body()));
        logout.put("primefaces.nonce", HttpSession.cspNonce(home));
        HttpResponse<String> out = http.postForm("/index.xhtml", logout);
        assertEquals(302, out.statusCode());

        // Replaying the logged-in session id after logout leads to the login page.
        HttpSession replay = new HttpSession(base);
        replay.useSessionCookie(after);
        assertRedirectsToLogin(replay.get("/index.xhtml"));
    }

    @Test
    void onlyTheLoginPageAndStaticResourcesArePublic() throws Exception {
        HttpSession anonymous = new HttpSession(base);
        for (String page : List.of("/", "/index.xhtml", "/admin/users.xhtml", "/account/settings.xhtml",
                "/anything.xhtml", "/WEB-INF/web.xml", "/metrics", "/health", "/openapi")) {
            HttpResponse<String> r = anonymous.get(page);
            assertTrue(r.statusCode() == 302 || r.statusCode() == 404 || r.statusCode() == 401,
                    page + " answered " + r.statusCode());
            if (r.statusCode() == 302) {
                assertRedirectsToLogin(r);
            }
        }
        assertEquals(200, anonymous.get("/login.xhtml").statusCode());
        assertEquals(200, anonymous.get("/jakarta.faces.resource/rw/layout.css.xhtml").statusCode());
    }

    @Test
    void theApiAnswers401InJsonWithoutAToken() throws Exception {
        HttpResponse<String> r = new HttpSession(base).get("/api/agencies");
        assertEquals(401, r.statusCode());
        assertTrue(r.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
        assertTrue(r.body().contains("\"unauthorized\""), r.body());
        HttpResponse<String> bad = new HttpSession(base).get("/api/agencies", "Bearer rw_notARealToken");
        assertEquals(401, bad.statusCode());
    }

    @Test
    void aScriptGetsATokenWithItsPasswordOnlyAtTheTokenEndpointAndUsesItAfterwards() throws Exception {
        String basic = "Basic " + java.util.Base64.getEncoder().encodeToString(
                ("admin:" + ADMIN_PASSWORD).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        HttpSession http = new HttpSession(base);
        HttpResponse<String> created = http.post("/api/tokens?name=it-script", basic);
        assertEquals(201, created.statusCode(), created.body());
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"token\"\\s*:\\s*\"(rw_[A-Za-z0-9]+)\"")
                .matcher(created.body());
        assertTrue(m.find(), created.body());
        assertTrue(http.sessionCookie() == null, "no session for API calls");
        assertEquals(200, http.get("/api/organizations", "Bearer " + m.group(1)).statusCode());
        // The password works nowhere else, and a wrong one not even there.
        assertEquals(401, http.get("/api/organizations", basic).statusCode());
        String wrong = "Basic " + java.util.Base64.getEncoder().encodeToString(
                "admin:wrong-password-here".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(401, http.post("/api/tokens", wrong).statusCode());
    }

    @Test
    void pagesCarryStrictSecurityHeaders() throws Exception {
        HttpResponse<String> r = new HttpSession(base).get("/login.xhtml");
        String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("frame-ancestors 'none'"), csp);
        assertTrue(csp.contains("'nonce-"), csp);
        assertTrue(!csp.contains("unsafe-eval") && !csp.matches(".*script-src[^;]*unsafe-inline.*"), csp);
        assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals("no-store", r.headers().firstValue("Cache-Control").orElse(""));
        assertEquals("DENY", r.headers().firstValue("X-Frame-Options").orElse(""));
    }

    @Test
    void traceIsRefused() throws Exception {
        int status = new HttpSession(base).method("TRACE", "/login.xhtml").statusCode();
        assertTrue(status == 403 || status == 405, "TRACE answered " + status);
    }

    @Test
    void theResourceHandlerDoesNotServeFilesOutsideItsLibraries() throws Exception {
        HttpSession anonymous = new HttpSession(base);
        for (String probe : List.of("/jakarta.faces.resource/web.xml.xhtml?loc=../WEB-INF",
                "/jakarta.faces.resource/..%2fWEB-INF%2fweb.xml.xhtml",
                "/jakarta.faces.resource/web.xml.xhtml?con=..")) {
            HttpResponse<String> r = anonymous.get(probe);
            assertTrue(!r.body().contains("<web-app"), probe + " leaked web.xml");
        }
    }

    private static void assertRedirectsToLogin(HttpResponse<String> r) {
        assertEquals(302, r.statusCode(), "expected a redirect to the login page");
        assertTrue(r.headers().firstValue("Location").orElse("").contains("/login.xhtml"),
                r.headers().firstValue("Location").orElse(""));
    }
}
