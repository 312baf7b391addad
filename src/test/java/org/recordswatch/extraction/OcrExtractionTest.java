package org.recordswatch.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.recordswatch.extraction.Fixtures.Attachment;

/**
 * OCR with Tesseract (Debian's tesseract-ocr with eng and spa): pages without a text layer are read and marked, the
 * language is chosen per request, and a fork killed during OCR leaves no Tesseract process behind (trap 10 of the
 * spike).
 */
class OcrExtractionTest {

    private static Path folder;
    private static Path in;
    private static TikaPipesExtractor engine;
    private static final ExtractionOptions OCR = ExtractionOptions.defaults().toBuilder()
            .timeout(Duration.ofSeconds(60)).build();

    @BeforeAll
    static void start() throws IOException {
        folder = TestEngines.folder(OcrExtractionTest.class);
        in = folder.resolve("in");
        engine = new TikaPipesExtractor(TestEngines.settings(folder).build());
        assertTrue(engine.ocrLanguages().containsAll(Set.of("eng", "spa")),
                "the tests need the Debian packages tesseract-ocr and tesseract-ocr-spa");
    }

    @AfterAll
    static void stop() {
        engine.close();
    }

    private static String normalized(String text) {
        return text.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    @Test
    void aScannedPageIsReadByOcrAndMarkedWhileTheTextPageIsNot() throws Exception {
        byte[] pdf = Fixtures.pdf(List.of("Cover letter with a real text layer",
                "IMAGE:The quick brown fox jumps\nover the lazy dog near Albuquerque"));
        Path file = Fixtures.write(in, "scan-en", pdf);
        try (ExtractionResult result = engine.extract(file, "letter.pdf", OCR.toBuilder().ocrLanguages("eng")
                .build())) {
            assertEquals(ExtractionStatus.DONE, result.status());
            ExtractedPart root = result.root().orElseThrow();
            assertTrue(root.ocr());
            assertEquals(2, root.pages().size());
            ExtractedPage cover = root.pages().get(0);
            ExtractedPage scan = root.pages().get(1);
            assertEquals("Cover letter with a real text layer", cover.text());
            assertFalse(cover.ocr());
            assertTrue(scan.ocr());
            assertTrue(normalized(scan.text()).contains("quick brown fox"), scan.text());
            assertTrue(normalized(scan.text()).contains("albuquerque"), scan.text());
        }
    }

    @Test
    void theLanguageIsChosenPerRequest() throws Exception {
        byte[] pdf = Fixtures.pdf(List.of("IMAGE:El señor Muñoz pidió información\nsobre el año de publicación"));
        Path file = Fixtures.write(in, "scan-es", pdf);
        try (ExtractionResult spanish = engine.extract(file, "carta.pdf", OCR.toBuilder().ocrLanguages("spa")
                .build())) {
            String text = spanish.root().orElseThrow().pages().get(0).text();
            assertTrue(text.contains("Muñoz"), text);
            assertTrue(text.contains("información"), text);
        }
        try (ExtractionResult both = engine.extract(file, "carta.pdf", OCR.toBuilder().ocrLanguages("eng", "spa")
                .build())) {
            assertTrue(both.root().orElseThrow().pages().get(0).ocr());
            assertTrue(normalized(both.root().orElseThrow().text()).contains("publicación"));
        }
    }

    @Test
    void withoutOcrAScanHasNoText() throws Exception {
        Path file = Fixtures.write(in, "scan-off", Fixtures.pdf(List.of("IMAGE:Nothing should read this")));
        try (ExtractionResult result = engine.extract(file, "scan.pdf", OCR.toBuilder().ocr(false).build())) {
            assertEquals(ExtractionStatus.DONE, result.status());
            ExtractedPart root = result.root().orElseThrow();
            assertEquals(List.of(new ExtractedPage(1, "", false)), root.pages());
            assertFalse(root.ocr());
        }
    }

    @Test
    void anImageAttachmentIsReadByOcr() throws Exception {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(Fixtures.textImage("Photographed notice about the hearing"), "png", png);
        byte[] mail = Fixtures.eml("photo", "Photo", "See the photo.",
                new Attachment("notice.png", "image/png", png.toByteArray()));
        Path file = Fixtures.write(in, "photo", mail);
        try (ExtractionResult result = engine.extract(file, "photo.eml", OCR.toBuilder().ocrLanguages("eng")
                .build())) {
            ExtractedPart image = result.parts().get(1);
            assertEquals("image/png", image.mediaType());
            assertTrue(image.ocr());
            assertTrue(normalized(image.text()).contains("notice about the hearing"), image.text());
            assertFalse(result.root().orElseThrow().ocr(), "the message itself was not OCR'd");
        }
    }

    @Test
    void aLanguageThatIsNotInstalledMakesTheEngineUnavailableBeforeAnyFork() throws Exception {
        Path file = Fixtures.write(in, "scan-de", Fixtures.pdf(List.of("IMAGE:Guten Tag")));
        ExtractionUnavailableException e = assertThrows(ExtractionUnavailableException.class,
                () -> engine.extract(file, OCR.toBuilder().ocrLanguages("eng", "xyz").build()));
        assertTrue(e.getMessage().contains("xyz"));
    }

    @Test
    void aForkKilledDuringOcrLeavesNoTesseractBehind() throws Exception {
        List<String> pages = new ArrayList<>();
        for (int page = 0; page < 4; page++) {
            StringBuilder dense = new StringBuilder("IMAGE:");
            for (int line = 0; line < 26; line++) {
                dense.append("Line ").append(line).append(" of a dense scanned page that keeps Tesseract busy\n");
            }
            pages.add(dense.toString());
        }
        Path file = Fixtures.write(in, "dense", Fixtures.pdf(pages));
        String forkTmp = folder.resolve("work/tmp").toString();

        Set<Long> seen = ConcurrentHashMap.newKeySet();
        AtomicBoolean watching = new AtomicBoolean(true);
        Thread watcher = new Thread(() -> {
            while (watching.get()) {
                seen.addAll(tesseractsWorkingIn(forkTmp));
                try {
                    Thread.sleep(25);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        watcher.start();
        try (ExtractionResult result = engine.extract(file, "dense.pdf", OCR.toBuilder().ocrLanguages("eng")
                .timeout(Duration.ofSeconds(4)).build())) {
            assertEquals(ExtractionStatus.FAILED_TIMEOUT, result.status());
        } finally {
            watching.set(false);
            watcher.join();
        }
        assertFalse(seen.isEmpty(), "Tesseract was working when the fork was killed");
        long deadline = System.nanoTime() + Duration.ofMillis(1500).toNanos();
        while (seen.stream().anyMatch(OcrExtractionTest::alive) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertEquals(List.of(), seen.stream().filter(OcrExtractionTest::alive).toList(),
                "Tesseract processes that outlived their fork");
        assertEquals(List.of(), tesseractsWorkingIn(forkTmp).stream().filter(OcrExtractionTest::alive).toList());
    }

    /**
     * Running, not merely a zombie: a killed Tesseract whose new parent (pid 1) has not reaped it yet still has an
     * entry, and {@link ProcessHandle#isAlive()} says true for it (containers without an init reap late).
     */
    private static boolean alive(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            return stat.charAt(stat.lastIndexOf(')') + 2) != 'Z';
        } catch (IOException gone) {
            return false;
        }
    }

    /** Tesseract processes reading an image from the forks' temporary folder (Linux /proc). */
    private static List<Long> tesseractsWorkingIn(String folder) {
        List<Long> pids = new ArrayList<>();
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            for (Path proc : (Iterable<Path>) procs::iterator) {
                String name = proc.getFileName().toString();
                if (!name.chars().allMatch(Character::isDigit)) {
                    continue;
                }
                try {
                    String cmdline = new String(Files.readAllBytes(proc.resolve("cmdline")), StandardCharsets.UTF_8)
                            .replace('\0', ' ');
                    if (cmdline.contains("tesseract") && cmdline.contains(folder)) {
                        pids.add(Long.parseLong(name));
                    }
                } catch (IOException gone) {
                    // the process ended while we looked
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return pids;
    }
}
