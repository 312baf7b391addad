package org.recordswatch.document;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.recordswatch.platform.DataDirectory;

/** The application's {@link DocumentStore}: a folder given by {@code RW_STORE_DIR}, by default {@code <data>/store}. */
@ApplicationScoped
public class DocumentStoreProducer {

    @Inject
    DataDirectory data;

    @Inject
    @ConfigProperty(name = "rw.store.dir")
    Optional<String> storeDir;

    @Produces
    @ApplicationScoped
    DocumentStore documentStore() {
        try {
            Path root = storeDir.filter(s -> !s.isBlank()).map(Path::of).orElseGet(() -> data.folder("store"));
            return new FileSystemDocumentStore(root);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the document store", e);
        }
    }
}
