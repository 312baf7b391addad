package org.recordswatch.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Check C08 with real forked JVMs: a parser that calls {@code System.exit}, one that hangs ignoring interrupts and one
 * that exhausts the heap (test-only, {@code fork.HostileParser}) each fail their own file with their own status; the
 * fork is replaced, the next file is extracted, and this JVM carries on. One fork, so that the same slot dies and
 * comes back every time.
 */
class ForkIsolationTest {

    private static Path folder;
    private static Path in;
    private static TikaPipesExtractor engine;
    private static final ExtractionOptions OPTIONS = ExtractionOptions.defaults().toBuilder().ocr(false)
            .timeout(Duration.ofSeconds(3)).build();

    @BeforeAll
    static void start() throws IOException {
        folder = TestEngines.folder(ForkIsolationTest.class);
        in = folder.resolve("in");
        engine = new TikaPipesExtractor(TestEngines.settings(folder).forks(1).build());
    }

    @AfterAll
    static void stop() {
        engine.close();
    }

    private static Path ordinary(String name) throws IOException {
        return Fixtures.write(in, name, Fixtures.eml(name, "Ordinary", "An ordinary message " + name));
    }

    private static void assertOrdinaryFileIsExtracted(String name) throws Exception {
        try (ExtractionResult result = engine.extract(ordinary(name), name + ".eml", OPTIONS)) {
            assertEquals(ExtractionStatus.DONE, result.status(), () -> result.reason().orElse(""));
            assertEquals("An ordinary message " + name, result.root().orElseThrow().text());
        }
    }

    @Test
    void eachHostileFileFailsAloneAndTheNextFileIsExtracted() throws Exception {
        assertOrdinaryFileIsExtracted("before");
        EngineHealth before = engine.health();

        try (ExtractionResult exit = engine.extract(Fixtures.write(in, "exit", Fixtures.hostile("EXIT")), "exit.bin",
                OPTIONS)) {
            assertEquals(ExtractionStatus.FAILED_PARSE, exit.status());
            assertEquals(ProcessOutcome.CRASHED, exit.processOutcome());
            assertTrue(exit.reason().orElseThrow().contains("stopped unexpectedly"));
            assertEquals("application/x-rw-test-exit", exit.root().orElseThrow().mediaType(),
                    "what was known before the crash is kept");
        }
        assertOrdinaryFileIsExtracted("after-exit");

        try (ExtractionResult oom = engine.extract(Fixtures.write(in, "oom", Fixtures.hostile("OOM")), "oom.bin",
                OPTIONS)) {
            assertEquals(ExtractionStatus.FAILED_LIMIT, oom.status());
            assertEquals(ProcessOutcome.OUT_OF_MEMORY, oom.processOutcome());
            assertEquals(Set.of(Limit.MEMORY), oom.limitsHit());
            assertTrue(oom.reason().orElseThrow().contains("256m heap"), oom.reason().get());
        }
        assertOrdinaryFileIsExtracted("after-oom");

        long started = System.nanoTime();
        try (ExtractionResult hang = engine.extract(Fixtures.write(in, "hang", Fixtures.hostile("HANG")), "hang.bin",
                OPTIONS)) {
            assertEquals(ExtractionStatus.FAILED_TIMEOUT, hang.status());
            assertEquals(ProcessOutcome.TIMED_OUT, hang.processOutcome());
            assertEquals("Extraction took longer than the time limit of 3 seconds; the extraction process was "
                    + "stopped.", hang.reason().orElseThrow());
        }
        long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();
        assertTrue(seconds >= 3 && seconds < 10, "stopped after its time limit: " + seconds + " s");
        assertOrdinaryFileIsExtracted("after-hang");

        EngineHealth after = engine.health();
        assertEquals(before.crashes() + 1, after.crashes());
        assertEquals(before.outOfMemory() + 1, after.outOfMemory());
        assertEquals(before.timeouts() + 1, after.timeouts());
        assertEquals(before.extracted() + 6, after.extracted());
        assertTrue(after.lastProblem().isPresent());
    }

    @Test
    void aHangingFileDoesNotHoldUpTheFilesBesideIt() throws Exception {
        Path second = folder.resolve("two-forks");
        try (TikaPipesExtractor twoForks = new TikaPipesExtractor(
                PipesEngineSettings.builder(second.resolve("work"), in, TestEngines.forkClasspath()).forks(2)
                        .forkHeap("256m").build())) {
            ExecutorService callers = Executors.newFixedThreadPool(3);
            // Both forks started first, so that the test measures parsing, not JVM start-up on a busy machine.
            List<Future<ExtractionResult>> warmUp = List.of(
                    callers.submit(() -> twoForks.extract(ordinary("warm-a"), OPTIONS)),
                    callers.submit(() -> twoForks.extract(ordinary("warm-b"), OPTIONS)));
            for (Future<ExtractionResult> warm : warmUp) {
                warm.get().close();
            }
            Path hang = Fixtures.write(in, "hang-2", Fixtures.hostile("HANG"));
            ExtractionOptions slow = OPTIONS.toBuilder().timeout(Duration.ofSeconds(10)).build();
            Future<ExtractionResult> hanging = callers.submit(() -> twoForks.extract(hang, "hang.bin", slow));
            Thread.sleep(300);
            List<Future<ExtractionResult>> others = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                Path file = ordinary("beside-" + i);
                others.add(callers.submit(() -> twoForks.extract(file, OPTIONS)));
            }
            for (Future<ExtractionResult> other : others) {
                try (ExtractionResult result = other.get()) {
                    assertEquals(ExtractionStatus.DONE, result.status());
                }
            }
            assertFalse(hanging.isDone(), "the six files were done on the other fork while the hang went on");
            try (ExtractionResult result = hanging.get()) {
                assertEquals(ExtractionStatus.FAILED_TIMEOUT, result.status());
            }
            callers.shutdown();
        }
    }

    @Test
    void aForkThatCannotStartMakesTheEngineUnavailableInsteadOfHanging() throws Exception {
        Path broken = folder.resolve("broken");
        PipesEngineSettings settings = PipesEngineSettings.builder(broken.resolve("work"), in,
                List.of(broken.resolve("no-such-lib").toString() + "/*")).forks(1)
                .startupTimeout(Duration.ofSeconds(20)).build();
        try (TikaPipesExtractor engine = new TikaPipesExtractor(settings)) {
            Path file = ordinary("unstartable");
            long started = System.nanoTime();
            assertThrows(ExtractionUnavailableException.class, () -> engine.extract(file, OPTIONS));
            assertThrows(ExtractionUnavailableException.class, () -> engine.extract(file, OPTIONS));
            assertTrue(Duration.ofNanos(System.nanoTime() - started).toSeconds() < 20);
            assertEquals(2, engine.health().unavailable());
            assertEquals(2, engine.health().restarts(), "each failure retired the pool; each call started a fresh one");
        }
    }
}
