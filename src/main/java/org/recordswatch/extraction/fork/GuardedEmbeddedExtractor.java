package org.recordswatch.extraction.fork;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HexFormat;
import org.apache.commons.io.input.CloseShieldInputStream;
import org.apache.tika.exception.CorruptedFileException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.extractor.ParsingEmbeddedDocumentExtractor;
import org.apache.tika.io.TemporaryResources;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.ParseRecord;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.EmbeddedContentHandler;
import org.apache.tika.sax.XHTMLContentHandler;
import org.apache.tika.utils.ExceptionUtils;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;

/**
 * Tika's {@link ParsingEmbeddedDocumentExtractor} with the limits that Tika's own zip-bomb settings do not give in
 * recursive (RMETA) mode, where every embedded document is judged only against its own decompressed stream:
 * <ul>
 * <li>depth: a document nested deeper than {@link ForkRequest#maxDepth()} is not parsed (nor its subtree); its parent
 * and the file are flagged {@link ForkLimit#DEPTH};</li>
 * <li>count: at the document after the {@link ForkRequest#maxEmbedded()}th the parse is stopped, flagged
 * {@link ForkLimit#EMBEDDED_COUNT};</li>
 * <li>unpacked bytes and compression ratio: every byte read from any embedded stream is counted against one budget
 * per file; when it runs out the parse is stopped with a {@link LimitExceededException}, flagged
 * {@link ForkLimit#UNPACKED_BYTES} or {@link ForkLimit#COMPRESSION_RATIO}.</li>
 * </ul>
 * When the request asks for it, the bytes of each embedded document are first copied (within the same budget) to
 * {@code <partsRoot>/<taskId>/<n>.bin} under a generated name; the name inside the container (which may be
 * {@code ../../x}, absolute, or a symbolic link's target) is never used as a path, and nothing is ever followed.
 * One instance serves one parse (one file), on one thread.
 */
final class GuardedEmbeddedExtractor extends ParsingEmbeddedDocumentExtractor {

    private final ForkRequest request;
    private final Metadata file;
    private final Path taskFolder;
    private final long byteBudget;
    private final ForkLimit budgetLimit;
    /** Metadata of the embedded documents being parsed, innermost last. */
    private final Deque<Metadata> open = new ArrayDeque<>();
    private final ParseContext context;
    private int started;
    private long unpacked;
    private int filesWritten;
    private LimitExceededException stopped;

    GuardedEmbeddedExtractor(ParseContext context, ForkRequest request, Metadata file, Path taskFolder) {
        super(context);
        this.context = context;
        this.request = request;
        this.file = file;
        this.taskFolder = taskFolder;
        long ratioBudget = request.fileSize() > Long.MAX_VALUE / request.maxCompressionRatio()
                ? Long.MAX_VALUE : Math.max(ForkRequest.RATIO_FLOOR_BYTES,
                        request.fileSize() * request.maxCompressionRatio());
        if (ratioBudget < request.maxUnpackedBytes()) {
            this.byteBudget = ratioBudget;
            this.budgetLimit = ForkLimit.COMPRESSION_RATIO;
        } else {
            this.byteBudget = request.maxUnpackedBytes();
            this.budgetLimit = ForkLimit.UNPACKED_BYTES;
        }
    }

    @Override
    public void parseEmbedded(InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml)
            throws SAXException, IOException {
        if (stopped != null) {
            throw new LimitExceededException(stopped.limit(), stopped.getMessage());
        }
        int depth = open.size() + 1;
        if (depth > request.maxDepth()) {
            flag(open.isEmpty() ? file : open.peekLast(), ForkLimit.DEPTH,
                    "Documents nested deeper than " + request.maxDepth() + " levels were not extracted.");
            flag(file, ForkLimit.DEPTH,
                    "Documents nested deeper than " + request.maxDepth() + " levels were not extracted.");
            return;
        }
        if (request.maxEmbedded() >= 0 && started >= request.maxEmbedded()) {
            // Stop rather than skip: skipping still walks every remaining entry (100,000 zip members take seconds).
            String detail = "Only the first " + request.maxEmbedded() + " embedded documents were extracted.";
            flag(file, ForkLimit.EMBEDDED_COUNT, detail);
            stopped = new LimitExceededException(ForkLimit.EMBEDDED_COUNT, detail);
            throw new LimitExceededException(stopped.limit(), stopped.getMessage());
        }
        started++;
        open.addLast(metadata);
        try (TemporaryResources tmp = new TemporaryResources()) {
            Object openContainer = stream instanceof TikaInputStream tis ? tis.getOpenContainer() : null;
            InputStream counted = new BudgetStream(CloseShieldInputStream.wrap(stream), metadata);
            TikaInputStream next;
            if (request.keepEmbeddedBytes() && openContainer == null) {
                Path kept;
                try {
                    kept = keep(counted, metadata);
                } catch (LimitExceededException e) {
                    metadata.set(ForkMetadata.EMBEDDED_FILE_SKIPPED, e.getMessage());
                    recordWithoutContent(handler, metadata, outputHtml);
                    throw e;
                } catch (IOException e) {
                    // A damaged member fails alone, as it would in the member's own parser; the container goes on.
                    metadata.set(ForkMetadata.EMBEDDED_FILE_SKIPPED, "The bytes could not be read to the end.");
                    metadata.add(TikaCoreProperties.EMBEDDED_EXCEPTION, ExceptionUtils.getFilteredStackTrace(e));
                    recordWithoutContent(handler, metadata, outputHtml);
                    return;
                }
                next = TikaInputStream.get(kept);
                tmp.addResource(next);
            } else {
                if (request.keepEmbeddedBytes()) {
                    metadata.set(ForkMetadata.EMBEDDED_FILE_SKIPPED, "An object inside an Office file; its bytes "
                            + "are not a file of their own.");
                }
                next = TikaInputStream.get(counted, tmp, metadata);
                if (openContainer != null) {
                    next.setOpenContainer(openContainer);
                }
            }
            parse(next, handler, metadata, outputHtml);
        } finally {
            open.removeLast();
        }
    }

    /**
     * What {@link ParsingEmbeddedDocumentExtractor#parseEmbedded} does, but handing the prepared stream to the parser
     * as it is: wrapping it again would drop its file backing and make container parsers copy it once more.
     */
    private void parse(TikaInputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml)
            throws SAXException, IOException {
        if (outputHtml) {
            AttributesImpl attributes = new AttributesImpl();
            attributes.addAttribute("", "class", "class", "CDATA", "package-entry");
            handler.startElement(XHTMLContentHandler.XHTML, "div", "div", attributes);
        }
        String name = metadata.get(TikaCoreProperties.RESOURCE_NAME_KEY);
        if (isWriteFileNameToContent() && outputHtml && name != null && !name.isEmpty()) {
            handler.startElement(XHTMLContentHandler.XHTML, "h1", "h1", new AttributesImpl());
            handler.characters(name.toCharArray(), 0, name.length());
            handler.endElement(XHTMLContentHandler.XHTML, "h1", "h1");
        }
        try {
            getDelegatingParser().parse(stream, new EmbeddedContentHandler(new BodyContentHandler(handler)),
                    metadata, context);
        } catch (CorruptedFileException e) {
            throw new IOException(e);
        } catch (TikaException e) {
            ParseRecord record = context.get(ParseRecord.class);
            if (record != null) {
                record.addException(e);
            }
        }
        if (outputHtml) {
            handler.endElement(XHTMLContentHandler.XHTML, "div", "div");
        }
    }

    /** Lets Tika record the document (name, type, limit markers) although its bytes were not read to the end. */
    private void recordWithoutContent(ContentHandler handler, Metadata metadata, boolean outputHtml)
            throws SAXException, IOException {
        ZeroByteFileException.IgnoreZeroByteFileException previous =
                context.get(ZeroByteFileException.IgnoreZeroByteFileException.class);
        context.set(ZeroByteFileException.IgnoreZeroByteFileException.class,
                ZeroByteFileException.IGNORE_ZERO_BYTE_FILE_EXCEPTION);
        try (TikaInputStream empty = TikaInputStream.get(new byte[0])) {
            parse(empty, handler, metadata, outputHtml);
        } finally {
            context.set(ZeroByteFileException.IgnoreZeroByteFileException.class, previous);
        }
    }

    /** Copies the embedded document to the next generated file name of the task, hashing it on the way. */
    private Path keep(InputStream in, Metadata metadata) throws IOException {
        Files.createDirectories(taskFolder);
        Path target = taskFolder.resolve((++filesWritten) + ".bin");
        MessageDigest sha256 = sha256();
        long length = 0;
        boolean complete = false;
        try (OutputStream out = new DigestOutputStream(Files.newOutputStream(target, StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE), sha256)) {
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) != -1; ) {
                out.write(buffer, 0, n);
                length += n;
            }
            complete = true;
        } finally {
            if (!complete) {
                Files.deleteIfExists(target);
            }
        }
        metadata.set(ForkMetadata.EMBEDDED_FILE, target.getFileName().toString());
        metadata.set(ForkMetadata.EMBEDDED_LENGTH, Long.toString(length));
        metadata.set(ForkMetadata.EMBEDDED_SHA256, HexFormat.of().formatHex(sha256.digest()));
        return target;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }

    private static void flag(Metadata metadata, ForkLimit limit, String detail) {
        if (!Arrays.asList(metadata.getValues(ForkMetadata.LIMIT)).contains(limit.name())) {
            metadata.add(ForkMetadata.LIMIT, limit.name());
            metadata.add(ForkMetadata.LIMIT_DETAIL, detail);
        }
    }

    private void count(long bytes, Metadata reading) throws LimitExceededException {
        unpacked += bytes;
        if (unpacked > byteBudget && stopped == null) {
            String detail = budgetLimit == ForkLimit.COMPRESSION_RATIO
                    ? "The embedded documents unpack to more than " + request.maxCompressionRatio()
                            + " times the size of the file; extraction was stopped."
                    : "The embedded documents unpack to more than " + request.maxUnpackedBytes()
                            + " bytes; extraction was stopped.";
            stopped = new LimitExceededException(budgetLimit, detail);
            flag(reading, budgetLimit, detail);
            flag(file, budgetLimit, detail);
        }
        if (stopped != null) {
            throw new LimitExceededException(stopped.limit(), stopped.getMessage());
        }
    }

    /** Counts every byte read from an embedded document against the file's budget. */
    private final class BudgetStream extends FilterInputStream {

        private final Metadata reading;

        BudgetStream(InputStream in, Metadata reading) {
            super(in);
            this.reading = reading;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b != -1) {
                count(1, reading);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count(n, reading);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            if (skipped > 0) {
                count(skipped, reading);
            }
            return skipped;
        }
    }
}
