package org.recordswatch.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The folder under which the application keeps what is not in the database (the document store, work folders).
 * {@code RW_DATA_DIR}; defaults to {@code ./data} relative to the working directory.
 */
@ApplicationScoped
public class DataDirectory {

    private final Path root;

    @Inject
    public DataDirectory(@ConfigProperty(name = "rw.data.dir", defaultValue = "data") String dataDir) {
        this.root = Path.of(dataDir).toAbsolutePath().normalize();
    }

    /** Package-private for proxies. */
    DataDirectory() {
        this.root = null;
    }

    public Path root() {
        return root;
    }

    /** A sub-folder of the data folder, created when missing. */
    public Path folder(String name) {
        Path folder = root.resolve(name).normalize();
        if (!folder.startsWith(root)) {
            throw new IllegalArgumentException("Folder outside the data directory: " + name);
        }
        try {
            return Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + folder, e);
        }
    }
}
