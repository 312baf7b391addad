package org.recordswatch.extraction;

import java.nio.file.Path;

/**
 * The port through which the application extracts text and embedded documents from a stored file. The implementation
 * ({@link TikaPipesExtractor}) parses in forked processes, so that a hostile file can at worst fail itself; tests of
 * the job system may substitute a fake.
 */
public interface TextExtractor {

    /**
     * Extracts one file.
     *
     * @param file        the stored file; it must be a regular file (not a symbolic link) under the engine's input
     *                    root
     * @param displayName the file's name as uploaded ({@code outer.zip}): the start of every part's path and the
     *                    detection hint for its type; never used as a path
     * @param options     what to extract and within which limits
     * @return the verdict, the tree of parts and any embedded bytes; the caller must {@link ExtractionResult#close()}
     *         it once the embedded files are stored
     * @throws ExtractionUnavailableException the engine could not give a verdict now (busy, not starting, OCR
     *                                        language missing); try again later
     * @throws IllegalArgumentException       the file is not a regular file under the input root
     */
    ExtractionResult extract(Path file, String displayName, ExtractionOptions options)
            throws ExtractionUnavailableException;

    /** {@link #extract(Path, String, ExtractionOptions)} with the stored file's own name. */
    default ExtractionResult extract(Path file, ExtractionOptions options) throws ExtractionUnavailableException {
        return extract(file, file.getFileName().toString(), options);
    }
}
