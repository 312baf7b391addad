package org.recordswatch.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.tika.pipes.PipesConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TikaConfigWriterTest {

    @TempDir
    Path temp;

    private PipesEngineSettings settings() {
        return PipesEngineSettings.builder(temp.resolve("work"), temp, List.of("/app/WEB-INF/lib/*",
                "/app/WEB-INF/classes")).forks(3).forkHeap("384m").extraJvmArgs(List.of("-XX:+UseStringDeduplication"))
                .startupTimeout(Duration.ofSeconds(45)).build();
    }

    @Test
    void tikaReadsTheGeneratedPoolSettingsAndTheForkCommandLine() throws Exception {
        Path file = temp.resolve("tika-config.xml");
        Files.writeString(file, TikaConfigWriter.write(settings(), Path.of("/opt/java"), null, temp.resolve("tmp"),
                temp.resolve("parts"), temp.resolve("log.properties")), StandardCharsets.UTF_8);
        PipesConfig config = PipesConfig.load(file);
        assertEquals(3, config.getNumClients());
        assertEquals(45_000, config.getStartupTimeoutMillis());
        assertEquals(1_000, config.getSleepOnStartupTimeoutMillis(), "never Tika's 4-minute pause");
        assertEquals(-1, config.getMaxForEmitBatchBytes(), "results always come back to the caller");
        assertEquals("/opt/java", config.getJavaPath());
        List<String> args = config.getForkedJvmArgs();
        assertTrue(args.contains("-Xmx384m"));
        assertTrue(args.contains("-XX:+UseStringDeduplication"));
        assertTrue(args.indexOf("-XX:TieredStopAtLevel=1") < args.indexOf("-XX:+UseStringDeduplication"),
                "configured arguments come after the defaults, so they can override them");
        int cp = args.indexOf("-cp");
        assertEquals("/app/WEB-INF/lib/*:/app/WEB-INF/classes", args.get(cp + 1),
                "the class path is its own argument, after a lone -cp, so Tika adds none of its own");
        assertEquals(1, args.stream().filter(a -> a.equals("-cp")).count());
        assertTrue(args.contains("-Djava.io.tmpdir=" + temp.resolve("tmp")));
    }

    @Test
    void theOcrParserRunsTheWrapperOnlyWhenTesseractIsThere() {
        String with = TikaConfigWriter.write(settings(), Path.of("java"), temp.resolve("bin"), temp, temp, temp);
        assertTrue(with.contains("<param name=\"tesseractPath\" type=\"string\">" + temp.resolve("bin")));
        assertTrue(with.contains("parser-exclude class=\"org.apache.tika.parser.ocr.TesseractOCRParser\""));
        String without = TikaConfigWriter.write(settings(), Path.of("java"), null, temp, temp, temp);
        assertFalse(without.contains("<parsers>"));
    }

    @Test
    void valuesAreEscaped() {
        assertEquals("a&amp;b&lt;c&gt;&quot;", TikaConfigWriter.escape("a&b<c>\""));
    }

    @Test
    void settingsRefuseAClassPathSmuggledThroughTheJvmArguments() {
        assertThrows(IllegalArgumentException.class, () -> PipesEngineSettings.builder(temp, temp, List.of("x"))
                .extraJvmArgs(List.of("-cp", "/elsewhere")).build());
        assertThrows(IllegalArgumentException.class, () -> PipesEngineSettings.builder(temp, temp, List.of("x"))
                .forkHeap("512m -Dx=y").build());
        assertThrows(IllegalArgumentException.class, () -> PipesEngineSettings.builder(temp, temp, List.of())
                .build());
    }
}
