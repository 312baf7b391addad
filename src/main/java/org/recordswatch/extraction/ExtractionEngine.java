package org.recordswatch.extraction;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.servlet.ServletContext;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.recordswatch.platform.DataDirectory;

/**
 * The application's {@link TextExtractor}: one {@link TikaPipesExtractor}, created on first use from
 * {@link ExtractionConfiguration}, with its work folder {@code <data>/extraction} (a fixed name, never one derived
 * from input) and the forks' class path taken from the deployed application ({@code WEB-INF/lib/*},
 * {@code WEB-INF/classes}) unless configured. Closed with the application, which stops the forks.
 * <p>
 * For the job system: inject {@code TextExtractor} (or this class for {@link #health()} and
 * {@link #defaultOptions()}); call it from a background thread, at most {@code rw.extraction.forks} at a time.
 */
@ApplicationScoped
public class ExtractionEngine implements TextExtractor {

    private static final Logger LOG = Logger.getLogger(ExtractionEngine.class.getName());
    static final String WORK_FOLDER = "extraction";

    @Inject
    ExtractionConfiguration configuration;

    @Inject
    DataDirectory dataDirectory;

    @Inject
    Instance<ServletContext> servletContext;

    private TikaPipesExtractor engine;
    private volatile List<String> deployedClasspath;
    private boolean closed;

    @Override
    public ExtractionResult extract(Path file, String displayName, ExtractionOptions options)
            throws ExtractionUnavailableException {
        return engine().extract(file, displayName, options);
    }

    /** The configured defaults ({@code rw.extraction.*}). */
    public ExtractionOptions defaultOptions() {
        return configuration.defaultOptions();
    }

    /** The engine's counters; empty until the first file. */
    public synchronized Optional<EngineHealth> health() {
        return Optional.ofNullable(engine).map(TikaPipesExtractor::health);
    }

    private synchronized TikaPipesExtractor engine() throws ExtractionUnavailableException {
        if (closed) {
            throw new ExtractionUnavailableException("The application is shutting down");
        }
        if (engine == null) {
            try {
                Path inputRoot = configuration.configuredInputRoot().orElse(dataDirectory.root());
                engine = new TikaPipesExtractor(configuration.engineSettings(
                        dataDirectory.folder(WORK_FOLDER), inputRoot, forkClasspath()));
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.SEVERE, "The extraction engine cannot start", e);
                throw new ExtractionUnavailableException("The extraction engine cannot start: " + e.getMessage(), e);
            }
        }
        return engine;
    }

    /**
     * Takes the forks' class path from the web application when it starts: background threads (the extraction jobs)
     * have no request, and Payara's {@code ServletContext} bean cannot be used there.
     */
    void applicationStarted(@Observes @Priority(Interceptor.Priority.LIBRARY_BEFORE)
            @Initialized(ApplicationScoped.class) Object event) {
        if (event instanceof ServletContext context) {
            String lib = context.getRealPath("/WEB-INF/lib");
            String classes = context.getRealPath("/WEB-INF/classes");
            if (lib != null && classes != null) {
                deployedClasspath = List.of(Path.of(lib).resolve("*").toString(), classes);
            }
        }
    }

    private List<String> forkClasspath() {
        Optional<List<String>> configured = configuration.configuredForkClasspath();
        if (configured.isPresent()) {
            return configured.get();
        }
        if (deployedClasspath != null) {
            return deployedClasspath;
        }
        if (!servletContext.isResolvable()) {
            throw new IllegalStateException("No web application to take the forks' class path from; "
                    + "set rw.extraction.fork.classpath");
        }
        ServletContext context = servletContext.get();
        String lib = context.getRealPath("/WEB-INF/lib");
        String classes = context.getRealPath("/WEB-INF/classes");
        if (lib == null || classes == null) {
            throw new IllegalStateException("The application is not deployed as a folder, so the forks cannot "
                    + "use its WEB-INF; set rw.extraction.fork.classpath");
        }
        return List.of(Path.of(lib).resolve("*").toString(), classes);
    }

    @PreDestroy
    synchronized void close() {
        closed = true;
        if (engine != null) {
            engine.close();
            engine = null;
        }
    }
}
