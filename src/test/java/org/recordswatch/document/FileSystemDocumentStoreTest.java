package org.recordswatch.document;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSystemDocumentStoreTest {

    @TempDir
    Path root;

    private static InputStream bytes(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void storesUnderTheSha256OfTheBytes() throws IOException {
        FileSystemDocumentStore store = new FileSystemDocumentStore(root);
        DocumentStore.Stored stored = store.store(bytes("abc"), 1000);
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", stored.digest().hex());
        assertEquals(3, stored.size());
        assertFalse(stored.alreadyPresent());
        try (InputStream in = store.open(stored.digest())) {
            assertArrayEquals("abc".getBytes(StandardCharsets.UTF_8), in.readAllBytes());
        }
        assertTrue(store.pathOf(stored.digest()).startsWith(root.resolve("blobs")));
    }

    @Test
    void theSameBytesAreStoredOnce() throws IOException {
        FileSystemDocumentStore store = new FileSystemDocumentStore(root);
        DocumentStore.Stored first = store.store(bytes("same"), 1000);
        DocumentStore.Stored second = store.store(bytes("same"), 1000);
        assertEquals(first.digest(), second.digest());
        assertTrue(second.alreadyPresent());
        List<DocumentStore.Blob> blobs = new ArrayList<>();
        store.forEachBlob(blobs::add);
        assertEquals(1, blobs.size());
        assertTrue(tempFiles().isEmpty());
    }

    @Test
    void aFileOverTheLimitLeavesNothingBehind() throws IOException {
        FileSystemDocumentStore store = new FileSystemDocumentStore(root);
        assertThrows(FileTooLargeException.class, () -> store.store(bytes("0123456789"), 9));
        List<DocumentStore.Blob> blobs = new ArrayList<>();
        store.forEachBlob(blobs::add);
        assertTrue(blobs.isEmpty());
        assertTrue(tempFiles().isEmpty());
    }

    @Test
    void aFailingStreamLeavesNothingBehind() throws IOException {
        FileSystemDocumentStore store = new FileSystemDocumentStore(root);
        InputStream broken = new InputStream() {
            private int n;

            @Override
            public int read() throws IOException {
                if (n++ > 100) {
                    throw new IOException("connection reset");
                }
                return 'x';
            }
        };
        assertThrows(IOException.class, () -> store.store(broken, 10_000));
        assertTrue(tempFiles().isEmpty());
    }

    @Test
    void storedOriginalsAreReadOnly() throws IOException {
        FileSystemDocumentStore store = new FileSystemDocumentStore(root);
        DocumentStore.Stored stored = store.store(bytes("original"), 1000);
        java.util.Set<java.nio.file.attribute.PosixFilePermission> perms =
                Files.getPosixFilePermissions(store.pathOf(stored.digest()));
        assertFalse(perms.contains(java.nio.file.attribute.PosixFilePermission.OWNER_WRITE), perms.toString());
    }

    @Test
    void staleTemporaryFilesAreRemovedFreshOnesKept() throws IOException {
        FileSystemDocumentStore store = new FileSystemDocumentStore(root);
        Path stale = Files.writeString(root.resolve("tmp").resolve("old.part"), "x");
        Files.setLastModifiedTime(stale, FileTime.from(Instant.parse("2020-01-01T00:00:00Z")));
        Path fresh = Files.writeString(root.resolve("tmp").resolve("new.part"), "y");
        assertEquals(1, store.removeStaleTemporaryFiles(Instant.now().minusSeconds(3600)));
        assertFalse(Files.exists(stale));
        assertTrue(Files.exists(fresh));
    }

    @Test
    void aDigestNeverComesFromAFileName() {
        assertThrows(IllegalArgumentException.class, () -> new ContentDigest("../../etc/passwd"));
        assertThrows(IllegalArgumentException.class, () -> new ContentDigest("ABC"));
    }

    private List<Path> tempFiles() throws IOException {
        try (Stream<Path> s = Files.list(root.resolve("tmp"))) {
            return s.toList();
        }
    }
}
