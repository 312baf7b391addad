package org.recordswatch.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The {@link DocumentStore} on a local file system. Layout under the root: {@code tmp/} for writes in progress (random
 * names), {@code blobs/ab/cd/abcd…} for stored originals named by their digest. No path is ever built from a user's
 * file name. A write goes: temp file → fsync → atomic rename to the digest name → fsync of the directory.
 */
public class FileSystemDocumentStore implements DocumentStore {

    private static final int BUFFER = 64 * 1024;

    private final Path root;
    private final Path tmp;
    private final Path blobs;

    public FileSystemDocumentStore(Path root) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.tmp = Files.createDirectories(this.root.resolve("tmp"));
        this.blobs = Files.createDirectories(this.root.resolve("blobs"));
    }

    public Path root() {
        return root;
    }

    @Override
    public Stored store(InputStream bytes, long maxBytes) throws IOException {
        Path temp = tmp.resolve(UUID.randomUUID() + ".part");
        MessageDigest sha256 = newDigest();
        long size = 0;
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                    OutputStream out = Channels.newOutputStream(channel);
                    DigestInputStream in = new DigestInputStream(bytes, sha256)) {
                byte[] buffer = new byte[BUFFER];
                for (int n; (n = in.read(buffer)) != -1; ) {
                    size += n;
                    if (size > maxBytes) {
                        throw new FileTooLargeException(maxBytes);
                    }
                    out.write(buffer, 0, n);
                }
                out.flush();
                channel.force(true);
            }
            ContentDigest digest = ContentDigest.of(sha256.digest());
            Path target = pathOf(digest);
            if (Files.exists(target)) {
                Files.delete(temp);
                touch(target);
                return new Stored(digest, size, true);
            }
            Files.createDirectories(target.getParent());
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException raced) {
                Files.deleteIfExists(temp);
                touch(target);
                return new Stored(digest, size, true);
            } catch (AtomicMoveNotSupportedException e) {
                throw new IOException("The document store needs a file system with atomic rename: " + root, e);
            }
            target.toFile().setReadOnly();
            fsyncDirectory(target.getParent());
            return new Stored(digest, size, false);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
    }

    @Override
    public InputStream open(ContentDigest digest) throws IOException {
        return Files.newInputStream(pathOf(digest), StandardOpenOption.READ);
    }

    @Override
    public Path pathOf(ContentDigest digest) {
        String hex = digest.hex();
        return blobs.resolve(hex.substring(0, 2)).resolve(hex.substring(2, 4)).resolve(hex);
    }

    @Override
    public boolean exists(ContentDigest digest) {
        return Files.isRegularFile(pathOf(digest));
    }

    @Override
    public long size(ContentDigest digest) throws IOException {
        return Files.size(pathOf(digest));
    }

    @Override
    public void forEachBlob(Consumer<Blob> visitor) throws IOException {
        try (DirectoryStream<Path> level1 = Files.newDirectoryStream(blobs)) {
            for (Path a : level1) {
                if (!Files.isDirectory(a)) {
                    continue;
                }
                try (DirectoryStream<Path> level2 = Files.newDirectoryStream(a)) {
                    for (Path b : level2) {
                        if (!Files.isDirectory(b)) {
                            continue;
                        }
                        try (DirectoryStream<Path> files = Files.newDirectoryStream(b)) {
                            for (Path f : files) {
                                String name = f.getFileName().toString();
                                if (ContentDigest.isValid(name)) {
                                    visitor.accept(new Blob(new ContentDigest(name), Files.size(f),
                                            Files.getLastModifiedTime(f).toInstant()));
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    @Override
    public void delete(ContentDigest digest) throws IOException {
        Path path = pathOf(digest);
        path.toFile().setWritable(true);
        Files.deleteIfExists(path);
    }

    @Override
    public int removeStaleTemporaryFiles(Instant olderThan) throws IOException {
        int removed = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(tmp)) {
            for (Path f : files) {
                if (Files.getLastModifiedTime(f).toInstant().isBefore(olderThan) && Files.deleteIfExists(f)) {
                    removed++;
                }
            }
        }
        return removed;
    }

    /**
     * Marks an existing blob as just received again, so that the sweeper's grace period protects it until the new
     * row that references it is committed.
     */
    private static void touch(Path blob) throws IOException {
        Files.setLastModifiedTime(blob, java.nio.file.attribute.FileTime.from(Instant.now()));
    }

    private static void fsyncDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException ignored) {
            // Some file systems cannot open a directory for fsync; the rename itself is atomic.
        }
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
