package org.recordswatch.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.recordswatch.it.ApiClient;
import org.recordswatch.it.HttpSession;

/**
 * Kill -9 of the application while a batch is extracting: after a restart every document ends DONE or FAILED_*,
 * none stuck, with exactly one job per original and no duplicate children. Starts Payara Micro itself (twice) on
 * the integration-test MariaDB, with a database of its own.
 */
class ExtractionRestartIT {

    private static final Logger LOG = Logger.getLogger(ExtractionRestartIT.class.getName());
    private static final String ADMIN_PASSWORD = System.getProperty("it.admin.password", "Integration-Test-Secret-42");
    private static final int ZIPS = 8;
    private static final int ENTRIES = 3;
    private static final int SCANS = 6;

    private final String dbName = System.getProperty("it.db.name", "records_watch_it") + "_restart";
    private final String dbServer = "jdbc:mariadb://" + System.getProperty("it.db.host", "127.0.0.1") + ":"
            + System.getProperty("it.db.port", "3306") + "/";

    @Test
    void killingTheApplicationWhileABatchExtractsLeavesNothingStuckAndNothingTwice() throws Exception {
        Path work = Path.of("target", "extraction-restart-it").toAbsolutePath();
        deleteRecursively(work);
        Path dataDir = Files.createDirectories(work.resolve("data"));
        Path files = Files.createDirectories(work.resolve("files"));
        try (Connection c = DriverManager.getConnection(dbServer, user(), password());
                Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + dbName);
            s.execute("CREATE DATABASE " + dbName + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        int port = freePort();
        URL base = URI.create("http://localhost:" + port + "/").toURL();

        Process first = start(work, dataDir, port, "first");
        long requestId;
        try {
            waitForLogin(base, first);
            String token = advocateToken();
            requestId = submittedRequest(token, base);
            List<Path> batch = new ArrayList<>();
            String unique = UUID.randomUUID().toString().substring(0, 8);
            for (int i = 0; i < ZIPS; i++) {
                Map<String, byte[]> entries = new java.util.LinkedHashMap<>();
                for (int e = 0; e < ENTRIES; e++) {
                    entries.put("folder/entry" + e + ".txt", ("Entry " + e + " of zip " + i + " " + unique)
                            .getBytes(StandardCharsets.UTF_8));
                }
                batch.add(Fixtures.write(files, "bundle" + i + ".zip", Fixtures.zip(entries)));
            }
            for (int i = 0; i < SCANS; i++) {
                batch.add(Fixtures.write(files, "scan" + i + ".pdf", Fixtures.pdf(List.of(
                        "IMAGE:Scanned letter number " + i + "\nabout the " + unique + " request",
                        "IMAGE:Second page of letter " + i))));
            }
            var upload = ApiClient.withToken(base, token).upload("/api/requests/" + requestId + "/documents",
                    Map.of("ocr", "true", "ocrLanguages", "eng"), batch);
            assertEquals(200, upload.statusCode(), upload.body());

            // Wait until some files are finished and others are still pending, then kill -9.
            JsonNode counts = null;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
            while (System.nanoTime() < deadline) {
                counts = ApiClient.withToken(base, token).call("GET", "/api/requests/" + requestId + "/extraction", null);
                long finished = counts.get("done").asLong() + counts.get("failed").asLong();
                long pending = counts.get("queued").asLong() + counts.get("parsing").asLong();
                if (finished >= 1 && pending >= 3) {
                    break;
                }
                assertTrue(pending > 0, "everything finished before the kill: make the batch slower " + counts);
                Thread.sleep(250);
            }
            LOG.info("Killing the application with " + counts);
            List<ProcessHandle> forks = first.descendants().toList();
            first.toHandle().destroyForcibly();
            first.waitFor(30, TimeUnit.SECONDS);
            // The forks notice that their parent is gone; any still alive after a grace period are killed too.
            Thread.sleep(5000);
            forks.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
            assertTrue(counts.get("queued").asLong() + counts.get("parsing").asLong() >= 3);
        } finally {
            stop(first);
        }

        Process second = start(work, dataDir, port, "second");
        try {
            waitForLogin(base, second);
            String token = tokenOfAdvocate();
            JsonNode counts = null;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
            while (System.nanoTime() < deadline) {
                counts = ApiClient.withToken(base, token).call("GET", "/api/requests/" + requestId + "/extraction", null);
                if (counts.get("settled").asBoolean()) {
                    break;
                }
                Thread.sleep(1000);
            }
            assertTrue(counts.get("settled").asBoolean(), "still extracting after the restart: " + counts);
            assertEquals(ZIPS + SCANS, counts.get("total").asLong());
            assertEquals(ZIPS + SCANS, counts.get("done").asLong(), counts.toString());

            try (Connection c = db()) {
                assertEquals(0, count(c, "SELECT COUNT(*) FROM document_text t JOIN document d ON d.id = t.document_id "
                        + "WHERE d.request_id = ? AND t.status IN ('QUEUED', 'PARSING')", requestId), "none stuck");
                // (The campaign's analysis, a later stage, may still be queued: it waits for a quiet intake.)
                assertEquals(0, count(c, "SELECT COUNT(*) FROM job WHERE kind = 'extract' "
                        + "AND status IN ('QUEUED', 'RUNNING')"), "no extraction job left");
                assertEquals(ZIPS + SCANS, count(c, "SELECT COUNT(*) FROM job WHERE kind = 'extract'"),
                        "one job per original, requeued rather than duplicated");
                assertEquals((long) ZIPS * ENTRIES, count(c, "SELECT COUNT(*) FROM document WHERE request_id = ? "
                        + "AND parent_id IS NOT NULL", requestId), "no duplicate children");
                assertEquals(0, count(c, "SELECT COUNT(*) FROM (SELECT root_id, path FROM document WHERE "
                        + "request_id = ? AND parent_id IS NOT NULL GROUP BY root_id, path HAVING COUNT(*) > 1) x",
                        requestId));
                assertEquals((long) ZIPS * ENTRIES + ZIPS + SCANS, count(c, "SELECT COUNT(*) FROM document_text t "
                        + "JOIN document d ON d.id = t.document_id WHERE d.request_id = ? AND t.status = 'DONE'",
                        requestId));
                assertEquals((long) SCANS * 2, count(c, "SELECT COUNT(*) FROM document_page p JOIN document d "
                        + "ON d.id = p.document_id WHERE d.request_id = ? AND p.ocr", requestId),
                        "every scanned page read by OCR once");
                zipId = count(c, "SELECT MIN(id) FROM document WHERE request_id = ? AND parent_id IS NULL "
                        + "AND original_name = 'bundle0.zip'", requestId);
            }

            // The pages and the API show the states (the admin sees every request).
            ApiClient admin = ApiClient.login(base, "admin", ADMIN_PASSWORD);
            JsonNode doc = admin.call("GET", "/api/documents/" + zipId, null);
            assertEquals("DONE", doc.get("extractionStatus").asText(), doc.toString());
            JsonNode detail = admin.call("GET", "/api/documents/" + zipId + "/extraction", null);
            assertTrue(detail.get("extractorVersion").asText().contains("Tika"), detail.toString());
            JsonNode campaignCounts = admin.call("GET", "/api/campaigns/" + campaignId + "/extraction", null);
            assertEquals(ZIPS + SCANS, campaignCounts.get("done").asLong(), campaignCounts.toString());
            HttpSession http = new HttpSession(base);
            assertEquals(302, http.login("admin", ADMIN_PASSWORD).statusCode());
            var list = http.get("/documents/request.xhtml?id=" + requestId);
            assertEquals(200, list.statusCode());
            assertTrue(list.body().contains("Ingestion report") && list.body().contains("Every file was extracted."),
                    "the request's document list shows the report");
            assertTrue(list.body().contains("rw-badge-done"), "a state column");
            var view = http.get("/documents/view.xhtml?id=" + zipId);
            assertEquals(200, view.statusCode());
            assertTrue(view.body().contains("Text extraction") && view.body().contains("Apache Tika"),
                    "the document page shows its extraction");
        } finally {
            stop(second);
        }
    }

    private Process start(Path work, Path dataDir, int port, String name) throws IOException {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx768m", "-Duser.timezone=UTC", "-jar",
                Path.of(System.getProperty("payara.microJar", "target/payara-micro.jar")).toAbsolutePath().toString(),
                "--deploy", Path.of(System.getProperty("rw.war", "target/records-watch.war")).toAbsolutePath()
                        .toString(),
                "--contextroot", "/", "--port", Integer.toString(port), "--nocluster", "--disablephonehome");
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(work.resolve(name + ".log").toFile()));
        pb.environment().put("DB_URL", dbServer + dbName);
        pb.environment().put("DB_USER", user());
        pb.environment().put("DB_PASSWORD", password());
        pb.environment().put("RW_DATA_DIR", dataDir.toString());
        pb.environment().put("ADMIN_PASSWORD", ADMIN_PASSWORD);
        pb.environment().put("JOBS_CONCURRENCY", "2");
        return pb.start();
    }

    private static void waitForLogin(URL base, Process app) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (System.nanoTime() < deadline) {
            assertTrue(app.isAlive(), "Payara exited; see target/extraction-restart-it/*.log");
            try {
                HttpURLConnection c = (HttpURLConnection) new URL(base, "login.xhtml").openConnection();
                c.setConnectTimeout(1000);
                c.setReadTimeout(5000);
                if (c.getResponseCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // starting
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("no login page after 5 minutes");
    }

    private String advocateToken;
    private long campaignId;
    private long zipId;

    /** An organization and its advocate with an API token, written to the database (the app has migrated it). */
    private String advocateToken() throws Exception {
        try (Connection c = db()) {
            long org = insert(c, "INSERT INTO organization (name) VALUES (?)", "Restart Org");
            long user = insert(c, "INSERT INTO app_user (username, display_name, email, password_hash, role, "
                    + "organization_id) VALUES ('restart.advocate', 'Restart Advocate', 'ra@example.org', "
                    + "'not-a-login', 'ADVOCATE', ?)", org);
            advocateToken = "rw_" + UUID.randomUUID().toString().replace("-", "") + "abcdefgh";
            insert(c, "INSERT INTO api_token (user_id, name, token_prefix, token_hash) VALUES (?, 'it', ?, ?)", user,
                    advocateToken.substring(3, 11), HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                            .digest(advocateToken.getBytes(StandardCharsets.UTF_8))));
        }
        return advocateToken;
    }

    private String tokenOfAdvocate() {
        return advocateToken;
    }

    /** A campaign to one agency, sent: its one request accepts uploads. */
    private long submittedRequest(String advocateToken, URL base) throws Exception {
        ApiClient advocate = ApiClient.withToken(base, advocateToken);
        JsonNode agencies = advocate.call("GET", "/api/agencies?q=nm_doh&max=10", null);
        long doh = -1;
        for (JsonNode a : agencies) {
            if (a.get("code").asText().equals("nm_doh")) {
                doh = a.get("id").asLong();
            }
        }
        JsonNode campaign = advocate.call("POST", "/api/campaigns", Map.of("title", "Restart " + UUID.randomUUID(),
                "letterTemplate", "Dear {{custodian}} of {{agency}}, under the {{statute}}: {{records}}",
                "recordsDescribed", "letters", "requesterName", "Ana", "letterLanguage", "en",
                "agencyIds", List.of(doh)));
        long id = campaign.get("id").asLong();
        campaignId = id;
        advocate.send("POST", "/api/campaigns/" + id + "/send", Map.of("receivedOn", "2026-01-16", "byEmail", false));
        JsonNode requests = advocate.call("GET", "/api/campaigns/" + id + "/requests", null);
        return requests.get(0).get("id").asLong();
    }

    private Connection db() throws Exception {
        return DriverManager.getConnection(dbServer + dbName, user(), password());
    }

    private static String user() {
        return System.getProperty("it.db.user", "root");
    }

    private static String password() {
        return System.getProperty("it.db.password", "");
    }

    private static long count(Connection c, String sql, Object... args) throws Exception {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
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

    private static void stop(Process app) throws InterruptedException {
        if (app.isAlive()) {
            List<ProcessHandle> children = app.descendants().toList();
            app.destroy();
            if (!app.waitFor(60, TimeUnit.SECONDS)) {
                app.destroyForcibly();
            }
            children.forEach(ProcessHandle::destroyForcibly);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> paths = Files.walk(dir)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
