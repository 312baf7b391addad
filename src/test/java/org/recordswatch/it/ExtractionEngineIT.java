package org.recordswatch.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.recordswatch.extraction.ExtractedPart;
import org.recordswatch.extraction.ExtractionEngine;
import org.recordswatch.extraction.ExtractionOptions;
import org.recordswatch.extraction.ExtractionResult;
import org.recordswatch.extraction.ExtractionStatus;
import org.recordswatch.extraction.TextExtractor;
import org.recordswatch.platform.DataDirectory;

/**
 * The engine inside Payara Micro: the forks get their class path from the deployed application's WEB-INF (the
 * fork-side classes and Tika's jars), their work folder under the data folder, and the application JVM stays clear
 * of parsing.
 */
@ExtendWith(ArquillianExtension.class)
class ExtractionEngineIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests(ExtractionEngineIT.class);
    }

    @Inject
    TextExtractor extractor;

    @Inject
    ExtractionEngine engine;

    @Inject
    DataDirectory data;

    @Test
    void aZippedMessageWithAnAttachmentIsExtractedByForksRunningOnTheDeployedApplication() throws Exception {
        byte[] attachment = "Attached minutes of the meeting".getBytes(StandardCharsets.UTF_8);
        String mail = "From: Clerk <clerk@example.org>\r\nTo: Requester <req@example.org>\r\n"
                + "Subject: Records\r\nMessage-ID: <it-1@example.org>\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: multipart/mixed; boundary=\"b1\"\r\n\r\n--b1\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\n\r\nThe records you requested.\r\n--b1\r\n"
                + "Content-Type: text/plain; name=\"minutes.txt\"\r\n"
                + "Content-Disposition: attachment; filename=\"minutes.txt\"\r\n"
                + "Content-Transfer-Encoding: base64\r\n\r\n" + Base64.getEncoder().encodeToString(attachment)
                + "\r\n--b1--\r\n";
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("production/message.eml"));
            out.write(mail.getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        Path file = data.folder("it-extraction").resolve("blob-" + System.nanoTime());
        Files.write(file, zip.toByteArray());

        ExtractionOptions options = engine.defaultOptions().toBuilder().ocr(false).timeout(Duration.ofSeconds(120))
                .build();
        try (ExtractionResult result = extractor.extract(file, "production.zip", options)) {
            assertEquals(ExtractionStatus.DONE, result.status(), () -> result.reason().orElse(""));
            assertEquals(3, result.parts().size());
            ExtractedPart message = result.parts().get(1);
            assertEquals("production.zip!production/message.eml", message.path());
            assertEquals("message/rfc822", message.mediaType());
            assertTrue(message.text().contains("The records you requested."));
            ExtractedPart minutes = result.parts().get(2);
            assertEquals("production.zip!production/message.eml!minutes.txt", minutes.path());
            // Written by the fork-side extractor, a class the fork loads from WEB-INF/classes.
            assertArrayEquals(attachment, Files.readAllBytes(minutes.embeddedFile().orElseThrow().file()));
            assertTrue(minutes.embeddedFile().orElseThrow().file().startsWith(data.root().resolve("extraction")));
        } finally {
            Files.deleteIfExists(file);
        }
        assertTrue(Files.isRegularFile(data.root().resolve("extraction/tika-config.xml")));
        String config = Files.readString(data.root().resolve("extraction/tika-config.xml"));
        assertTrue(config.contains("WEB-INF/lib/*"), "the forks use the deployed application's libraries");
        assertTrue(engine.health().orElseThrow().extracted() >= 1);
    }
}
