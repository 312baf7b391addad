package org.recordswatch.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Decompression bombs, deep nesting and huge entry counts (checks C01-C03) end as {@code FAILED_LIMIT} with a reason
 * and the parts read so far, never as an out-of-memory error of the forked process, let alone of this JVM. The bombs
 * are generated streaming (a gibibyte never sits in memory) into {@code target/} once and reused.
 */
class ExtractionLimitsTest {

    private static final long GIB = 1024L * 1024 * 1024;
    private static Path folder;
    private static Path in;
    private static TikaPipesExtractor engine;
    private static final ExtractionOptions OPTIONS = ExtractionOptions.defaults().toBuilder().ocr(false)
            .timeout(Duration.ofSeconds(60)).build();

    @BeforeAll
    static void start() throws IOException {
        folder = TestEngines.folder(ExtractionLimitsTest.class);
        in = folder.resolve("in");
        engine = new TikaPipesExtractor(TestEngines.settings(folder).build());
    }

    @AfterAll
    static void stop() {
        engine.close();
    }

    /** A bomb kept in target/ between runs: generating a gibibyte takes seconds. */
    private static Path bomb(String name, Generator generator) throws IOException {
        Path cached = Path.of("target", "extraction-fixtures", name).toAbsolutePath();
        if (!Files.exists(cached)) {
            Files.createDirectories(cached.getParent());
            Path partial = cached.resolveSibling(name + ".partial");
            generator.write(partial);
            Files.move(partial, cached);
        }
        Path file = in.resolve(name);
        Files.deleteIfExists(file);
        Files.createLink(file, cached);
        return file;
    }

    private interface Generator {
        void write(Path out) throws IOException;
    }

    /** Runs the extraction while sampling this JVM's used heap; returns the result and the peak growth. */
    private static ExtractionResult measured(Path file, String name, ExtractionOptions options, AtomicLong peakGrowth)
            throws Exception {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long baseline = memory.getHeapMemoryUsage().getUsed();
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicLong peak = new AtomicLong(baseline);
        Thread sampler = new Thread(() -> {
            while (running.get()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.start();
        try {
            return engine.extract(file, name, options);
        } finally {
            running.set(false);
            sampler.join();
            peakGrowth.set(peak.get() - baseline);
        }
    }

    @Test
    void aGibibyteOfTextInAZipStopsAtTheWriteLimit() throws Exception {
        Path file = bomb("text-bomb.zip", out -> Fixtures.textBomb(out, "jack.txt", GIB));
        AtomicLong heapGrowth = new AtomicLong();
        long started = System.nanoTime();
        ExtractionOptions options = OPTIONS.toBuilder().writeLimit(1_000_000).keepEmbeddedBytes(false).build();
        try (ExtractionResult result = measured(file, "bomb.zip", options, heapGrowth)) {
            assertEquals(ExtractionStatus.FAILED_LIMIT, result.status());
            assertEquals(Set.of(Limit.OUTPUT), result.limitsHit());
            assertEquals(ProcessOutcome.COMPLETED, result.processOutcome());
            assertTrue(result.reason().orElseThrow().contains("1000000 characters"), result.reason().get());
            ExtractedPart jack = result.parts().get(1);
            assertEquals("bomb.zip!jack.txt", jack.path());
            assertTrue(jack.text().startsWith("all work and no play"));
            assertTrue(jack.text().length() <= 1_000_000, "cut at the write limit");
        }
        assertTrue(Duration.ofNanos(System.nanoTime() - started).toSeconds() < 30);
        assertTrue(heapGrowth.get() < 200L * 1024 * 1024, "this JVM's heap grew by " + heapGrowth.get());
    }

    @Test
    void keepingTheBytesOfTheTextBombStopsAtTheCompressionRatio() throws Exception {
        Path file = bomb("text-bomb.zip", out -> Fixtures.textBomb(out, "jack.txt", GIB));
        try (ExtractionResult result = engine.extract(file, "bomb.zip", OPTIONS)) {
            assertEquals(ExtractionStatus.FAILED_LIMIT, result.status());
            assertEquals(Set.of(Limit.COMPRESSION_RATIO), result.limitsHit(), "copying out comes before parsing");
            assertTrue(result.parts().get(1).embeddedFile().isEmpty());
        }
    }

    @Test
    void withoutAWriteLimitTheCompressionRatioStopsTheTextBombBeforeTheForkRunsOutOfMemory() throws Exception {
        // Tika's own maximumCompressionRatio does not bite in this mode; the fork's unpacking budget does.
        Path file = bomb("text-bomb.zip", out -> Fixtures.textBomb(out, "jack.txt", GIB));
        ExtractionOptions options = OPTIONS.toBuilder().writeLimit(Integer.MAX_VALUE).maxCompressionRatio(10)
                .keepEmbeddedBytes(false).build();
        try (ExtractionResult result = engine.extract(file, "bomb.zip", options)) {
            assertEquals(ExtractionStatus.FAILED_LIMIT, result.status());
            assertEquals(ProcessOutcome.COMPLETED, result.processOutcome(), "stopped by a limit, not by OOM");
            assertTrue(result.limitsHit().contains(Limit.COMPRESSION_RATIO), result.limitsHit().toString());
            assertTrue(result.reason().orElseThrow().contains("10 times the size of the file"));
            ExtractedPart jack = result.parts().get(1);
            assertTrue(jack.limitsHit().contains(Limit.COMPRESSION_RATIO), "the part that unpacked too much is marked");
        }
    }

    @Test
    void aGibibyteOfZerosIsNotCopiedOutBeyondTheUnpackedBytesLimit() throws Exception {
        Path file = bomb("zero-bomb.zip", out -> Fixtures.zeroBomb(out, "zeros.bin", GIB));
        ExtractionOptions options = OPTIONS.toBuilder().maxUnpackedBytes(64L * 1024 * 1024)
                .maxCompressionRatio(100_000).build();
        try (ExtractionResult result = engine.extract(file, "zeros.zip", options)) {
            assertEquals(ExtractionStatus.FAILED_LIMIT, result.status());
            assertEquals(Set.of(Limit.UNPACKED_BYTES), result.limitsHit());
            ExtractedPart zeros = result.parts().get(1);
            assertEquals("zeros.zip!zeros.bin", zeros.path());
            assertTrue(zeros.embeddedFile().isEmpty(), "the partial copy is deleted");
            assertTrue(zeros.metadata(org.recordswatch.extraction.fork.ForkMetadata.EMBEDDED_FILE_SKIPPED)
                    .isPresent());
        }
        try (Stream<Path> left = Files.walk(folder.resolve("work/parts"))) {
            assertEquals(0, left.filter(Files::isRegularFile).count());
        }
        // With the default options the ratio (100 x 1 MB) stops it even earlier.
        try (ExtractionResult result = engine.extract(file, "zeros.zip", OPTIONS)) {
            assertEquals(Set.of(Limit.COMPRESSION_RATIO), result.limitsHit());
        }
    }

    @Test
    void aZipNestedTwelveLevelsDeepIsCutAtTheDepthLimit() throws Exception {
        Path file = Fixtures.write(in, "nested", Fixtures.nestedZip(12, "innermost text"));
        try (ExtractionResult result = engine.extract(file, "level1.zip", OPTIONS)) {
            assertEquals(ExtractionStatus.FAILED_LIMIT, result.status());
            assertEquals(Set.of(Limit.DEPTH), result.limitsHit());
            assertEquals("Documents nested deeper than 10 levels were not extracted.", result.reason().orElseThrow());
            assertEquals(11, result.parts().size(), "the file and ten levels below it");
            assertEquals(10, result.parts().stream().mapToInt(ExtractedPart::depth).max().orElseThrow());
            assertTrue(result.parts().stream().noneMatch(p -> p.text().contains("innermost")));
            ExtractedPart deepest = result.parts().get(10);
            assertTrue(deepest.limitsHit().contains(Limit.DEPTH), "the part whose children were skipped is marked");
        }
        ExtractionOptions deeper = OPTIONS.toBuilder().maxDepth(12).build();
        try (ExtractionResult result = engine.extract(file, "level1.zip", deeper)) {
            assertEquals(ExtractionStatus.DONE, result.status());
            assertTrue(result.parts().stream().anyMatch(p -> p.text().equals("innermost text")));
        }
    }

    @Test
    void aHundredThousandEntriesStopAtTheEmbeddedLimit() throws Exception {
        Path file = bomb("many-entries.zip", out -> Fixtures.manyEntries(out, 100_000));
        long started = System.nanoTime();
        try (ExtractionResult result = engine.extract(file, "many.zip", OPTIONS.toBuilder().maxEmbedded(200)
                .build())) {
            assertEquals(ExtractionStatus.FAILED_LIMIT, result.status());
            assertEquals(Set.of(Limit.EMBEDDED_COUNT), result.limitsHit());
            assertEquals("The file holds more than 200 embedded documents; the rest were not extracted.",
                    result.reason().orElseThrow());
            assertEquals(200, result.root().orElseThrow().children().size());
            assertEquals("entry 199", result.parts().get(200).text());
        }
        assertTrue(Duration.ofNanos(System.nanoTime() - started).toSeconds() < 30, "the other 99,800 are not walked");
    }

    @Test
    void exactlyAsManyEntriesAsAllowedIsNotALimit() throws Exception {
        Path file = Fixtures.write(in, "three", Fixtures.zip(Fixtures.entries("a.txt", "a", "b.txt", "b", "c.txt",
                "c")));
        try (ExtractionResult result = engine.extract(file, "three.zip", OPTIONS.toBuilder().maxEmbedded(3).build())) {
            assertEquals(ExtractionStatus.DONE, result.status());
            assertFalse(result.limitsHit().contains(Limit.EMBEDDED_COUNT));
        }
    }
}
