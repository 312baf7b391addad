package org.recordswatch.extraction;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * The small shell scripts through which the forks and their OCR processes start, written into the engine's
 * {@code bin} folder:
 * <ul>
 * <li>{@code fork-java} starts the forked JVM with an empty environment (only {@code PATH}, {@code LANG},
 * {@code HOME}, {@code TZ}): the application's environment holds the database password and the initial admin
 * password, which a parser exploited by a hostile file must not find;</li>
 * <li>{@code tesseract} runs Tesseract under {@code setpriv --pdeathsig KILL}, so that the kernel kills it when the
 * fork that started it dies. Tika Pipes kills a fork that exceeds its time limit with SIGKILL, which runs no shutdown
 * hook; without this the OCR process would run on as an orphan. The script also refuses to start Tesseract if that
 * fork is already gone.</li>
 * </ul>
 * On a system without {@code /bin/sh} and {@code /usr/bin/env} (Windows) the executables are used directly.
 */
final class ForkWrappers {

    private static final Logger LOG = Logger.getLogger(ForkWrappers.class.getName());
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{3}(_[a-z]{1,8})?");
    private static final Path SH = Path.of("/bin/sh");
    private static final Path ENV = Path.of("/usr/bin/env");

    private final Path javaLauncher;
    private final Path tesseractFolder;
    private final Set<String> ocrLanguages;
    private final boolean ocrDiesWithFork;

    private ForkWrappers(Path javaLauncher, Path tesseractFolder, Set<String> ocrLanguages, boolean ocrDiesWithFork) {
        this.javaLauncher = javaLauncher;
        this.tesseractFolder = tesseractFolder;
        this.ocrLanguages = ocrLanguages;
        this.ocrDiesWithFork = ocrDiesWithFork;
    }

    static ForkWrappers write(Path bin, Path java, Path configuredTesseract) throws IOException {
        Files.createDirectories(bin);
        boolean posix = Files.isExecutable(SH) && Files.isExecutable(ENV);
        Path launcher = java;
        if (posix) {
            launcher = script(bin.resolve("fork-java"), """
                    # Starts a forked extraction process (Tika) with an empty environment: no secrets of the
                    # application reach a process that parses hostile files. Written by Records Watch; do not edit.
                    exec /usr/bin/env -i PATH=/usr/local/bin:/usr/bin:/bin LANG=C.UTF-8 HOME=%s ${TZ:+"TZ=$TZ"} %s "$@"
                    """.formatted(quote(bin.getParent().toString()), quote(java.toString())));
        }
        Path tesseract = configuredTesseract != null ? configuredTesseract : onPath("tesseract");
        if (tesseract == null || !Files.isExecutable(tesseract)) {
            LOG.warning("Tesseract was not found; files will be extracted without OCR");
            return new ForkWrappers(launcher, null, Set.of(), false);
        }
        Set<String> languages = languages(tesseract);
        Path setpriv = onPath("setpriv");
        if (!posix) {
            return new ForkWrappers(launcher, tesseract.toAbsolutePath().getParent(), languages, false);
        }
        String run = setpriv == null
                ? "exec %s \"$@\"".formatted(quote(tesseract.toString()))
                : "exec %s --pdeathsig KILL -- /bin/sh -c '[ \"$PPID\" = \"$0\" ] || exit 1; exec \"$@\"' \"$PPID\" %s \"$@\""
                        .formatted(quote(setpriv.toString()), quote(tesseract.toString()));
        if (setpriv == null) {
            LOG.warning("setpriv (util-linux) was not found: an OCR process may outlive a forked process that is "
                    + "killed for exceeding its time limit");
        }
        script(bin.resolve("tesseract"), """
                # Runs Tesseract for a forked extraction process so that the kernel kills it when that process dies.
                # Written by Records Watch; do not edit.
                if [ "$TESSDATA_PREFIX" = %s ]; then unset TESSDATA_PREFIX; fi
                %s
                """.formatted(quote(bin.resolve("tessdata").toString()), run));
        return new ForkWrappers(launcher, bin, languages, setpriv != null);
    }

    /** What starts the forked JVM: the {@code fork-java} script, or {@code java} itself. */
    Path javaLauncher() {
        return javaLauncher;
    }

    /** The folder of the {@code tesseract} the forks run, or {@code null} if there is none. */
    Path tesseractFolder() {
        return tesseractFolder;
    }

    /** The languages Tesseract has installed; empty without Tesseract. */
    Set<String> ocrLanguages() {
        return ocrLanguages;
    }

    boolean ocrDiesWithFork() {
        return ocrDiesWithFork;
    }

    private static Path script(Path file, String body) throws IOException {
        Files.writeString(file, "#!/bin/sh\n" + body, StandardCharsets.UTF_8);
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-x---"));
        } catch (UnsupportedOperationException e) {
            if (!file.toFile().setExecutable(true, true)) {
                throw new IOException("Cannot make " + file + " executable", e);
            }
        }
        return file;
    }

    /** A shell word that is exactly {@code s}. */
    static String quote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }

    static Path onPath(String program) {
        String path = System.getenv("PATH");
        List<String> folders = path == null ? List.of("/usr/local/bin", "/usr/bin", "/bin")
                : Arrays.asList(path.split(File.pathSeparator));
        for (String folder : folders) {
            if (folder.isBlank()) {
                continue;
            }
            Path candidate = Path.of(folder, program);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    private static Set<String> languages(Path tesseract) {
        Set<String> languages = new LinkedHashSet<>();
        try {
            Process process = new ProcessBuilder(tesseract.toString(), "--list-langs").redirectErrorStream(true)
                    .start();
            process.getOutputStream().close();
            String output;
            try (InputStream in = process.getInputStream()) {
                output = new String(in.readNBytes(64 * 1024), StandardCharsets.UTF_8);
            }
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
            output.lines().map(String::strip).filter(l -> LANGUAGE.matcher(l).matches()).forEach(languages::add);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Cannot list Tesseract's languages", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        languages.remove("osd");
        return Set.copyOf(languages);
    }
}
