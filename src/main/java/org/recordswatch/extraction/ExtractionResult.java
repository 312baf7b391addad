package org.recordswatch.extraction;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * The verdict on one file and everything extracted from it: the tree of parts, with their text, pages, metadata and,
 * if asked for, the bytes of each embedded document in a work folder that {@link #close()} deletes. The caller
 * stores what it needs (moving the embedded files into the document store), then closes the result.
 */
public final class ExtractionResult implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(ExtractionResult.class.getName());

    private final ExtractionStatus status;
    private final String reason;
    private final Set<Limit> limitsHit;
    private final ProcessOutcome processOutcome;
    private final ExtractedPart root;
    private final Duration elapsed;
    private final String extractorVersion;
    private final Path embeddedFolder;

    ExtractionResult(ExtractionStatus status, String reason, Set<Limit> limitsHit, ProcessOutcome processOutcome,
            ExtractedPart root, Duration elapsed, String extractorVersion, Path embeddedFolder) {
        this.status = Objects.requireNonNull(status);
        this.reason = status == ExtractionStatus.DONE ? null : Objects.requireNonNull(reason);
        this.limitsHit = limitsHit.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(limitsHit));
        this.processOutcome = Objects.requireNonNull(processOutcome);
        this.root = root;
        this.elapsed = elapsed;
        this.extractorVersion = extractorVersion;
        this.embeddedFolder = embeddedFolder;
    }

    public ExtractionStatus status() {
        return status;
    }

    /** Why the extraction failed, in one English sentence without document content; empty when {@code DONE}. */
    public Optional<String> reason() {
        return Optional.ofNullable(reason);
    }

    /** Every limit hit anywhere in the file. */
    public Set<Limit> limitsHit() {
        return limitsHit;
    }

    public ProcessOutcome processOutcome() {
        return processOutcome;
    }

    /**
     * The file itself with its embedded documents below it. Present for every status; after a timeout or a crash it
     * holds only what was known before parsing (name, detected type).
     */
    public Optional<ExtractedPart> root() {
        return Optional.ofNullable(root);
    }

    /** Every part, parents before their children (pre-order). */
    public List<ExtractedPart> parts() {
        List<ExtractedPart> all = new ArrayList<>();
        if (root != null) {
            collect(root, all);
        }
        return all;
    }

    private static void collect(ExtractedPart part, List<ExtractedPart> into) {
        into.add(part);
        for (ExtractedPart child : part.children()) {
            collect(child, into);
        }
    }

    public Duration elapsed() {
        return elapsed;
    }

    /** Tika's version and the engine's, e.g. {@code Apache Tika 3.3.1 / records-watch-extraction 1}. */
    public String extractorVersion() {
        return extractorVersion;
    }

    /** Deletes the embedded files not moved away by the caller. */
    @Override
    public void close() {
        if (embeddedFolder == null || !Files.isDirectory(embeddedFolder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(embeddedFolder)) {
            for (Path p : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        } catch (IOException | UncheckedIOException e) {
            // The engine's sweeper removes what is left after a day.
            LOG.log(Level.WARNING, "Cannot delete the embedded files of an extraction", e);
        }
    }

    @Override
    public String toString() {
        return status + (reason == null ? "" : " (" + reason + ")") + ", " + parts().size() + " parts in "
                + elapsed.toMillis() + " ms";
    }
}
