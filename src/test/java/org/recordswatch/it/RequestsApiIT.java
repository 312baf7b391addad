package org.recordswatch.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The REST API, the OpenAPI document and the calendar feed over HTTP, against the WAR as built. Accounts, API tokens
 * and a calendar token are put into the test database directly (the API has no account administration); everything
 * else goes through the API with each role's token, which must meet the same rules as the pages.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RequestsApiIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SecureRandom RANDOM = new SecureRandom();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.asBuilt();
    }

    @ArquillianResource
    URL base;

    private final HttpClient http = HttpClient.newHttpClient();

    private static String advocate;
    private static String stranger;
    private static String officer;
    private static String analyst;
    private static String feedToken;
    private static long advocateId;

    private static Connection db() throws Exception {
        String url = "jdbc:mariadb://" + System.getProperty("it.db.host", "127.0.0.1") + ":"
                + System.getProperty("it.db.port") + "/" + System.getProperty("it.db.name", "records_watch_it");
        return DriverManager.getConnection(url, System.getProperty("it.db.user", "root"),
                System.getProperty("it.db.password", ""));
    }

    private static String sha256(String s) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
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

    /** An account of a role with an API token; returns the token. Nobody logs in with the dummy password hash. */
    private static String account(Connection c, String name, String role, Long org, Long agency) throws Exception {
        long userId = insert(c, "INSERT INTO app_user (username, display_name, email, password_hash, role, "
                + "organization_id, agency_id) VALUES (?, ?, ?, 'not-a-login', ?, ?, ?)", name, name,
                name + "@example.org", role, org, agency);
        String token = "rw_" + UUID.randomUUID().toString().replace("-", "") + "abcdefgh";
        insert(c, "INSERT INTO api_token (user_id, name, token_prefix, token_hash) VALUES (?, 'it', ?, ?)", userId,
                token.substring(3, 11), sha256(token));
        if (name.startsWith("ana")) {
            advocateId = userId;
        }
        return token;
    }

    @BeforeEach
    void fixture() throws Exception {
        if (advocate != null) {
            return;
        }
        String s = UUID.randomUUID().toString().substring(0, 6);
        try (Connection c = db()) {
            long a = insert(c, "INSERT INTO organization (name) VALUES (?)", "API Org A " + s);
            long x = insert(c, "INSERT INTO organization (name) VALUES (?)", "API Org X " + s);
            long doh;
            try (Statement st = c.createStatement();
                    ResultSet rs = st.executeQuery("SELECT id FROM agency WHERE code = 'nm_doh'")) {
                rs.next();
                doh = rs.getLong(1);
            }
            advocate = account(c, "ana" + s, "ADVOCATE", a, null);
            stranger = account(c, "xul" + s, "ADVOCATE", x, null);
            officer = account(c, "olga" + s, "RECORDS_OFFICER", null, doh);
            analyst = account(c, "ada" + s, "ANALYST", a, null);
            byte[] secret = new byte[32];
            RANDOM.nextBytes(secret);
            feedToken = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
            insert(c, "INSERT INTO calendar_token (user_id, token_hash, created_at) VALUES (?, ?, NOW(3))",
                    advocateId, sha256(feedToken));
        }
    }

    private HttpResponse<String> call(String method, String path, String token, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + path))
                .header("Accept", "application/json");
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        } else {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode ok(HttpResponse<String> r) throws Exception {
        assertEquals(200, r.statusCode(), r.body());
        return JSON.readTree(r.body());
    }

    /** A campaign by the advocate to the five New Mexico agencies, sent as received on 16 January 2026. */
    private JsonNode sentCampaign() throws Exception {
        JsonNode agencies = ok(call("GET", "/api/agencies?q=nm_&max=100", advocate, null));
        List<Long> nm = new ArrayList<>();
        List<String> seeded = List.of("nm_mvd", "nm_doh", "nm_hsd", "nm_cd_ppd", "nm_dws");
        for (JsonNode a : agencies) {
            if (seeded.contains(a.get("code").asText())) {
                nm.add(a.get("id").asLong());
            }
        }
        assertEquals(5, nm.size(), "the five New Mexico agencies of the seed: " + agencies);
        String body = "{\"title\":\"Data sharing " + UUID.randomUUID() + "\",\"letterTemplate\":\"Dear {{custodian}} "
                + "of {{agency}}, under the {{statute}}: {{records}}\",\"recordsDescribed\":\"e-mails\",\"requesterName\":\"Ana\","
                + "\"letterLanguage\":\"es\",\"agencyIds\":" + nm + "}";
        JsonNode campaign = ok(call("POST", "/api/campaigns", advocate, body));
        long id = campaign.get("id").asLong();
        assertEquals("5", call("POST", "/api/campaigns/" + id + "/send", advocate,
                "{\"receivedOn\":\"2026-01-16\",\"byEmail\":false}").body());
        return ok(call("GET", "/api/campaigns/" + id + "/requests", advocate, null));
    }

    private static long idOf(JsonNode rows, String agencyCode) {
        for (JsonNode r : rows) {
            if (r.get("agencyCode").asText().equals(agencyCode)) {
                return r.get("id").asLong();
            }
        }
        throw new AssertionError(agencyCode + " not in " + rows);
    }

    @Test
    void aCampaignSentThroughTheApiHasTheStatutoryDeadlinesWithTheirExplanation() throws Exception {
        JsonNode rows = sentCampaign();
        assertEquals(5, rows.size());
        for (JsonNode r : rows) {
            assertEquals("SUBMITTED", r.get("status").asText());
            assertEquals("IPRA", r.get("law").asText());
            assertEquals("2026-01-22", r.get("nextDueOn").asText());
            assertEquals("2026-02-03", r.get("deemedDenialOn").asText());
            assertTrue(r.get("deemedDenied").asBoolean(), "today is long after 3 February 2026");
        }
        JsonNode detail = ok(call("GET", "/api/requests/" + idOf(rows, "nm_doh"), advocate, null));
        JsonNode ack = detail.get("deadlines").get(0);
        assertEquals("ack", ack.get("clock").asText());
        assertEquals("Martin Luther King Jr. Day", ack.get("explanation").get("skipped").get(2).get("holiday").asText());
        assertTrue(detail.get("letterText").asText().contains("New Mexico Department of Health"));
        assertTrue(detail.get("letterText").asText().contains("Inspection of Public Records Act"));

        HttpResponse<byte[]> pdf = http.send(HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "")
                + "/api/requests/" + idOf(rows, "nm_doh") + "/letter")).header("Authorization", "Bearer " + advocate)
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, pdf.statusCode());
        assertEquals("%PDF", new String(pdf.body(), 0, 4, StandardCharsets.US_ASCII));
    }

    @Test
    void eachRoleGetsExactlyWhatThePagesAllow() throws Exception {
        JsonNode rows = sentCampaign();
        long doh = idOf(rows, "nm_doh");
        long hsd = idOf(rows, "nm_hsd");
        long campaign = rows.get(0).get("campaignId").asLong();

        HttpResponse<String> hidden = call("GET", "/api/requests/" + doh, stranger, null);
        assertEquals(404, hidden.statusCode());
        assertEquals("not_found", JSON.readTree(hidden.body()).get("code").asText());
        assertEquals(404, call("GET", "/api/campaigns/" + campaign, stranger, null).statusCode());
        assertEquals(0, ok(call("GET", "/api/requests?campaignId=" + campaign, stranger, null)).size());

        JsonNode officerSees = ok(call("GET", "/api/requests?max=500", officer, null));
        assertFalse(officerSees.isEmpty());
        for (JsonNode r : officerSees) {
            assertEquals("nm_doh", r.get("agencyCode").asText());
        }
        assertEquals(403, call("GET", "/api/campaigns", officer, null).statusCode());
        assertEquals(404, call("GET", "/api/requests/" + hsd, officer, null).statusCode());
        JsonNode ack = ok(call("POST", "/api/requests/" + doh + "/transitions", officer,
                "{\"to\":\"ACKNOWLEDGED\",\"on\":\"2026-01-20\",\"statedDate\":\"2026-02-20\",\"note\":\"searching\"}"));
        assertEquals("ACKNOWLEDGED", ack.get("to").asText());
        assertEquals(404, call("POST", "/api/requests/" + doh + "/transitions", officer,
                "{\"to\":\"WITHDRAWN\",\"on\":\"2026-01-21\"}").statusCode());

        assertEquals(403, call("POST", "/api/requests/" + hsd + "/transitions", analyst,
                "{\"to\":\"ACKNOWLEDGED\",\"on\":\"2026-01-20\"}").statusCode());
        assertEquals(200, call("GET", "/api/requests/" + hsd, analyst, null).statusCode());

        JsonNode denial = ok(call("POST", "/api/requests/" + hsd + "/transitions", advocate,
                "{\"to\":\"DENIED\",\"on\":\"2026-02-05\",\"denial\":{\"recordsWithheld\":\"case notes\","
                        + "\"reason\":\"confidential\"}}"));
        assertEquals("[\"RESPONSIBLE_PERSONS\"]", denial.get("missingElements").toString());
        HttpResponse<String> notAllowed = call("POST", "/api/requests/" + hsd + "/transitions", advocate,
                "{\"to\":\"ACKNOWLEDGED\",\"on\":\"2026-02-06\"}");
        assertEquals(400, notAllowed.statusCode());
        assertEquals("request.transitionNotAllowed", JSON.readTree(notAllowed.body()).get("code").asText());

        assertEquals(401, call("GET", "/api/requests", null, null).statusCode());
        assertEquals(401, call("GET", "/api/requests", "rw_notatokenatallnotatokenatallnotatoken1", null)
                .statusCode());
    }

    @Test
    void theLawsAreReadableAndExplainADateWithItsHolidays() throws Exception {
        JsonNode laws = ok(call("GET", "/api/laws", analyst, null));
        long ipra = -1;
        for (JsonNode l : laws) {
            if (l.get("code").asText().equals("nm_ipra")) {
                ipra = l.get("id").asLong();
                assertTrue(l.get("notes").asText().contains("n/c"), "the law says what is uncertain");
            }
        }
        JsonNode preview = ok(call("GET", "/api/laws/" + ipra + "/preview?receivedOn=2026-01-16", analyst, null));
        assertEquals("2026-01-22", preview.get(0).get("due").asText());
        assertEquals("2026-02-02", preview.get(1).get("due").asText());
        assertEquals("2026-01-31", preview.get(1).get("explanation").get("landedOn").asText());
        JsonNode holidays = ok(call("GET", "/api/laws/holidays/US/2021", analyst, null));
        assertEquals("2021-12-31", holidays.get(holidays.size() - 1).get("date").asText());
        assertEquals(400, call("GET", "/api/laws/" + ipra + "/preview?receivedOn=someday", analyst, null)
                .statusCode());
    }

    @Test
    void theOpenApiDocumentIsNotPublicAndDescribesOnlyTheApi() throws Exception {
        URI openapi = URI.create(base.toString().replaceAll("/$", "") + "/openapi");
        HttpResponse<String> anonymous = http.send(HttpRequest.newBuilder(openapi).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(302, anonymous.statusCode(), "the application's login covers Payara's /openapi");
        assertTrue(anonymous.headers().firstValue("Location").orElse("").endsWith("/login.xhtml"));
        assertFalse(anonymous.body().contains("paths"));

        HttpResponse<String> doc = http.send(HttpRequest.newBuilder(openapi)
                .header("Authorization", "Bearer " + analyst).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, doc.statusCode());
        String body = doc.body();
        assertTrue(body.contains("Records Watch API"), body);
        assertTrue(body.contains("/api/requests/{id}/transitions"), body);
        assertTrue(body.contains("bearer"), body);
        for (String secret : new String[] {"passwordHash", "password_hash", "tokenHash", "token_hash",
                "Integration-Test-Secret", "jdbc:", "UserAccount", "RW_SMTP", "rw.smtp"}) {
            assertFalse(body.contains(secret), "the OpenAPI document mentions " + secret);
        }
    }

    @Test
    void theCalendarFeedServesTheOwnersDeadlinesAtItsSecretAddressOnly() throws Exception {
        JsonNode rows = sentCampaign();
        HttpResponse<String> ics = call("GET", "/calendar/" + feedToken + ".ics", null, null);
        assertEquals(200, ics.statusCode());
        assertTrue(ics.headers().firstValue("Content-Type").orElse("").startsWith("text/calendar"));
        assertTrue(ics.body().startsWith("BEGIN:VCALENDAR"));
        assertTrue(ics.body().contains("DTSTART;VALUE=DATE:20260122"), ics.body());
        assertTrue(ics.body().contains("New Mexico Department of Health"));
        assertEquals(404, call("GET", "/calendar/" + feedToken.substring(1) + "x.ics", null, null).statusCode());
        try (Connection c = db(); PreparedStatement ps = c.prepareStatement(
                "UPDATE calendar_token SET revoked_at = NOW(3) WHERE token_hash = ?")) {
            ps.setString(1, sha256(feedToken));
            ps.executeUpdate();
        }
        assertEquals(404, call("GET", "/calendar/" + feedToken + ".ics", null, null).statusCode());
        assertFalse(rows.isEmpty());
    }
}
