package org.recordswatch.extraction;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.recordswatch.extraction.Fixtures.Attachment;

/**
 * The engine on ordinary and awkward files, with real forked JVMs (one warm engine for the class): the tree of parts
 * with paths, parents and depths, embedded bytes, pages, and the statuses of encrypted and corrupt files.
 */
class TikaPipesExtractorTest {

    private static Path folder;
    private static Path in;
    private static TikaPipesExtractor engine;
    private static final ExtractionOptions NO_OCR = ExtractionOptions.defaults().toBuilder().ocr(false).build();

    @BeforeAll
    static void start() throws IOException {
        folder = TestEngines.folder(TikaPipesExtractorTest.class);
        in = folder.resolve("in");
        engine = new TikaPipesExtractor(TestEngines.settings(folder).build());
    }

    @AfterAll
    static void stop() {
        engine.close();
    }

    private static ExtractedPart only(List<ExtractedPart> parts, String path) {
        List<ExtractedPart> found = parts.stream().filter(p -> p.path().equals(path)).toList();
        assertEquals(1, found.size(), () -> "parts at " + path + " among " + parts.stream().map(ExtractedPart::path)
                .toList());
        return found.get(0);
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    void anEmailWithAttachmentsBecomesATreeOfPartsWithTheirBytes() throws Exception {
        byte[] pdf = Fixtures.textPdf("Alpha text on page one", "Bravo text on page two");
        byte[] note = "Meeting notes in plain text".getBytes(StandardCharsets.UTF_8);
        byte[] mail = Fixtures.eml("tree", "Records you asked for", "Please find the records attached.",
                new Attachment("report.pdf", "application/pdf", pdf), new Attachment("notes.txt", "text/plain", note));
        Path file = Fixtures.write(in, "stored-blob-1", mail);

        try (ExtractionResult result = engine.extract(file, "request 42.eml", NO_OCR)) {
            assertEquals(ExtractionStatus.DONE, result.status());
            assertTrue(result.reason().isEmpty());
            assertEquals(ProcessOutcome.COMPLETED, result.processOutcome());
            assertTrue(result.extractorVersion().contains("3.3.1"), result.extractorVersion());

            ExtractedPart root = result.root().orElseThrow();
            assertEquals("/", root.id());
            assertTrue(root.isRoot());
            assertEquals("request 42.eml", root.path());
            assertEquals("message/rfc822", root.mediaType());
            assertTrue(root.text().contains("Please find the records attached."));
            assertEquals("Records you asked for", root.metadata("dc:subject").orElseThrow());
            assertTrue(root.embeddedFile().isEmpty());
            assertEquals(2, root.children().size());

            ExtractedPart report = only(result.parts(), "request 42.eml!report.pdf");
            assertEquals(1, report.depth());
            assertEquals("/", report.parentId().orElseThrow());
            assertEquals("application/pdf", report.mediaType());
            assertEquals(List.of(new ExtractedPage(1, "Alpha text on page one", false),
                    new ExtractedPage(2, "Bravo text on page two", false)), report.pages());
            assertFalse(report.ocr());
            ExtractedPart.EmbeddedFile reportFile = report.embeddedFile().orElseThrow();
            assertArrayEquals(pdf, Files.readAllBytes(reportFile.file()));
            assertEquals(pdf.length, reportFile.length());
            assertEquals(sha256(pdf), reportFile.sha256());

            ExtractedPart notes = only(result.parts(), "request 42.eml!notes.txt");
            assertEquals("text/plain", notes.mediaType());
            assertTrue(notes.charset().isPresent());
            assertEquals("Meeting notes in plain text", notes.text());
            assertArrayEquals(note, Files.readAllBytes(notes.embeddedFile().orElseThrow().file()));

            Path parts = reportFile.file().getParent();
            assertTrue(Files.isDirectory(parts));
            result.close();
            assertFalse(Files.exists(parts), "closing the result deletes the embedded files");
        }
    }

    @Test
    void membersOfNestedArchivesKeepTheirPathInsideEachArchive() throws Exception {
        byte[] mail = Fixtures.eml("nested", "Inner message", "Text of the inner message");
        byte[] inner = Fixtures.zip(Fixtures.entries("docs/inner.eml", mail, "docs/readme.txt", "inner readme"));
        byte[] outer = Fixtures.zip(Fixtures.entries("folder/inner.zip", inner, "top.txt", "top level text"));
        Path file = Fixtures.write(in, "stored-blob-2", outer);

        try (ExtractionResult result = engine.extract(file, "outer.zip", NO_OCR)) {
            assertEquals(ExtractionStatus.DONE, result.status());
            assertEquals(List.of("outer.zip", "outer.zip!folder/inner.zip", "outer.zip!folder/inner.zip!docs/inner.eml",
                    "outer.zip!folder/inner.zip!docs/readme.txt", "outer.zip!top.txt"),
                    result.parts().stream().map(ExtractedPart::path).toList());
            ExtractedPart message = only(result.parts(), "outer.zip!folder/inner.zip!docs/inner.eml");
            ExtractedPart innerZip = only(result.parts(), "outer.zip!folder/inner.zip");
            assertEquals(2, message.depth());
            assertEquals(innerZip.id(), message.parentId().orElseThrow());
            assertEquals("message/rfc822", message.mediaType());
            assertEquals("Text of the inner message", message.text());
            assertEquals("", result.root().orElseThrow().text(), "member names are not text of the archive");
        }
    }

    @Test
    void theSameAttachmentInTwoMessagesYieldsTwoPartsEachUnderItsMessage() throws Exception {
        byte[] attachment = Fixtures.textPdf("Shared attachment text");
        byte[] first = Fixtures.eml("first", "First", "First body", new Attachment("same.pdf", "application/pdf",
                attachment));
        byte[] second = Fixtures.eml("second", "Second", "Second body", new Attachment("same.pdf", "application/pdf",
                attachment));
        Path file = Fixtures.write(in, "stored-blob-3", Fixtures.zip(Fixtures.entries("a.eml", first, "b.eml", second)));

        try (ExtractionResult result = engine.extract(file, "two.zip", NO_OCR)) {
            ExtractedPart a = only(result.parts(), "two.zip!a.eml!same.pdf");
            ExtractedPart b = only(result.parts(), "two.zip!b.eml!same.pdf");
            assertNotEquals(a.id(), b.id());
            assertEquals(only(result.parts(), "two.zip!a.eml").id(), a.parentId().orElseThrow());
            assertEquals(only(result.parts(), "two.zip!b.eml").id(), b.parentId().orElseThrow());
            assertEquals(a.embeddedFile().orElseThrow().sha256(), b.embeddedFile().orElseThrow().sha256());
            assertNotEquals(a.embeddedFile().orElseThrow().file(), b.embeddedFile().orElseThrow().file());
        }
    }

    @Test
    void theMessagesOfAnMboxAreItsChildren() throws Exception {
        byte[] box = Fixtures.mbox(
                Fixtures.eml("m1", "Monday", "First message body"),
                Fixtures.eml("m2", "Tuesday", "Second message body",
                        new Attachment("list.txt", "text/plain", "attached list".getBytes(StandardCharsets.UTF_8))),
                Fixtures.eml("m3", "Wednesday", "Third message body"));
        Path file = Fixtures.write(in, "stored-blob-4", box);

        try (ExtractionResult result = engine.extract(file, "export.mbox", NO_OCR)) {
            assertEquals(ExtractionStatus.DONE, result.status());
            ExtractedPart root = result.root().orElseThrow();
            assertEquals("application/mbox", root.mediaType());
            assertEquals(3, root.children().size());
            assertEquals(List.of("First message body", "Second message body", "Third message body"),
                    root.children().stream().map(p -> p.text().strip()).toList());
            ExtractedPart second = root.children().get(1);
            assertEquals(1, second.children().size());
            assertEquals("attached list", second.children().get(0).text());
            assertEquals(2, second.children().get(0).depth());
        }
    }

    @Test
    void hostileMemberNamesNeverBecomePathsAndLinksAreNeverFollowed() throws Exception {
        Path canary = Fixtures.write(folder, "canary.txt", "CANARY-SECRET-7731".getBytes(StandardCharsets.UTF_8));
        byte[] slip = Fixtures.zip(Fixtures.entries("../../escaped.txt", "zip slip one", "/tmp/absolute.txt",
                "zip slip two", "..\\..\\windows.txt", "zip slip three"));
        byte[] link = Fixtures.symlinkZip("link-to-canary", canary.toString(), "ordinary.txt", "ordinary member");
        Path file = Fixtures.write(in, "stored-blob-5", Fixtures.zip(Fixtures.entries("slip.zip", slip, "link.zip",
                link)));

        try (ExtractionResult result = engine.extract(file, "hostile.zip", NO_OCR)) {
            assertEquals(ExtractionStatus.DONE, result.status());
            List<ExtractedPart> parts = result.parts();
            assertTrue(parts.stream().anyMatch(p -> p.text().equals("zip slip one")));
            assertTrue(parts.stream().anyMatch(p -> p.path().endsWith("!../../escaped.txt")),
                    "the name is shown as it is");
            assertTrue(parts.stream().noneMatch(p -> p.text().contains("CANARY-SECRET")), "links are not followed");
            Path task = parts.get(1).embeddedFile().orElseThrow().file().getParent();
            for (ExtractedPart part : parts.subList(1, parts.size())) {
                Path kept = part.embeddedFile().orElseThrow().file();
                assertEquals(task, kept.getParent());
                assertTrue(kept.getFileName().toString().matches("[0-9]+\\.bin"), kept.toString());
            }
            try (Stream<Path> everything = Files.walk(folder)) {
                List<Path> escaped = everything.filter(p -> p.getFileName().toString().matches(
                        "escaped\\.txt|absolute\\.txt|.*windows\\.txt") || Files.isSymbolicLink(p)).toList();
                assertEquals(List.of(), escaped);
            }
            assertFalse(Files.exists(Path.of("/tmp/absolute.txt")) && Files.readString(Path.of("/tmp/absolute.txt"))
                    .equals("zip slip two"));
        }
    }

    @Test
    void aDamagedMemberFailsAloneAndTheOtherMembersAreExtracted() throws Exception {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 4000; i++) {
            text.append("line ").append(i * 7919 % 10007).append(" of a member that will be damaged\n");
        }
        byte[] zip = Fixtures.zip(Fixtures.entries("damaged.txt", text.toString(), "intact.txt", "intact member"));
        for (int i = 200; i < 260; i++) {
            zip[i] = (byte) ~zip[i];
        }
        Path file = Fixtures.write(in, "stored-blob-9", zip);
        try (ExtractionResult result = engine.extract(file, "damaged.zip", NO_OCR)) {
            ExtractedPart intact = only(result.parts(), "damaged.zip!intact.txt");
            assertEquals("intact member", intact.text());
            ExtractedPart damaged = only(result.parts(), "damaged.zip!damaged.txt");
            assertTrue(damaged.error().isPresent(), "the damaged member carries its error");
            assertTrue(damaged.embeddedFile().isEmpty());
        }
    }

    @Test
    void anEncryptedPdfFailsAsEncrypted() throws Exception {
        Path file = Fixtures.write(in, "stored-blob-6", Fixtures.encryptedPdf("user-secret"));
        try (ExtractionResult result = engine.extract(file, "sealed.pdf", NO_OCR)) {
            assertEquals(ExtractionStatus.FAILED_ENCRYPTED, result.status());
            assertTrue(result.reason().orElseThrow().contains("encrypted"));
            assertEquals("application/pdf", result.root().orElseThrow().mediaType());
            assertTrue(result.root().orElseThrow().encrypted());
            assertEquals("", result.root().orElseThrow().text());
        }
    }

    @Test
    void aCorruptFileFailsAsAParseErrorWithoutItsContentInTheReason() throws Exception {
        Path file = Fixtures.write(in, "stored-blob-7", Fixtures.corruptPdf());
        try (ExtractionResult result = engine.extract(file, "broken.pdf", NO_OCR)) {
            assertEquals(ExtractionStatus.FAILED_PARSE, result.status());
            assertEquals(ProcessOutcome.COMPLETED, result.processOutcome());
            String reason = result.reason().orElseThrow();
            assertTrue(reason.startsWith("The file could not be read completely ("), reason);
            assertFalse(reason.contains("garbage"), reason);
            assertTrue(result.root().orElseThrow().error().isPresent());
        }
    }

    @Test
    void embeddedBytesAreOnlyWrittenWhenAskedFor() throws Exception {
        Path file = Fixtures.write(in, "stored-blob-8", Fixtures.zip(Fixtures.entries("a.txt", "member text")));
        ExtractionOptions options = NO_OCR.toBuilder().keepEmbeddedBytes(false).build();
        try (ExtractionResult result = engine.extract(file, "a.zip", options)) {
            assertEquals("member text", result.parts().get(1).text());
            assertTrue(result.parts().get(1).embeddedFile().isEmpty());
        }
        try (Stream<Path> tasks = Files.list(folder.resolve("work/parts"))) {
            assertEquals(0, tasks.count());
        }
    }

    @Test
    void filesOutsideTheInputRootOrBehindALinkAreRefused() throws Exception {
        Path outside = Fixtures.write(folder, "outside.txt", "outside".getBytes(StandardCharsets.UTF_8));
        assertThrows(IllegalArgumentException.class, () -> engine.extract(outside, NO_OCR));
        assertThrows(IllegalArgumentException.class,
                () -> engine.extract(in.resolve("../outside.txt"), NO_OCR));
        Path link = in.resolve("link.txt");
        Files.deleteIfExists(link);
        Files.createSymbolicLink(link, outside);
        assertThrows(IllegalArgumentException.class, () -> engine.extract(link, NO_OCR));
        assertThrows(IllegalArgumentException.class, () -> engine.extract(in.resolve("missing.txt"), NO_OCR));
    }
}
