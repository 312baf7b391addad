package org.recordswatch.extraction;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.pipes.PipesResult;
import org.apache.tika.sax.AbstractRecursiveParserWrapperHandler;
import org.recordswatch.extraction.fork.ForkLimit;
import org.recordswatch.extraction.fork.ForkMetadata;

/**
 * Turns what Tika Pipes hands back (a status and the recursive metadata list: the file first, then one entry per
 * embedded document) into an {@link ExtractionResult}: the verdict, the limits hit, and the tree of parts with their
 * text, pages, OCR flags, metadata and embedded files. Pure logic, tested without a forked process.
 */
final class ResultAssembler {

    private static final Logger LOG = Logger.getLogger(ResultAssembler.class.getName());
    private static final Pattern EMBEDDED_FILE = Pattern.compile("[1-9][0-9]{0,8}\\.bin");
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern CAUSE = Pattern.compile("(?m)^Caused by: ([\\w.$]+)");
    private static final Pattern UNSAFE_NAME_CHARS =
            Pattern.compile("[\\p{Cntrl}\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]");
    private static final int MAX_NAME = 255;
    static final String UNKNOWN_TYPE = "application/octet-stream";

    private final String extractorVersion;
    private final String forkHeap;

    ResultAssembler(String extractorVersion, String forkHeap) {
        this.extractorVersion = extractorVersion;
        this.forkHeap = forkHeap;
    }

    ExtractionResult assemble(PipesResult.STATUS status, List<Metadata> metadataList, String displayName,
            ExtractionOptions options, Path embeddedFolder, Duration elapsed) {
        ProcessOutcome process = switch (status) {
            case TIMEOUT -> ProcessOutcome.TIMED_OUT;
            case OOM -> ProcessOutcome.OUT_OF_MEMORY;
            case UNSPECIFIED_CRASH -> ProcessOutcome.CRASHED;
            default -> ProcessOutcome.COMPLETED;
        };
        ExtractedPart root = buildTree(metadataList, rootName(displayName), embeddedFolder);
        Set<Limit> limits = EnumSet.noneOf(Limit.class);
        collectLimits(root, limits);
        if (process == ProcessOutcome.OUT_OF_MEMORY) {
            limits.add(Limit.MEMORY);
        }

        ExtractionStatus verdict;
        String reason;
        switch (process) {
            case TIMED_OUT -> {
                verdict = ExtractionStatus.FAILED_TIMEOUT;
                reason = "Extraction took longer than the time limit of " + options.timeout().toSeconds()
                        + " seconds; the extraction process was stopped.";
            }
            case OUT_OF_MEMORY -> {
                verdict = ExtractionStatus.FAILED_LIMIT;
                reason = limitReasons(limits, options);
            }
            case CRASHED -> {
                verdict = ExtractionStatus.FAILED_PARSE;
                reason = "The extraction process stopped unexpectedly while reading the file; it was restarted.";
            }
            default -> {
                if (metadataList.isEmpty()) {
                    verdict = ExtractionStatus.FAILED_PARSE;
                    reason = "Nothing could be extracted from the file.";
                } else if (root.encrypted()) {
                    verdict = ExtractionStatus.FAILED_ENCRYPTED;
                    reason = "The file is encrypted or password protected.";
                } else if (!limits.isEmpty()) {
                    verdict = ExtractionStatus.FAILED_LIMIT;
                    reason = limitReasons(limits, options);
                } else if (root.error().isPresent()) {
                    verdict = ExtractionStatus.FAILED_PARSE;
                    reason = "The file could not be read completely (" + root.error().get() + ").";
                } else {
                    verdict = ExtractionStatus.DONE;
                    reason = null;
                }
            }
        }
        return new ExtractionResult(verdict, reason, limits, process, root, elapsed, extractorVersion,
                embeddedFolder);
    }

    private String limitReasons(Set<Limit> limits, ExtractionOptions options) {
        List<String> sentences = new ArrayList<>();
        for (Limit limit : limits) {
            sentences.add(switch (limit) {
                case OUTPUT -> "The text exceeds the write limit of " + options.writeLimit()
                        + " characters; the rest was not extracted.";
                case EMBEDDED_COUNT -> "The file holds more than " + options.maxEmbedded()
                        + " embedded documents; the rest were not extracted.";
                case DEPTH -> "Documents nested deeper than " + options.maxDepth() + " levels were not extracted.";
                case UNPACKED_BYTES -> "The embedded documents unpack to more than " + options.maxUnpackedBytes()
                        + " bytes; extraction was stopped.";
                case COMPRESSION_RATIO -> "The embedded documents unpack to more than "
                        + options.maxCompressionRatio() + " times the size of the file; extraction was stopped.";
                case MEMORY -> "The file needed more memory than an extraction process may use (" + forkHeap
                        + " heap); the process was restarted.";
            });
        }
        return String.join(" ", sentences);
    }

    private static void collectLimits(ExtractedPart part, Set<Limit> into) {
        into.addAll(part.limitsHit());
        for (ExtractedPart child : part.children()) {
            collectLimits(child, into);
        }
    }

    private ExtractedPart buildTree(List<Metadata> metadataList, String rootName, Path embeddedFolder) {
        ExtractedPart root = null;
        Map<String, ExtractedPart> byId = new HashMap<>();
        List<Metadata> embedded = new ArrayList<>();
        for (Metadata metadata : metadataList) {
            if (metadata.get(TikaCoreProperties.EMBEDDED_ID_PATH) == null && root == null) {
                root = part(metadata, "/", null, 0, rootName, rootName, null);
                byId.put("/", root);
            } else if (metadata.get(TikaCoreProperties.EMBEDDED_ID_PATH) != null) {
                embedded.add(metadata);
            }
        }
        if (root == null) {
            root = part(new Metadata(), "/", null, 0, rootName, rootName, null);
            byId.put("/", root);
        }
        // Tika lists a document after its children; parents must exist first.
        embedded.sort((a, b) -> compareIdPaths(idPath(a), idPath(b)));
        for (Metadata metadata : embedded) {
            String id = idPath(metadata);
            String parentId = parentOf(id);
            ExtractedPart parent = byId.get(parentId);
            if (parent == null) {
                LOG.warning(() -> "Embedded document " + id + " without its parent; attached to the file");
                parent = root;
                parentId = "/";
            }
            String name = embeddedName(metadata, id);
            ExtractedPart part = part(metadata, id, parentId, parent.depth() + 1, name,
                    parent.path() + "!" + name, embeddedFolder);
            parent.addChild(part);
            byId.put(id, part);
        }
        return root;
    }

    private static String idPath(Metadata metadata) {
        String id = metadata.get(TikaCoreProperties.EMBEDDED_ID_PATH).strip();
        return id.startsWith("/") ? id : "/" + id;
    }

    static String parentOf(String id) {
        int slash = id.lastIndexOf('/');
        return slash <= 0 ? "/" : id.substring(0, slash);
    }

    /** Orders {@code /2} before {@code /2/1} before {@code /10}: by the numbers, level by level. */
    static int compareIdPaths(String a, String b) {
        String[] x = a.substring(1).split("/");
        String[] y = b.substring(1).split("/");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            int c = compareNumbers(x[i], y[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.length, y.length);
    }

    private static int compareNumbers(String a, String b) {
        try {
            return Long.compare(Long.parseLong(a), Long.parseLong(b));
        } catch (NumberFormatException e) {
            return a.compareTo(b);
        }
    }

    /**
     * The name of an embedded document inside its parent: the member path for archive entries
     * ({@code folder/inner.eml}), else the final resource name Tika settled on (an attachment's file name), else a
     * generated {@code embedded-<n>}.
     */
    private static String embeddedName(Metadata metadata, String id) {
        String name = metadata.get(TikaCoreProperties.INTERNAL_PATH);
        if (isBlank(name)) {
            name = lastSegment(metadata.get(TikaCoreProperties.FINAL_EMBEDDED_RESOURCE_PATH));
        }
        if (isBlank(name)) {
            name = metadata.get(TikaCoreProperties.RESOURCE_NAME_KEY);
        }
        if (isBlank(name)) {
            name = lastSegment(metadata.get(TikaCoreProperties.EMBEDDED_RESOURCE_PATH));
        }
        if (isBlank(name)) {
            name = "embedded-" + id.substring(id.lastIndexOf('/') + 1);
        }
        while (name.startsWith("/")) {
            name = name.substring(1);
        }
        return safeName(name);
    }

    private static String lastSegment(String path) {
        if (path == null) {
            return null;
        }
        int slash = path.lastIndexOf('/');
        return path.substring(slash + 1);
    }

    private static String rootName(String displayName) {
        String name = displayName == null ? "" : displayName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = safeName(name);
        return name.isBlank() ? "file" : name;
    }

    /** Names are shown to people: no control or bidirectional-override characters, at most 255 characters. */
    static String safeName(String name) {
        String safe = UNSAFE_NAME_CHARS.matcher(name).replaceAll("_").strip();
        return safe.length() > MAX_NAME ? safe.substring(0, MAX_NAME) : safe;
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private ExtractedPart part(Metadata metadata, String id, String parentId, int depth, String name, String path,
            Path embeddedFolder) {
        XhtmlText.Content content = XhtmlText.read(metadata.get(TikaCoreProperties.TIKA_CONTENT));
        MediaType type = MediaType.parse(metadata.get(Metadata.CONTENT_TYPE));
        String mediaType = type == null ? UNKNOWN_TYPE : type.getBaseType().toString();
        String charset = metadata.get(Metadata.CONTENT_ENCODING);
        if (charset == null && type != null) {
            charset = type.getParameters().get("charset");
        }
        String stack = metadata.get(parentId == null ? TikaCoreProperties.CONTAINER_EXCEPTION
                : TikaCoreProperties.EMBEDDED_EXCEPTION);
        boolean encrypted = "true".equalsIgnoreCase(metadata.get(TikaCoreProperties.IS_ENCRYPTED))
                || stack != null && stack.startsWith("org.apache.tika.exception.EncryptedDocumentException");
        return new ExtractedPart(id, parentId, depth, name, path, mediaType, charset, metadataMap(metadata),
                content.text(), content.pages(), content.ocr(), limits(metadata), describe(stack), encrypted,
                embeddedFile(metadata, embeddedFolder));
    }

    private static Set<Limit> limits(Metadata metadata) {
        Set<Limit> limits = EnumSet.noneOf(Limit.class);
        for (String value : metadata.getValues(ForkMetadata.LIMIT)) {
            try {
                limits.add(switch (ForkLimit.valueOf(value)) {
                    case DEPTH -> Limit.DEPTH;
                    case EMBEDDED_COUNT -> Limit.EMBEDDED_COUNT;
                    case UNPACKED_BYTES -> Limit.UNPACKED_BYTES;
                    case COMPRESSION_RATIO -> Limit.COMPRESSION_RATIO;
                });
            } catch (IllegalArgumentException e) {
                LOG.warning(() -> "Unknown limit marker from the extraction process: " + value);
            }
        }
        if ("true".equalsIgnoreCase(metadata.get(TikaCoreProperties.WRITE_LIMIT_REACHED))) {
            limits.add(Limit.OUTPUT);
        }
        if ("true".equalsIgnoreCase(
                metadata.get(AbstractRecursiveParserWrapperHandler.EMBEDDED_RESOURCE_LIMIT_REACHED))) {
            limits.add(Limit.EMBEDDED_COUNT);
        }
        return limits;
    }

    /** The exception's type and root cause's type; never its message, which may quote the document. */
    static String describe(String stackTrace) {
        if (isBlank(stackTrace)) {
            return null;
        }
        String first = stackTrace.strip().lines().findFirst().orElse("");
        int colon = first.indexOf(':');
        String type = simpleName(colon < 0 ? first.strip() : first.substring(0, colon));
        String cause = null;
        Matcher m = CAUSE.matcher(stackTrace);
        while (m.find()) {
            cause = simpleName(m.group(1));
        }
        return cause == null || cause.equals(type) ? type : type + " caused by " + cause;
    }

    private static String simpleName(String className) {
        String s = className.strip();
        int space = s.indexOf(' ');
        if (space > 0) {
            s = s.substring(0, space);
        }
        return s.substring(s.lastIndexOf('.') + 1);
    }

    private static Map<String, List<String>> metadataMap(Metadata metadata) {
        Map<String, List<String>> map = new TreeMap<>();
        for (String key : metadata.names()) {
            if (!key.equals(TikaCoreProperties.TIKA_CONTENT.getName())) {
                map.put(key, List.copyOf(Arrays.asList(metadata.getValues(key))));
            }
        }
        return map;
    }

    /**
     * The embedded file the fork reported, if it is what the fork may write: a generated name directly in this
     * task's folder, a regular file (not a link). Anything else is ignored.
     */
    private static ExtractedPart.EmbeddedFile embeddedFile(Metadata metadata, Path folder) {
        String name = metadata.get(ForkMetadata.EMBEDDED_FILE);
        if (name == null || folder == null) {
            return null;
        }
        Path file = folder.resolve(name).normalize();
        String sha256 = metadata.get(ForkMetadata.EMBEDDED_SHA256);
        if (!EMBEDDED_FILE.matcher(name).matches() || !file.getParent().equals(folder)
                || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || sha256 == null
                || !SHA256.matcher(sha256).matches()) {
            LOG.warning("Ignoring an embedded file the extraction process should not have reported");
            return null;
        }
        long length;
        try {
            length = Long.parseLong(metadata.get(ForkMetadata.EMBEDDED_LENGTH));
        } catch (NumberFormatException e) {
            return null;
        }
        return new ExtractedPart.EmbeddedFile(file, length, sha256.toLowerCase(Locale.ROOT));
    }
}
