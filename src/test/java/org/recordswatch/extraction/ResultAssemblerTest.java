package org.recordswatch.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.pipes.PipesResult;
import org.apache.tika.sax.AbstractRecursiveParserWrapperHandler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recordswatch.extraction.fork.ForkLimit;
import org.recordswatch.extraction.fork.ForkMetadata;

/** The mapping from Tika Pipes' answer to the verdict and the tree, on hand-made metadata lists (no fork). */
class ResultAssemblerTest {

    private static final String XHTML = "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>%s</p></body></html>";
    private final ResultAssembler assembler = new ResultAssembler("Apache Tika 3.3.1 / test", "512m");
    private final ExtractionOptions options = ExtractionOptions.defaults();

    @TempDir
    Path temp;

    private static Metadata doc(String type, String text) {
        Metadata m = new Metadata();
        m.set(Metadata.CONTENT_TYPE, type);
        if (text != null) {
            m.set(TikaCoreProperties.TIKA_CONTENT, XHTML.formatted(text));
        }
        return m;
    }

    private static Metadata embedded(String idPath, String type, String text, String resourceName) {
        Metadata m = doc(type, text);
        m.set(TikaCoreProperties.EMBEDDED_ID_PATH, idPath);
        m.set(TikaCoreProperties.EMBEDDED_ID, idPath.substring(idPath.lastIndexOf('/') + 1));
        if (resourceName != null) {
            m.set(TikaCoreProperties.RESOURCE_NAME_KEY, resourceName);
            m.set(TikaCoreProperties.FINAL_EMBEDDED_RESOURCE_PATH, "/x/" + resourceName);
        }
        return m;
    }

    private ExtractionResult assemble(PipesResult.STATUS status, List<Metadata> list) {
        return assembler.assemble(status, list, "C:\\fakepath\\upload.zip", options, null, Duration.ofMillis(5));
    }

    @Test
    void theTreeIsBuiltFromIdPathsWhateverTheOrderTikaListsThem() {
        Metadata member = embedded("/1", "message/rfc822", "Mail body", "Subject line.eml");
        member.set(TikaCoreProperties.INTERNAL_PATH, "mail/inner.eml");
        Metadata attachment = embedded("/1/2", "application/pdf", "Attached", "a.pdf");
        Metadata second = embedded("/10", "text/plain; charset=UTF-8", "Tenth", "ten.txt");
        Metadata unnamed = embedded("/3", "image/png", null, null);
        // Tika lists children before their parents.
        List<Metadata> list = List.of(doc("application/zip", ""), attachment, member, second, unnamed);

        ExtractionResult result = assemble(PipesResult.STATUS.PARSE_SUCCESS, list);
        assertEquals(ExtractionStatus.DONE, result.status());
        assertEquals(List.of("upload.zip", "upload.zip!mail/inner.eml", "upload.zip!mail/inner.eml!a.pdf",
                "upload.zip!embedded-3", "upload.zip!ten.txt"), result.parts().stream().map(ExtractedPart::path)
                .toList());
        ExtractedPart pdf = result.parts().get(2);
        assertEquals("/1/2", pdf.id());
        assertEquals("/1", pdf.parentId().orElseThrow());
        assertEquals(2, pdf.depth());
        assertEquals("Attached", pdf.text());
        ExtractedPart ten = result.parts().get(4);
        assertEquals("text/plain", ten.mediaType());
        assertEquals("UTF-8", ten.charset().orElseThrow());
        assertFalse(ten.metadata().containsKey(TikaCoreProperties.TIKA_CONTENT.getName()), "text is not metadata");
        assertTrue(ten.metadata().containsKey(Metadata.CONTENT_TYPE));
    }

    @Test
    void namesShownToPeopleLoseControlAndDirectionCharacters() {
        Metadata sneaky = embedded("/1", "text/plain", "x", "invoice\u202Efdp.exe\r\nX-Header: 1");
        ExtractionResult result = assemble(PipesResult.STATUS.PARSE_SUCCESS, List.of(doc("application/zip", ""),
                sneaky));
        assertEquals("upload.zip!invoice_fdp.exe__X-Header: 1", result.parts().get(1).path());
    }

    @Test
    void fatalProcessOutcomesMapToTheirStatuses() {
        Metadata intermediate = doc("application/pdf", null);
        intermediate.set(TikaCoreProperties.PIPES_RESULT, "TIMEOUT");
        ExtractionResult timeout = assemble(PipesResult.STATUS.TIMEOUT, List.of(intermediate));
        assertEquals(ExtractionStatus.FAILED_TIMEOUT, timeout.status());
        assertEquals(ProcessOutcome.TIMED_OUT, timeout.processOutcome());
        assertEquals("application/pdf", timeout.root().orElseThrow().mediaType());

        ExtractionResult oom = assemble(PipesResult.STATUS.OOM, List.of());
        assertEquals(ExtractionStatus.FAILED_LIMIT, oom.status());
        assertEquals(Set.of(Limit.MEMORY), oom.limitsHit());
        assertTrue(oom.reason().orElseThrow().contains("512m"));
        assertEquals("upload.zip", oom.root().orElseThrow().path(), "a root exists even without metadata");

        ExtractionResult crash = assemble(PipesResult.STATUS.UNSPECIFIED_CRASH, List.of());
        assertEquals(ExtractionStatus.FAILED_PARSE, crash.status());
        assertEquals(ProcessOutcome.CRASHED, crash.processOutcome());

        assertEquals(ExtractionStatus.FAILED_PARSE, assemble(PipesResult.STATUS.EMPTY_OUTPUT, List.of()).status());
    }

    @Test
    void encryptionOutranksLimitsWhichOutrankParseErrors() {
        Metadata encrypted = doc("application/pdf", "");
        encrypted.set(TikaCoreProperties.CONTAINER_EXCEPTION,
                "org.apache.tika.exception.EncryptedDocumentException: Unable to process: document is encrypted\n\tat x");
        assertEquals(ExtractionStatus.FAILED_ENCRYPTED,
                assemble(PipesResult.STATUS.PARSE_SUCCESS_WITH_EXCEPTION, List.of(encrypted)).status());

        Metadata limited = doc("application/zip", "");
        limited.add(ForkMetadata.LIMIT, ForkLimit.UNPACKED_BYTES.name());
        limited.set(TikaCoreProperties.CONTAINER_EXCEPTION, "org.apache.tika.exception.TikaException: TIKA-198\n"
                + "Caused by: org.recordswatch.extraction.fork.LimitExceededException: too much");
        Metadata cut = embedded("/1", "text/plain", "partial", "big.txt");
        cut.set(TikaCoreProperties.WRITE_LIMIT_REACHED, "true");
        ExtractionResult limit = assemble(PipesResult.STATUS.PARSE_SUCCESS_WITH_EXCEPTION, List.of(limited, cut));
        assertEquals(ExtractionStatus.FAILED_LIMIT, limit.status());
        assertEquals(Set.of(Limit.OUTPUT, Limit.UNPACKED_BYTES), limit.limitsHit());
        assertEquals(Set.of(Limit.OUTPUT), limit.parts().get(1).limitsHit());
        assertTrue(limit.reason().orElseThrow().contains("10000000 characters"));

        Metadata broken = doc("application/pdf", "");
        broken.set(TikaCoreProperties.CONTAINER_EXCEPTION, "org.apache.tika.exception.TikaException: TIKA-198: "
                + "Illegal IOException from secret document words\n\tat a.b\nCaused by: java.io.IOException: more "
                + "secret words\nCaused by: java.util.zip.ZipException: deepest\n");
        ExtractionResult parse = assemble(PipesResult.STATUS.PARSE_SUCCESS_WITH_EXCEPTION, List.of(broken));
        assertEquals(ExtractionStatus.FAILED_PARSE, parse.status());
        assertEquals("The file could not be read completely (TikaException caused by ZipException).",
                parse.reason().orElseThrow());
    }

    @Test
    void tikasOwnEmbeddedCountFlagIsALimitToo() {
        Metadata root = doc("application/zip", "");
        root.set(AbstractRecursiveParserWrapperHandler.EMBEDDED_RESOURCE_LIMIT_REACHED, "true");
        assertEquals(Set.of(Limit.EMBEDDED_COUNT),
                assemble(PipesResult.STATUS.PARSE_SUCCESS, List.of(root)).limitsHit());
    }

    @Test
    void anEmbeddedErrorLeavesTheFileDone() {
        Metadata bad = embedded("/1", "application/pdf", "", "bad.pdf");
        bad.set(TikaCoreProperties.EMBEDDED_EXCEPTION, "org.apache.pdfbox.pdfparser.PDFParseException: x");
        ExtractionResult result = assemble(PipesResult.STATUS.PARSE_SUCCESS, List.of(doc("message/rfc822", "Hi"),
                bad));
        assertEquals(ExtractionStatus.DONE, result.status());
        assertEquals("PDFParseException", result.parts().get(1).error().orElseThrow());
    }

    @Test
    void onlyGeneratedFilesInTheTaskFolderAreHandedOut() throws Exception {
        Path task = Files.createDirectories(temp.resolve("parts/task"));
        Files.writeString(task.resolve("1.bin"), "bytes");
        Files.writeString(temp.resolve("parts/outside.bin"), "not ours");
        Files.createSymbolicLink(task.resolve("2.bin"), temp.resolve("parts/outside.bin"));
        String sha = "a".repeat(64);
        List<Metadata> list = new ArrayList<>(List.of(doc("application/zip", "")));
        String[] names = {"1.bin", "2.bin", "../outside.bin", "/etc/passwd", "3.bin"};
        for (int i = 0; i < names.length; i++) {
            Metadata m = embedded("/" + (i + 1), "text/plain", "t", "f" + i);
            m.set(ForkMetadata.EMBEDDED_FILE, names[i]);
            m.set(ForkMetadata.EMBEDDED_LENGTH, "5");
            m.set(ForkMetadata.EMBEDDED_SHA256, sha);
            list.add(m);
        }
        ExtractionResult result = assembler.assemble(PipesResult.STATUS.PARSE_SUCCESS, list, "a.zip", options, task,
                Duration.ZERO);
        List<ExtractedPart> parts = result.parts();
        assertEquals(task.resolve("1.bin"), parts.get(1).embeddedFile().orElseThrow().file());
        for (int i = 2; i <= 5; i++) {
            assertTrue(parts.get(i).embeddedFile().isEmpty(), names[i - 1]);
        }
        result.close();
        assertFalse(Files.exists(task));
        assertTrue(Files.exists(temp.resolve("parts/outside.bin")), "closing never follows a link");
    }

    @Test
    void idPathsSortByNumberLevelByLevel() {
        List<String> ids = new ArrayList<>(List.of("/10", "/2/1", "/2", "/1/10", "/1/9", "/1"));
        ids.sort(ResultAssembler::compareIdPaths);
        assertEquals(List.of("/1", "/1/9", "/1/10", "/2", "/2/1", "/10"), ids);
        assertEquals("/1", ResultAssembler.parentOf("/1/9"));
        assertEquals("/", ResultAssembler.parentOf("/1"));
    }
}
