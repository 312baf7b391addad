package org.recordswatch.extraction;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Real engines for the tests: forked JVMs with the test JVM's class path (as {@code WEB-INF/lib/*} and
 * {@code WEB-INF/classes} in the application) plus {@code fork-test}, which registers the hostile test parser.
 * Every test class gets its own folder under {@code target/extraction-tests}; one engine serves a whole class.
 */
final class TestEngines {

    private TestEngines() {
    }

    static Path folder(Class<?> testClass) throws IOException {
        Path folder = Path.of("target", "extraction-tests", testClass.getSimpleName()).toAbsolutePath();
        TikaPipesExtractor.deleteTree(folder.resolve("in"));
        return Files.createDirectories(folder.resolve("in")).getParent();
    }

    static List<String> forkClasspath() {
        List<String> entries = new ArrayList<>(Arrays.asList(
                System.getProperty("java.class.path").split(File.pathSeparator)));
        entries.add(Path.of("target", "test-classes", "fork-test").toAbsolutePath().toString());
        return entries;
    }

    /** The class path a deployed application gives its forks: no test-only parser. */
    static List<String> forkClasspathWithoutTestParsers() {
        return Arrays.asList(System.getProperty("java.class.path").split(File.pathSeparator));
    }

    static PipesEngineSettings.Builder settings(Path folder) {
        return PipesEngineSettings.builder(folder.resolve("work"), folder.resolve("in"), forkClasspath())
                .forks(2).forkHeap("256m").forkLogLevel("WARNING");
    }
}
