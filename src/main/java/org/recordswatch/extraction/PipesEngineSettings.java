package org.recordswatch.extraction;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How the extraction engine runs its forked processes. In the application these come from MicroProfile Config
 * ({@link ExtractionConfiguration}); tests build them directly, pointing the class path at {@code target/}.
 *
 * @param forks             number of forked JVMs, i.e. files extracted at the same time
 * @param forkHeap          {@code -Xmx} of each forked JVM, e.g. {@code 512m}
 * @param extraJvmArgs      further JVM options for the forks
 * @param javaExecutable    the {@code java} that starts the forks
 * @param forkClasspath     the forks' class path entries: in the application {@code WEB-INF/lib/*} and
 *                          {@code WEB-INF/classes}
 * @param workFolder        the engine's own folder (configuration, wrappers, temporary files, embedded bytes),
 *                          under the data folder; emptied of leftovers at start
 * @param inputRoot         files outside this folder are refused
 * @param startupTimeout    how long a fork may take to start
 * @param maxWaitForFork    how long a file may wait for a free fork
 * @param idleShutdown      an idle fork exits after this long (and is started again when needed)
 * @param maxFilesPerFork   a fork is replaced after this many files, to shed slow leaks
 * @param forkLogLevel      {@code java.util.logging} level inside the forks; their log joins the application's
 * @param tesseract         the Tesseract executable, or {@code null} to look it up on the {@code PATH}
 */
public record PipesEngineSettings(int forks, String forkHeap, List<String> extraJvmArgs, Path javaExecutable,
        List<String> forkClasspath, Path workFolder, Path inputRoot, Duration startupTimeout, Duration maxWaitForFork,
        Duration idleShutdown, int maxFilesPerFork, String forkLogLevel, Path tesseract) {

    private static final Pattern HEAP = Pattern.compile("[1-9][0-9]*[kKmMgG]?");
    private static final Pattern LEVEL = Pattern.compile("OFF|SEVERE|WARNING|INFO|CONFIG|FINE|FINER|FINEST|ALL");

    public PipesEngineSettings {
        if (forks < 1 || forks > 64) {
            throw new IllegalArgumentException("forks must be within 1..64");
        }
        if (!HEAP.matcher(forkHeap).matches()) {
            throw new IllegalArgumentException("forkHeap must look like 512m: " + forkHeap);
        }
        extraJvmArgs = List.copyOf(extraJvmArgs);
        for (String arg : extraJvmArgs) {
            if (arg.equals("-cp") || arg.equals("-classpath") || arg.equals("--class-path")) {
                throw new IllegalArgumentException("Set the class path through forkClasspath");
            }
        }
        Objects.requireNonNull(javaExecutable, "javaExecutable");
        forkClasspath = List.copyOf(forkClasspath);
        if (forkClasspath.isEmpty()) {
            throw new IllegalArgumentException("The forks need a class path");
        }
        workFolder = workFolder.toAbsolutePath().normalize();
        inputRoot = inputRoot.toAbsolutePath().normalize();
        Objects.requireNonNull(startupTimeout, "startupTimeout");
        Objects.requireNonNull(maxWaitForFork, "maxWaitForFork");
        Objects.requireNonNull(idleShutdown, "idleShutdown");
        if (maxFilesPerFork < 1) {
            throw new IllegalArgumentException("maxFilesPerFork must be positive");
        }
        if (!LEVEL.matcher(forkLogLevel).matches()) {
            throw new IllegalArgumentException("Not a java.util.logging level: " + forkLogLevel);
        }
    }

    /** Settings with the defaults for everything but the folders and the class path. */
    public static Builder builder(Path workFolder, Path inputRoot, List<String> forkClasspath) {
        return new Builder(workFolder, inputRoot, forkClasspath);
    }

    /** The {@code java} of the running JVM. */
    public static Path currentJava() {
        return Path.of(System.getProperty("java.home"), "bin", "java");
    }

    /** Defaults: 2 forks of 512m, 2 min to start, 5 min wait for a fork, 10 min idle, 5,000 files, SEVERE. */
    public static final class Builder {

        private int forks = 2;
        private String forkHeap = "512m";
        private List<String> extraJvmArgs = List.of();
        private Path javaExecutable = currentJava();
        private final List<String> forkClasspath;
        private final Path workFolder;
        private final Path inputRoot;
        private Duration startupTimeout = Duration.ofMinutes(2);
        private Duration maxWaitForFork = Duration.ofMinutes(5);
        private Duration idleShutdown = Duration.ofMinutes(10);
        private int maxFilesPerFork = 5_000;
        private String forkLogLevel = "SEVERE";
        private Path tesseract;

        private Builder(Path workFolder, Path inputRoot, List<String> forkClasspath) {
            this.workFolder = workFolder;
            this.inputRoot = inputRoot;
            this.forkClasspath = forkClasspath;
        }

        public Builder forks(int forks) {
            this.forks = forks;
            return this;
        }

        public Builder forkHeap(String heap) {
            this.forkHeap = heap;
            return this;
        }

        public Builder extraJvmArgs(List<String> args) {
            this.extraJvmArgs = args;
            return this;
        }

        public Builder javaExecutable(Path java) {
            this.javaExecutable = java;
            return this;
        }

        public Builder startupTimeout(Duration timeout) {
            this.startupTimeout = timeout;
            return this;
        }

        public Builder maxWaitForFork(Duration wait) {
            this.maxWaitForFork = wait;
            return this;
        }

        public Builder idleShutdown(Duration idle) {
            this.idleShutdown = idle;
            return this;
        }

        public Builder maxFilesPerFork(int files) {
            this.maxFilesPerFork = files;
            return this;
        }

        public Builder forkLogLevel(String level) {
            this.forkLogLevel = level;
            return this;
        }

        public Builder tesseract(Path tesseract) {
            this.tesseract = tesseract;
            return this;
        }

        public PipesEngineSettings build() {
            return new PipesEngineSettings(forks, forkHeap, extraJvmArgs, javaExecutable, forkClasspath, workFolder,
                    inputRoot, startupTimeout, maxWaitForFork, idleShutdown, maxFilesPerFork, forkLogLevel,
                    tesseract);
        }
    }
}
