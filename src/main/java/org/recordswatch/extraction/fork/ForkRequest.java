package org.recordswatch.extraction.fork;

import java.io.Serializable;
import java.util.UUID;

/**
 * What the application tells the forked process about one file, beyond Tika's own per-request settings. Travels
 * inside the Java-serialized {@code ParseContext} of the Tika Pipes request and is read by {@link StoreFileFetcher}
 * and {@link GuardedEmbeddedExtractorFactory}. Only the application creates it; the fork still checks what it can.
 *
 * @param taskId              random id of this extraction; names the folder that receives embedded bytes
 * @param resourceName        the file's name as uploaded, reduced to a safe file name, or {@code null}; only a
 *                            detection hint (the extension), never used as a path
 * @param fileSize            size of the file in bytes, the base of the compression ratio
 * @param maxDepth            deepest embedded level that is parsed (the file itself is level 0)
 * @param maxEmbedded         most embedded documents parsed, or -1 for no limit
 * @param maxUnpackedBytes    most bytes read from all embedded documents together
 * @param maxCompressionRatio most bytes read from embedded documents per byte of the file
 * @param keepEmbeddedBytes   whether the bytes of embedded documents are written to the task's parts folder
 */
public record ForkRequest(String taskId, String resourceName, long fileSize, int maxDepth, int maxEmbedded,
        long maxUnpackedBytes, long maxCompressionRatio, boolean keepEmbeddedBytes) implements Serializable {

    /**
     * The compression ratio is only judged once this many bytes were unpacked: small files legitimately unpack to many
     * times their size (a 2 KB zip of a 300 KB text).
     */
    public static final long RATIO_FLOOR_BYTES = 16L * 1024 * 1024;

    public ForkRequest {
        if (taskId == null || !taskId.equals(UUID.fromString(taskId).toString())) {
            throw new IllegalArgumentException("The task id must be a canonical UUID: " + taskId);
        }
        if (fileSize < 0 || maxDepth < 0 || maxEmbedded < -1 || maxUnpackedBytes < 0 || maxCompressionRatio < 1) {
            throw new IllegalArgumentException("Invalid extraction limits");
        }
    }
}
