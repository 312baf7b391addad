package org.recordswatch.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.recordswatch.account.PasswordHasher;

/**
 * The access matrix over every page of the WAR and every route of the REST API, against the application as built.
 *
 * <p>Every page under {@code src/main/webapp} must be classified below (a new page without a row fails this test),
 * and each role gets exactly what its row says. Every REST route that names an object ({@code {id}},
 * {@code {requestId}}, …) is called, as listed by the OpenAPI document, with the id of an object of another
 * organization or agency: strangers get 404 or 403, never the object. A new route whose object kind this test cannot
 * tell fails it too, so no route escapes the check.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessMatrixIT {

    enum Role { ADVOCATE, RECORDS_OFFICER, ANALYST, ADMIN }

    private static final Set<Role> EVERYONE = EnumSet.allOf(Role.class);
    private static final Set<Role> NOT_OFFICERS = EnumSet.of(Role.ADVOCATE, Role.ANALYST, Role.ADMIN);
    private static final Set<Role> ADMINS = EnumSet.of(Role.ADMIN);

    /**
     * Who may open each page without parameters. Pages whose data depends on the caller are scoped in the services;
     * the object pages are checked with another organization's objects below.
     */
    private static final Map<String, Set<Role>> PAGES = new LinkedHashMap<>();

    static {
        PAGES.put("/index.xhtml", EVERYONE);
        PAGES.put("/account/settings.xhtml", EVERYONE);
        PAGES.put("/admin/users.xhtml", ADMINS);
        PAGES.put("/agencies/index.xhtml", EVERYONE);
        PAGES.put("/campaigns/index.xhtml", NOT_OFFICERS);
        PAGES.put("/campaigns/new.xhtml", EnumSet.of(Role.ADVOCATE, Role.ADMIN));
        PAGES.put("/laws/index.xhtml", EVERYONE);
        PAGES.put("/laws/holidays.xhtml", EVERYONE);
        PAGES.put("/officer/inbox.xhtml", EnumSet.of(Role.RECORDS_OFFICER, Role.ADMIN));
        PAGES.put("/outbox.xhtml", EnumSet.of(Role.ADVOCATE, Role.ADMIN));
        PAGES.put("/requests/board.xhtml", NOT_OFFICERS);
        PAGES.put("/admin/audit.xhtml", ADMINS);
        PAGES.put("/evidence/search.xhtml", EnumSet.of(Role.ANALYST, Role.ADMIN));
        PAGES.put("/evidence/board.xhtml", EnumSet.of(Role.ANALYST, Role.ADMIN));
        PAGES.put("/admin/taxonomy.xhtml", ADMINS);
        PAGES.put("/tagging/proposals.xhtml", EnumSet.of(Role.ANALYST, Role.ADMIN));
    }

    /** Pages that show one object (named by the query parameter {@code id}, {@code campaign} for the explorer). */
    private static final Map<String, String> OBJECT_PAGES = Map.of(
            "/campaigns/view.xhtml", "campaign",
            "/requests/view.xhtml", "request",
            "/documents/request.xhtml", "request",
            "/documents/view.xhtml", "document",
            "/communications/index.xhtml", "campaign",
            "/communications/view.xhtml", "communication",
            "/communications/thread.xhtml", "thread");

    /** Pages anyone may open, logged in or not. */
    private static final Set<String> PUBLIC_PAGES = Set.of("/login.xhtml", "/error.xhtml");

    /** REST routes whose objects are shared reference data, the same for every logged-in user. */
    private static final List<String> SHARED_ROUTES = List.of("/api/agencies/", "/api/laws/");

    private static final Pattern PATH_PARAM = Pattern.compile("\\{([^}]+)}");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.asBuilt();
    }

    @ArquillianResource
    URL base;

    private static final String PASSWORD = "matrix of many doors 2026";
    private static Map<String, String> usernames;
    private static Map<String, Long> objects;

    private static Connection db() throws Exception {
        String url = "jdbc:mariadb://" + System.getProperty("it.db.host", "127.0.0.1") + ":"
                + System.getProperty("it.db.port") + "/" + System.getProperty("it.db.name", "records_watch_it");
        return DriverManager.getConnection(url, System.getProperty("it.db.user", "root"),
                System.getProperty("it.db.password", ""));
    }

    private static long insert(Connection c, String sql, Object... args) throws Exception {
        try (PreparedStatement ps = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static long agency(Connection c, String code) throws Exception {
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM agency WHERE code = ?")) {
            ps.setString(1, code);
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next(), code);
                return rs.getLong(1);
            }
        }
    }

    /**
     * Accounts of every role in two organizations and two agencies, and, owned by organization A, a campaign to the
     * Department of Health with a request and an uploaded document.
     */
    @BeforeEach
    void fixture() throws Exception {
        if (usernames != null) {
            return;
        }
        String s = UUID.randomUUID().toString().substring(0, 6);
        String hash = pbkdf2(PASSWORD);
        Map<String, String> users = new LinkedHashMap<>();
        try (Connection c = db()) {
            long orgA = insert(c, "INSERT INTO organization (name) VALUES (?)", "Matrix Org A " + s);
            long orgB = insert(c, "INSERT INTO organization (name) VALUES (?)", "Matrix Org B " + s);
            Object[][] accounts = {
                {"advocate", "ADVOCATE", orgA, null}, {"analyst", "ANALYST", orgA, null},
                {"strangerAdvocate", "ADVOCATE", orgB, null}, {"strangerAnalyst", "ANALYST", orgB, null},
                {"officer", "RECORDS_OFFICER", null, agency(c, "nm_doh")},
                {"strangerOfficer", "RECORDS_OFFICER", null, agency(c, "nm_mvd")}};
            for (Object[] a : accounts) {
                String name = "mx" + a[0].toString().toLowerCase() + s;
                insert(c, "INSERT INTO app_user (username, display_name, email, password_hash, role, organization_id, "
                        + "agency_id) VALUES (?, ?, ?, ?, ?, ?, ?)", name, name, name + "@example.org", hash, a[1],
                        a[2], a[3]);
                users.put((String) a[0], name);
            }
        }
        users.put("admin", "admin");

        ApiClient advocate = ApiClient.login(base, users.get("advocate"), PASSWORD);
        long doh = -1;
        for (JsonNode a : advocate.call("GET", "/api/agencies?q=nm_doh&max=5", null)) {
            if (a.get("code").asText().equals("nm_doh")) {
                doh = a.get("id").asLong();
            }
        }
        JsonNode campaign = advocate.call("POST", "/api/campaigns", Map.of("title", "Matrix campaign " + s,
                "recordsDescribed", "e-mails with federal agents", "requesterName", "Ana",
                "agencyIds", List.of(doh)));
        long campaignId = campaign.get("id").asLong();
        assertEquals(200, advocate.send("POST", "/api/campaigns/" + campaignId + "/send",
                Map.of("receivedOn", "2026-01-16", "byEmail", false)).statusCode());
        long requestId = advocate.call("GET", "/api/campaigns/" + campaignId + "/requests", null).get(0)
                .get("id").asLong();
        Path file = Files.createTempFile("matrix", ".eml");
        Files.writeString(file, "From: Dana Field <dana.field@example.gov>\r\nTo: Lee Clerk <lee.clerk@example.org>\r\n"
                + "Subject: Matrix check " + s + "\r\nDate: Tue, 05 Mar 2019 10:14:00 -0700\r\n"
                + "Message-ID: <matrix-" + s + "@example.gov>\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n"
                + "Please send the file for case " + s + ".\r\n", StandardCharsets.UTF_8);
        HttpResponse<String> upload = advocate.upload("/api/requests/" + requestId + "/documents",
                Map.of("channel", "EMAIL"), List.of(file));
        assertEquals(200, upload.statusCode(), upload.body());
        JsonNode uploaded = ApiClient.parse(upload.body());
        long documentId = uploaded.get("files").get(0).get("documentId").asLong();
        Files.delete(file);

        long batchId = uploaded.get("batchId").asLong();

        // Extraction and analysis turn the message into a communication in a thread.
        JsonNode communications = null;
        for (int i = 0; i < 240 && (communications == null || communications.isEmpty()); i++) {
            if (i > 0) {
                Thread.sleep(1000);
            }
            communications = advocate.call("GET", "/api/campaigns/" + campaignId + "/communications", null);
        }
        assertFalse(communications.isEmpty(), "the uploaded message became a communication");
        objects = Map.of("campaign", campaignId, "request", requestId, "document", documentId, "batch", batchId,
                "communication", communications.get(0).get("id").asLong(),
                "thread", communications.get(0).get("threadId").asLong());
        usernames = users;
    }

    /** A password hash in the format of the application's PBKDF2 hasher (Soteria's {@code alg:iterations:salt:hash}). */
    private static String pbkdf2(String password) throws Exception {
        byte[] salt = new byte[32];
        new SecureRandom().nextBytes(salt);
        byte[] hash = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(
                new PBEKeySpec(password.toCharArray(), salt, PasswordHasher.ITERATIONS, 256)).getEncoded();
        return String.join(":", "PBKDF2WithHmacSHA256", String.valueOf(PasswordHasher.ITERATIONS),
                Base64.getEncoder().encodeToString(salt), Base64.getEncoder().encodeToString(hash));
    }

    private HttpSession as(String who) throws Exception {
        HttpSession session = new HttpSession(base);
        String password = who.equals("admin")
                ? System.getProperty("it.admin.password", "Integration-Test-Secret-42") : PASSWORD;
        HttpResponse<String> login = session.login(usernames.get(who), password);
        assertEquals(302, login.statusCode(), who + " logs in");
        assertFalse(login.headers().firstValue("Location").orElse("").contains("login.xhtml"), who + " logs in");
        return session;
    }

    private static Role roleOf(String who) {
        return switch (who) {
            case "admin" -> Role.ADMIN;
            case "analyst", "strangerAnalyst" -> Role.ANALYST;
            case "officer", "strangerOfficer" -> Role.RECORDS_OFFICER;
            default -> Role.ADVOCATE;
        };
    }

    private static List<String> pagesOfTheWar() throws Exception {
        Path root = Path.of("src/main/webapp");
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".xhtml"))
                    .map(p -> "/" + root.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !p.startsWith("/WEB-INF/") && !p.startsWith("/resources/"))
                    .sorted().toList();
        }
    }

    @Test
    void everyPageOfTheWarIsClassified() throws Exception {
        List<String> unclassified = new ArrayList<>();
        for (String page : pagesOfTheWar()) {
            if (!PAGES.containsKey(page) && !OBJECT_PAGES.containsKey(page) && !PUBLIC_PAGES.contains(page)) {
                unclassified.add(page);
            }
        }
        assertEquals(List.of(), unclassified, "pages with no row in the access matrix");
    }

    @Test
    void eachRoleOpensExactlyThePagesItsRowAllows() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (String who : List.of("advocate", "analyst", "officer", "admin")) {
            HttpSession session = as(who);
            Role role = roleOf(who);
            for (Map.Entry<String, Set<Role>> page : PAGES.entrySet()) {
                int status = session.get(page.getKey()).statusCode();
                boolean allowed = page.getValue().contains(role);
                if (allowed ? status != 200 : status != 403 && status != 404) {
                    wrong.add(role + " " + page.getKey() + " -> " + status);
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void anObjectPageShowsItsObjectOnlyToThoseWhoShareIt() throws Exception {
        Map<String, Set<String>> seeing = Map.of(
                "campaign", Set.of("advocate", "analyst", "admin"),
                "request", Set.of("advocate", "analyst", "admin", "officer"),
                "document", Set.of("advocate", "analyst", "admin", "officer"),
                "communication", Set.of("advocate", "analyst", "admin"),
                "thread", Set.of("advocate", "analyst", "admin"));
        List<String> wrong = new ArrayList<>();
        for (String who : List.of("advocate", "analyst", "officer", "admin", "strangerAdvocate", "strangerAnalyst",
                "strangerOfficer")) {
            HttpSession session = as(who);
            for (Map.Entry<String, String> page : OBJECT_PAGES.entrySet()) {
                String kind = page.getValue();
                String parameter = page.getKey().equals("/communications/index.xhtml") ? "campaign" : "id";
                HttpResponse<String> r = session.get(page.getKey() + "?" + parameter + "=" + objects.get(kind));
                boolean sees = seeing.get(kind).contains(who);
                if (sees ? r.statusCode() != 200 : r.statusCode() != 404 && r.statusCode() != 403) {
                    wrong.add(who + " " + page.getKey() + " -> " + r.statusCode());
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    /** Every GET route of the API that names an object, from the OpenAPI document: strangers never get it. */
    @Test
    void noApiRouteHandsAnObjectToAnotherOrganizationOrAgency() throws Exception {
        ApiClient admin = ApiClient.login(base, "admin", System.getProperty("it.admin.password",
                "Integration-Test-Secret-42"));
        HttpResponse<String> doc = admin.send("GET", "/openapi", null);
        assertEquals(200, doc.statusCode());
        Map<String, Set<String>> routes = routes(doc.body());
        assertTrue(routes.containsKey("/api/requests/{id}"), routes.keySet().toString());

        List<ApiClient> strangers = List.of(ApiClient.login(base, usernames.get("strangerAdvocate"), PASSWORD),
                ApiClient.login(base, usernames.get("strangerAnalyst"), PASSWORD),
                ApiClient.login(base, usernames.get("strangerOfficer"), PASSWORD));
        ApiClient owner = ApiClient.login(base, usernames.get("advocate"), PASSWORD);
        List<String> unclassified = new ArrayList<>();
        List<String> leaks = new ArrayList<>();
        int checked = 0;
        for (Map.Entry<String, Set<String>> route : routes.entrySet()) {
            String path = route.getKey();
            if (!route.getValue().contains("get") || !PATH_PARAM.matcher(path).find()
                    || SHARED_ROUTES.stream().anyMatch(path::startsWith)) {
                continue;
            }
            String concrete = concrete(path);
            if (concrete == null) {
                unclassified.add(path);
                continue;
            }
            int ownerStatus = get(owner, concrete);
            if (ownerStatus != 200) {
                leaks.add(concrete + " -> " + ownerStatus + " for its owner: the check would prove nothing");
            }
            for (ApiClient stranger : strangers) {
                int status = get(stranger, concrete);
                if (status != 404 && status != 403) {
                    leaks.add(concrete + " -> " + status + " (owner " + ownerStatus + ")");
                }
            }
            checked++;
        }
        assertEquals(List.of(), unclassified, "routes whose object this test cannot tell: add them to concrete()");
        assertEquals(List.of(), leaks);
        assertTrue(checked >= 5, "only " + checked + " object routes found in " + routes.keySet());
    }

    /** The status of a GET with any representation accepted (some routes answer PDF, CSV or iCalendar). */
    private int get(ApiClient client, String path) throws Exception {
        return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(base.toString().replaceAll("/$", "") + path))
                .header("Authorization", "Bearer " + client.token()).header("Accept", "*/*").build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** A route with its path parameters replaced by organization A's objects, or null when the kind is unknown. */
    private static String concrete(String path) {
        String[] segments = path.split("/");
        StringBuilder out = new StringBuilder();
        for (int i = 1; i < segments.length; i++) {
            String segment = segments[i];
            Matcher m = PATH_PARAM.matcher(segment);
            if (!m.matches() && m.find()) {
                // a parameter inside a segment, such as communications.{format: csv|json}: its first choice
                String choices = m.group(1).contains(":") ? m.group(1).substring(m.group(1).indexOf(':') + 1) : "";
                if (!choices.strip().matches("[\\w|]+")) {
                    return null;
                }
                segment = segment.substring(0, m.start()) + choices.strip().split("\\|")[0] + segment.substring(m.end());
                m = PATH_PARAM.matcher(segment);
            }
            if (m.matches()) {
                String kind = kindOf(segments[i - 1], m.group(1));
                if (kind == null) {
                    return null;
                }
                segment = String.valueOf(objects.get(kind));
            }
            out.append('/').append(segment);
        }
        return out.toString();
    }

    private static String kindOf(String collection, String parameter) {
        return switch (parameter) {
            case "requestId" -> "request";
            case "campaignId" -> "campaign";
            case "documentId" -> "document";
            case "threadId" -> "thread";
            case "id" -> switch (collection) {
                case "campaigns" -> "campaign";
                case "requests" -> "request";
                case "documents" -> "document";
                case "batches" -> "batch";
                case "communications" -> "communication";
                default -> null;
            };
            default -> null;
        };
    }

    /** The paths of an OpenAPI document (JSON, or YAML as Payara serves it by default) with their methods. */
    static Map<String, Set<String>> routes(String yaml) throws Exception {
        Map<String, Set<String>> routes = new LinkedHashMap<>();
        if (yaml.stripLeading().startsWith("{")) {
            ApiClient.parse(yaml).path("paths").fields().forEachRemaining(p -> {
                Set<String> methods = new TreeSet<>();
                p.getValue().fieldNames().forEachRemaining(m -> methods.add(m.toLowerCase(java.util.Locale.ROOT)));
                routes.put(p.getKey(), methods);
            });
            if (routes.isEmpty()) {
                fail("no paths in the OpenAPI document");
            }
            return routes;
        }
        boolean inPaths = false;
        String current = null;
        for (String line : yaml.split("\\R")) {
            if (line.startsWith("paths:")) {
                inPaths = true;
                continue;
            }
            if (inPaths && !line.isEmpty() && !Character.isWhitespace(line.charAt(0))) {
                break;
            }
            if (!inPaths) {
                continue;
            }
            Matcher path = Pattern.compile("^  ['\"]?(/[^'\":]*)['\"]?:\\s*$").matcher(line);
            Matcher method = Pattern.compile("^    (get|post|put|delete|patch):\\s*$").matcher(line);
            if (path.matches()) {
                current = path.group(1);
                routes.put(current, new TreeSet<>());
            } else if (method.matches() && current != null) {
                routes.get(current).add(method.group(1));
            }
        }
        if (routes.isEmpty()) {
            fail("no paths in the OpenAPI document:\n" + yaml.substring(0, Math.min(2000, yaml.length())));
        }
        return routes;
    }
}
