package org.recordswatch.extraction.fork;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.ParseContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreFileFetcherTest {

    @TempDir
    Path temp;

    @Test
    void onlyRegularFilesInsideTheRootAreOpened() throws Exception {
        Path root = Files.createDirectories(temp.resolve("store"));
        Files.writeString(Files.createDirectories(root.resolve("ab")).resolve("blob"), "content");
        Path outside = Files.writeString(temp.resolve("secret.txt"), "secret");
        Files.createSymbolicLink(root.resolve("link"), outside);
        Files.createSymbolicLink(root.resolve("dirlink"), temp);

        assertEquals(root.resolve("ab/blob"), StoreFileFetcher.resolve(root, "ab/blob"));
        for (String key : new String[] {"../secret.txt", "ab/../../secret.txt", outside.toString(), "link",
                "dirlink/secret.txt", "ab", "missing", "", "ab/blob\0"}) {
            assertThrows(IOException.class, () -> StoreFileFetcher.resolve(root, key), key);
        }
    }

    @Test
    void theUploadedNameIsTheDetectionHint() throws Exception {
        Path root = Files.createDirectories(temp.resolve("store"));
        Files.writeString(root.resolve("6f1e"), "content");
        StoreFileFetcher fetcher = new StoreFileFetcher();
        fetcher.setInputRoot(root.toString());
        ParseContext context = new ParseContext();
        context.set(ForkRequest.class, new ForkRequest(UUID.randomUUID().toString(), "minutes.docx", 7, 10, 10, 100,
                100, false));
        Metadata metadata = new Metadata();
        try (InputStream in = fetcher.fetch("6f1e", metadata, context)) {
            assertEquals("content", new String(in.readAllBytes()));
        }
        assertEquals("minutes.docx", metadata.get(TikaCoreProperties.RESOURCE_NAME_KEY));
    }

    @Test
    void aRequestNeedsACanonicalTaskId() {
        assertThrows(IllegalArgumentException.class, () -> new ForkRequest("../../etc", null, 1, 1, 1, 1, 1, false));
        assertThrows(IllegalArgumentException.class, () -> new ForkRequest(UUID.randomUUID().toString(), null, 1, -1,
                1, 1, 1, false));
    }
}
