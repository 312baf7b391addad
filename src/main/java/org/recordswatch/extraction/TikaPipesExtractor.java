package org.recordswatch.extraction;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.tika.Tika;
import org.apache.tika.config.TikaTaskTimeout;
import org.apache.tika.exception.TikaConfigException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.pipes.FetchEmitTuple;
import org.apache.tika.pipes.HandlerConfig;
import org.apache.tika.pipes.PipesConfig;
import org.apache.tika.pipes.PipesException;
import org.apache.tika.pipes.PipesParser;
import org.apache.tika.pipes.PipesResult;
import org.apache.tika.pipes.emitter.EmitKey;
import org.apache.tika.pipes.fetcher.FetchKey;
import org.apache.tika.sax.BasicContentHandlerFactory;
import org.recordswatch.extraction.fork.ForkRequest;
import org.recordswatch.extraction.fork.StoreFileFetcher;

/**
 * The extraction engine: Tika Pipes ({@link PipesParser}, tika-core 3.3.1) with a pool of forked JVMs that parse,
 * each capped in heap and time, restarted by Tika after a crash, a timeout or an out-of-memory error. The application
 * JVM never parses: it sends the request, waits, and turns the answer into an {@link ExtractionResult}.
 * <p>
 * Supervision on top of Tika: every call has an overall deadline (waiting for a fork, starting it, the file's own
 * time limit), after which the calling thread is freed and the engine reports itself unavailable instead of hanging;
 * a fork that cannot start makes the engine replace its whole pool on the next call; temporary files of killed forks
 * are swept; counters are kept ({@link #health()}).
 * <p>
 * Thread-safe; one instance per application. Forks start lazily on the first file.
 */
public final class TikaPipesExtractor implements TextExtractor, AutoCloseable {

    /** Raised when the result's shape or the fork's limits change, so that old extractions can be redone. */
    public static final int ENGINE_VERSION = 1;

    private static final Logger LOG = Logger.getLogger(TikaPipesExtractor.class.getName());
    private static final Duration DEADLINE_MARGIN = Duration.ofSeconds(30);
    private static final Duration SWEEP_INTERVAL = Duration.ofMinutes(10);
    private static final Duration ABANDONED_RESULTS = Duration.ofHours(24);

    private final PipesEngineSettings settings;
    private final Path configFile;
    private final Path tmpFolder;
    private final Path partsFolder;
    private final ForkWrappers wrappers;
    private final ResultAssembler assembler;
    private final String extractorVersion;
    private final ExecutorService callers;
    private final Object lock = new Object();
    /** The pool in use; replaced after a fork would not start. Guarded by {@link #lock}. */
    private Pool pool;
    private volatile boolean closed;

    private final AtomicLong extracted = new AtomicLong();
    private final AtomicLong timeouts = new AtomicLong();
    private final AtomicLong outOfMemory = new AtomicLong();
    private final AtomicLong crashes = new AtomicLong();
    private final AtomicLong unavailable = new AtomicLong();
    private final AtomicLong restarts = new AtomicLong();
    private final AtomicReference<Instant> lastProblem = new AtomicReference<>();
    private final AtomicLong longestTimeoutMillis = new AtomicLong(TikaConfigWriter.DEFAULT_TIMEOUT_MILLIS);
    private final AtomicLong lastSweep = new AtomicLong();

    /**
     * Prepares the work folder (removing what earlier runs left), writes the wrappers, the forks' logging
     * configuration and the tika-config, and checks that Tika accepts it. Starts no process.
     */
    public TikaPipesExtractor(PipesEngineSettings settings) throws IOException {
        this.settings = settings;
        Path work = Files.createDirectories(settings.workFolder());
        if (!Files.isDirectory(settings.inputRoot())) {
            throw new IOException("The extraction input root is not a folder: " + settings.inputRoot());
        }
        this.tmpFolder = emptyFolder(work.resolve("tmp"));
        this.partsFolder = emptyFolder(work.resolve("parts"));
        this.wrappers = ForkWrappers.write(work.resolve("bin"), settings.javaExecutable(), settings.tesseract());
        Path logging = work.resolve("fork-logging.properties");
        Files.writeString(logging, TikaConfigWriter.loggingProperties(settings.forkLogLevel()),
                StandardCharsets.UTF_8);
        this.configFile = work.resolve("tika-config.xml");
        Files.writeString(configFile, TikaConfigWriter.write(settings, wrappers.javaLauncher(),
                wrappers.tesseractFolder(), tmpFolder, partsFolder, logging), StandardCharsets.UTF_8);
        loadConfig();
        this.extractorVersion = Tika.getString() + " / records-watch-extraction " + ENGINE_VERSION;
        this.assembler = new ResultAssembler(extractorVersion, settings.forkHeap());
        this.callers = Executors.newFixedThreadPool(settings.forks(), new CallerThreads());
        LOG.info(() -> "Extraction engine ready: " + settings.forks() + " forks of " + settings.forkHeap()
                + ", OCR languages " + wrappers.ocrLanguages() + (wrappers.ocrDiesWithFork() ? "" : " (unguarded)"));
    }

    private PipesConfig loadConfig() throws IOException {
        try {
            return PipesConfig.load(configFile);
        } catch (TikaConfigException e) {
            throw new IOException("Tika refused the generated configuration " + configFile, e);
        }
    }

    @Override
    public ExtractionResult extract(Path file, String displayName, ExtractionOptions options)
            throws ExtractionUnavailableException {
        if (closed) {
            throw new IllegalStateException("The extraction engine is closed");
        }
        String key = fetchKey(file);
        if (options.ocr() && !wrappers.ocrLanguages().containsAll(options.ocrLanguages())) {
            throw problem(new ExtractionUnavailableException("OCR languages " + options.ocrLanguages()
                    + " are not all installed (installed: " + wrappers.ocrLanguages() + ")"));
        }
        sweepIfDue();
        String taskId = UUID.randomUUID().toString();
        Path taskFolder = partsFolder.resolve(taskId);
        ForkRequest request = new ForkRequest(taskId, resourceHint(displayName), size(file), options.maxDepth(),
                options.maxEmbedded(), options.maxUnpackedBytes(), options.maxCompressionRatio(),
                options.keepEmbeddedBytes());
        FetchEmitTuple tuple = new FetchEmitTuple(taskId, new FetchKey(TikaConfigWriter.FETCHER, key),
                new EmitKey("", ""), new Metadata(), parseContext(options, request),
                FetchEmitTuple.ON_PARSE_EXCEPTION.EMIT);
        longestTimeoutMillis.accumulateAndGet(options.timeout().toMillis(), Math::max);

        long started = System.nanoTime();
        PipesResult answer;
        try {
            answer = call(tuple, options.timeout());
        } catch (ExtractionUnavailableException e) {
            deleteTree(taskFolder);
            throw problem(e);
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
        PipesResult.STATUS status = answer.getStatus();
        switch (status) {
            case PARSE_SUCCESS, PARSE_SUCCESS_WITH_EXCEPTION, PARSE_EXCEPTION_EMIT, PARSE_EXCEPTION_NO_EMIT,
                    EMPTY_OUTPUT -> extracted.incrementAndGet();
            case TIMEOUT -> fatal(timeouts);
            case OOM -> fatal(outOfMemory);
            case UNSPECIFIED_CRASH -> fatal(crashes);
            case CLIENT_UNAVAILABLE_WITHIN_MS -> {
                deleteTree(taskFolder);
                throw problem(new ExtractionUnavailableException("No extraction process became free within "
                        + settings.maxWaitForFork().toSeconds() + " seconds"));
            }
            default -> {
                deleteTree(taskFolder);
                throw problem(new ExtractionUnavailableException("The extraction process could not handle the "
                        + "request (" + status + ")"));
            }
        }
        List<Metadata> metadata = answer.getEmitData() == null ? List.of() : answer.getEmitData().getMetadataList();
        ExtractionResult result;
        try {
            result = assembler.assemble(status, metadata, displayName, options,
                    Files.isDirectory(taskFolder) ? taskFolder : null, elapsed);
        } catch (RuntimeException | Error e) {
            deleteTree(taskFolder);
            throw e;
        }
        LOG.fine(() -> "Extraction " + taskId + ": " + result.status() + " (" + status + ") in " + elapsed.toMillis()
                + " ms, " + metadata.size() + " documents");
        return result;
    }

    /**
     * Runs the request on an engine thread and waits at most for the wait for a fork, its start and the file's time
     * limit. Tika may otherwise keep a caller forever (it retries a fork that will not start without end).
     */
    private PipesResult call(FetchEmitTuple tuple, Duration timeout) throws ExtractionUnavailableException {
        Pool current = acquire();
        Future<PipesResult> future = callers.submit(() -> current.parser.parse(tuple));
        Duration deadline = settings.maxWaitForFork().plus(settings.startupTimeout()).plus(timeout)
                .plus(DEADLINE_MARGIN);
        try {
            return future.get(deadline.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            retire(current);
            throw new ExtractionUnavailableException("The extraction engine did not answer within "
                    + deadline.toSeconds() + " seconds", e);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new ExtractionUnavailableException("Interrupted while waiting for the extraction engine", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof PipesException || cause instanceof IOException
                    || cause instanceof RuntimeException) {
                // Tika throws from parse() when a fork cannot start (wrong class path, no memory for a JVM).
                LOG.log(Level.SEVERE, "An extraction process could not be started; the pool will be replaced", cause);
                retire(current);
                throw new ExtractionUnavailableException("An extraction process could not be started", cause);
            }
            throw new IllegalStateException("Unexpected failure of the extraction engine", cause);
        } finally {
            release(current);
        }
    }

    /** The pool for one call; a new one if the last was retired. */
    private Pool acquire() throws ExtractionUnavailableException {
        synchronized (lock) {
            if (closed) {
                throw new ExtractionUnavailableException("The extraction engine is closed");
            }
            if (pool == null) {
                try {
                    pool = new Pool(new PipesParser(loadConfig()));
                } catch (IOException e) {
                    throw new ExtractionUnavailableException("The extraction configuration cannot be loaded", e);
                }
            }
            pool.inFlight++;
            return pool;
        }
    }

    /**
     * Takes a pool out of use after a fork would not start. Its forks are stopped once the calls still running on
     * it have ended: stopping them now would kill files that are being parsed normally.
     */
    private void retire(Pool retired) {
        synchronized (lock) {
            if (pool == retired) {
                pool = null;
                restarts.incrementAndGet();
            }
            retired.retired = true;
        }
    }

    private void release(Pool used) {
        boolean close;
        synchronized (lock) {
            used.inFlight--;
            close = used.retired && used.inFlight == 0;
        }
        if (close) {
            closeQuietly(used.parser);
        }
    }

    /** A {@link PipesParser} with the number of calls running on it. Guarded by {@link #lock}. */
    private static final class Pool {

        final PipesParser parser;
        int inFlight;
        boolean retired;

        Pool(PipesParser parser) {
            this.parser = parser;
        }
    }

    private ParseContext parseContext(ExtractionOptions options, ForkRequest request) {
        ParseContext context = new ParseContext();
        // XML keeps the page and OCR markers; Tika's own embedded count is one above ours, as a backstop.
        context.set(HandlerConfig.class, new HandlerConfig(BasicContentHandlerFactory.HANDLER_TYPE.XML,
                HandlerConfig.PARSE_MODE.RMETA, options.writeLimit(), options.maxEmbedded() + 1, true));
        context.set(TikaTaskTimeout.class, new TikaTaskTimeout(options.timeout().toMillis()));
        TesseractOCRConfig ocr = new TesseractOCRConfig();
        PDFParserConfig pdf = new PDFParserConfig();
        if (options.ocr() && wrappers.tesseractFolder() != null) {
            ocr.setLanguage(options.tesseractLanguages());
            ocr.setTimeoutSeconds((int) Math.min(Integer.MAX_VALUE, options.timeout().toSeconds()));
            pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.AUTO);
        } else {
            ocr.setSkipOcr(true);
            pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
        }
        context.set(TesseractOCRConfig.class, ocr);
        context.set(PDFParserConfig.class, pdf);
        context.set(ForkRequest.class, request);
        return context;
    }

    /** The key the fork's fetcher resolves under the input root; the same checks run on both sides. */
    private String fetchKey(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        if (!absolute.startsWith(settings.inputRoot())) {
            throw new IllegalArgumentException("The file is outside the extraction input root");
        }
        String key = settings.inputRoot().relativize(absolute).toString();
        try {
            StoreFileFetcher.resolve(settings.inputRoot(), key);
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot extract this file: " + e.getMessage(), e);
        }
        return key;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The uploaded name, reduced to a safe file name: Tika's hint for the type (the extension). */
    static String resourceHint(String displayName) {
        if (displayName == null) {
            return null;
        }
        String name = displayName.substring(Math.max(displayName.lastIndexOf('/'), displayName.lastIndexOf('\\'))
                + 1);
        name = ResultAssembler.safeName(name);
        return name.isEmpty() || name.equals(".") || name.equals("..") ? null : name;
    }

    private void fatal(AtomicLong counter) {
        extracted.incrementAndGet();
        counter.incrementAndGet();
        lastProblem.set(Instant.now());
        sweep();
    }

    private ExtractionUnavailableException problem(ExtractionUnavailableException e) {
        unavailable.incrementAndGet();
        lastProblem.set(Instant.now());
        LOG.warning(() -> "Extraction unavailable: " + e.getMessage());
        return e;
    }

    public EngineHealth health() {
        return new EngineHealth(settings.forks(), extracted.get(), timeouts.get(), outOfMemory.get(), crashes.get(),
                unavailable.get(), restarts.get(), Optional.ofNullable(lastProblem.get()));
    }

    /** The Tesseract languages the forks can use. */
    public java.util.Set<String> ocrLanguages() {
        return wrappers.ocrLanguages();
    }

    /** Tika's version and the engine's, recorded with every result. */
    public String extractorVersion() {
        return extractorVersion;
    }

    private void sweepIfDue() {
        long now = System.currentTimeMillis();
        long last = lastSweep.get();
        if (now - last > SWEEP_INTERVAL.toMillis() && lastSweep.compareAndSet(last, now)) {
            sweep();
        }
    }

    /**
     * Removes what killed forks left behind: temporary files older than the longest time limit in use (no running
     * parse can still own them) and embedded-file folders of results nobody closed for a day.
     */
    private void sweep() {
        Instant now = Instant.now();
        Instant tmpCutoff = now.minusMillis(longestTimeoutMillis.get()).minus(Duration.ofMinutes(1));
        deleteOlderThan(tmpFolder, tmpCutoff);
        deleteOlderThan(partsFolder, now.minus(ABANDONED_RESULTS));
    }

    private static void deleteOlderThan(Path folder, Instant cutoff) {
        try (var entries = Files.list(folder)) {
            for (Path entry : (Iterable<Path>) entries::iterator) {
                if (Files.getLastModifiedTime(entry, LinkOption.NOFOLLOW_LINKS).toInstant().isBefore(cutoff)) {
                    deleteTree(entry);
                }
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Cannot sweep " + folder, e);
        }
    }

    private static Path emptyFolder(Path folder) throws IOException {
        if (Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
            deleteTree(folder);
        }
        return Files.createDirectories(folder);
    }

    /** Deletes a file or a folder with its content, never following a link. */
    static void deleteTree(Path root) {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                    Files.deleteIfExists(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Cannot delete " + root, e);
        }
    }

    private static void closeQuietly(PipesParser parser) {
        try {
            parser.close();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Cannot close the extraction processes", e);
        }
    }

    /** Stops the forks and the engine's threads. */
    @Override
    public void close() {
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
            callers.shutdownNow();
            if (pool != null) {
                closeQuietly(pool.parser);
                pool = null;
            }
        }
        try {
            callers.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static final class CallerThreads implements ThreadFactory {

        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(task, "rw-extraction-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
