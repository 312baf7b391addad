package org.recordswatch.extraction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The extraction settings from MicroProfile Config (environment variables work: {@code RW_EXTRACTION_FORK_HEAP} sets
 * {@code rw.extraction.fork.heap}). Every key has a safe default; README's configuration table lists them.
 */
@ApplicationScoped
public class ExtractionConfiguration {

    /** Number of forked extraction JVMs (files extracted at the same time). */
    @Inject
    @ConfigProperty(name = "rw.extraction.forks", defaultValue = "2")
    int forks;

    /** Heap cap ({@code -Xmx}) of each fork. */
    @Inject
    @ConfigProperty(name = "rw.extraction.fork.heap", defaultValue = "512m")
    String forkHeap;

    /** Further JVM options of the forks, separated by spaces. */
    @Inject
    @ConfigProperty(name = "rw.extraction.fork.jvm-args")
    Optional<String> forkJvmArgs;

    /** The {@code java} that starts the forks; default: the application's own. */
    @Inject
    @ConfigProperty(name = "rw.extraction.fork.java")
    Optional<String> forkJava;

    /**
     * The forks' class path ({@code :}-separated); default: the deployed application's {@code WEB-INF/lib/*} and
     * {@code WEB-INF/classes}.
     */
    @Inject
    @ConfigProperty(name = "rw.extraction.fork.classpath")
    Optional<String> forkClasspath;

    @Inject
    @ConfigProperty(name = "rw.extraction.fork.startup-timeout-seconds", defaultValue = "120")
    long startupTimeoutSeconds;

    /** How long a file may wait for a free fork before the engine reports itself busy. */
    @Inject
    @ConfigProperty(name = "rw.extraction.fork.max-wait-seconds", defaultValue = "300")
    long maxWaitSeconds;

    /** An idle fork exits after this long and starts again when needed. */
    @Inject
    @ConfigProperty(name = "rw.extraction.fork.idle-seconds", defaultValue = "600")
    long idleSeconds;

    /** A fork is replaced after this many files. */
    @Inject
    @ConfigProperty(name = "rw.extraction.fork.max-files", defaultValue = "5000")
    int maxFilesPerFork;

    /** Log level inside the forks; above INFO, parser messages may quote documents. */
    @Inject
    @ConfigProperty(name = "rw.extraction.fork.log-level", defaultValue = "SEVERE")
    String forkLogLevel;

    /** Files outside this folder are refused; default: the data folder. */
    @Inject
    @ConfigProperty(name = "rw.extraction.input-root")
    Optional<String> inputRoot;

    @Inject
    @ConfigProperty(name = "rw.extraction.ocr", defaultValue = "true")
    boolean ocr;

    /** Tesseract languages, {@code eng+spa} or {@code eng,spa}. */
    @Inject
    @ConfigProperty(name = "rw.extraction.ocr.languages", defaultValue = "eng+spa")
    String ocrLanguages;

    /** The Tesseract executable; default: {@code tesseract} on the PATH. */
    @Inject
    @ConfigProperty(name = "rw.extraction.ocr.tesseract")
    Optional<String> tesseract;

    @Inject
    @ConfigProperty(name = "rw.extraction.timeout-seconds", defaultValue = "300")
    long timeoutSeconds;

    @Inject
    @ConfigProperty(name = "rw.extraction.write-limit", defaultValue = "10000000")
    int writeLimit;

    @Inject
    @ConfigProperty(name = "rw.extraction.max-embedded", defaultValue = "5000")
    int maxEmbedded;

    @Inject
    @ConfigProperty(name = "rw.extraction.max-depth", defaultValue = "10")
    int maxDepth;

    @Inject
    @ConfigProperty(name = "rw.extraction.max-unpacked-bytes", defaultValue = "2147483648")
    long maxUnpackedBytes;

    @Inject
    @ConfigProperty(name = "rw.extraction.max-compression-ratio", defaultValue = "100")
    long maxCompressionRatio;

    @Inject
    @ConfigProperty(name = "rw.extraction.keep-embedded-bytes", defaultValue = "true")
    boolean keepEmbeddedBytes;

    /** The options every file is extracted with unless the job asks for others. */
    public ExtractionOptions defaultOptions() {
        return new ExtractionOptions(ocr, ExtractionOptions.parseLanguages(ocrLanguages),
                Duration.ofSeconds(timeoutSeconds), writeLimit, maxEmbedded, maxDepth, maxUnpackedBytes,
                maxCompressionRatio, keepEmbeddedBytes);
    }

    /** The configured class path of the forks, if set. */
    Optional<List<String>> configuredForkClasspath() {
        return forkClasspath.filter(s -> !s.isBlank()).map(s -> List.of(s.split(File.pathSeparator)));
    }

    Optional<Path> configuredInputRoot() {
        return inputRoot.filter(s -> !s.isBlank()).map(Path::of);
    }

    PipesEngineSettings engineSettings(Path workFolder, Path inputRoot, List<String> classpath) {
        return PipesEngineSettings.builder(workFolder, inputRoot, classpath)
                .forks(forks)
                .forkHeap(forkHeap)
                .extraJvmArgs(forkJvmArgs.filter(s -> !s.isBlank())
                        .map(s -> Arrays.asList(s.trim().split("\\s+"))).orElse(List.of()))
                .javaExecutable(forkJava.filter(s -> !s.isBlank()).map(Path::of)
                        .orElse(PipesEngineSettings.currentJava()))
                .startupTimeout(Duration.ofSeconds(startupTimeoutSeconds))
                .maxWaitForFork(Duration.ofSeconds(maxWaitSeconds))
                .idleShutdown(Duration.ofSeconds(idleSeconds))
                .maxFilesPerFork(maxFilesPerFork)
                .forkLogLevel(forkLogLevel)
                .tesseract(tesseract.filter(s -> !s.isBlank()).map(Path::of).orElse(null))
                .build();
    }
}
