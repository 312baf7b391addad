package org.recordswatch.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.RecursiveParserWrapper;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.BasicContentHandlerFactory;
import org.apache.tika.sax.RecursiveParserWrapperHandler;

/**
 * The extraction benchmark (bench/extraction/run.sh): copies a corpus folder N times under new names into a scratch
 * folder (never into the repository), then extracts every copy either with the engine ({@code pipes}: forked JVMs)
 * or with plain Tika in this JVM ({@code tika}: AutoDetectParser in RecursiveParserWrapper with the same XML handler
 * and limits, the baseline), after warm-up passes over one copy (the JIT of every fork must warm up too), with the
 * same number of threads. Prints wall time, documents per
 * second, this JVM's heap (peak sampled and peak after GC) and, for {@code pipes}, the forks' peak resident memory.
 * <p>
 * Not a test (its name does not end in Test); bench code is the only place besides the forks that parses in-JVM.
 * <pre>java -Xmx512m -cp ... org.recordswatch.extraction.ExtractionBenchmark pipes|tika CORPUS SCRATCH COPIES
 * THREADS OCR(true|false) [WARM_UP_PASSES, default 3]</pre>
 */
public final class ExtractionBenchmark {

    private static final Set<String> NOT_DOCUMENTS = Set.of("README.md", "manifest.json", "truth.json");

    private ExtractionBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        Path corpus = Path.of(args[1]).toAbsolutePath();
        Path scratch = Path.of(args[2]).toAbsolutePath();
        int copies = Integer.parseInt(args[3]);
        int threads = Integer.parseInt(args[4]);
        boolean ocr = Boolean.parseBoolean(args[5]);
        int warmUpPasses = args.length > 6 ? Integer.parseInt(args[6]) : 3;

        Path in = scratch.resolve("in");
        List<Path> warmUp = copy(corpus, in, "warmup", 1);
        List<Path> warmUps = new ArrayList<>();
        for (int pass = 0; pass < warmUpPasses; pass++) {
            warmUps.addAll(warmUp);
        }
        List<Path> files = copy(corpus, in, "copy", copies);
        long bytes = 0;
        for (Path f : files) {
            bytes += Files.size(f);
        }
        boolean keepBytes = !"false".equals(System.getenv("RW_BENCH_KEEP_BYTES"));
        ExtractionOptions options = ExtractionOptions.defaults().toBuilder().ocr(ocr).ocrLanguages("eng")
                .timeout(Duration.ofMinutes(5)).keepEmbeddedBytes(keepBytes).build();
        Sampler sampler = new Sampler();
        Map<String, String> out = new HashMap<>();
        out.put("mode", mode);
        out.put("files", Integer.toString(files.size()));
        out.put("bytes", Long.toString(bytes));
        out.put("threads", Integer.toString(threads));
        out.put("ocr", Boolean.toString(ocr));
        out.put("warm_up_passes", Integer.toString(warmUpPasses));
        out.put("keep_embedded_bytes", Boolean.toString(keepBytes));
        Run run;
        if (mode.equals("pipes")) {
            Path work = scratch.resolve("work");
            PipesEngineSettings settings = PipesEngineSettings.builder(work, in, TestEngines.forkClasspathWithoutTestParsers())
                    .forks(threads).forkHeap("512m").extraJvmArgs(System.getenv("RW_BENCH_FORK_ARGS") == null
                            ? List.of() : List.of(System.getenv("RW_BENCH_FORK_ARGS").trim().split("\\s+")))
                    .build();
            try (TikaPipesExtractor engine = new TikaPipesExtractor(settings)) {
                Task task = file -> {
                    try (ExtractionResult result = engine.extract(file, file.getFileName().toString(), options)) {
                        return result.status().name();
                    }
                };
                runAll(warmUps, threads, task, null);
                sampler.start();
                run = runAll(files, threads, task, sampler);
                sampler.stop();
            }
        } else {
            AutoDetectParser parser = new AutoDetectParser();
            RecursiveParserWrapper wrapper = new RecursiveParserWrapper(parser);
            Task task = file -> inJvm(wrapper, file, options);
            runAll(warmUps, threads, task, null);
            sampler.start();
            run = runAll(files, threads, task, sampler);
            sampler.stop();
        }
        out.put("wall_ms", Long.toString(run.wall.toMillis()));
        out.put("cpu_ms_app", Long.toString(sampler.appCpuMillis()));
        out.put("cpu_ms_forks", Long.toString(sampler.forkCpuMillis()));
        out.put("cpu_ms_per_doc", String.format(Locale.ROOT, "%.1f",
                (sampler.appCpuMillis() + sampler.forkCpuMillis()) / (double) files.size()));
        out.put("docs_per_s", String.format(Locale.ROOT, "%.1f", files.size() * 1000.0 / run.wall.toMillis()));
        out.put("app_heap_peak_mb", Long.toString(sampler.heapPeak.get() >> 20));
        out.put("app_heap_after_gc_peak_mb", Long.toString(sampler.afterGcPeak() >> 20));
        out.put("fork_rss_peak_mb", Long.toString(sampler.forkRssPeak.get() >> 20));
        out.put("forks_rss_sum_peak_mb", Long.toString(sampler.forkRssSumPeak.get() >> 20));
        out.put("statuses", run.statuses.toString());
        out.put("cpu_ms_forks_by_thread", sampler.forkThreads.toString());
        out.forEach((k, v) -> System.out.println(k + "=" + v));
    }

    private interface Task {
        String run(Path file) throws Exception;
    }

    private record Run(Duration wall, Map<String, Integer> statuses) {
    }

    private static Run runAll(List<Path> files, int threads, Task task, Sampler sampler) throws Exception {
        ConcurrentLinkedQueue<Path> queue = new ConcurrentLinkedQueue<>(files);
        Map<String, AtomicInteger> statuses = new java.util.concurrent.ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long started = System.nanoTime();
        List<Future<?>> workers = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            workers.add(pool.submit(() -> {
                for (Path file; (file = queue.poll()) != null; ) {
                    String status;
                    try {
                        status = task.run(file);
                    } catch (Exception e) {
                        status = e.getClass().getSimpleName();
                    }
                    statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        Duration wall = Duration.ofNanos(System.nanoTime() - started);
        pool.shutdown();
        Map<String, Integer> counts = new java.util.TreeMap<>();
        statuses.forEach((k, v) -> counts.put(k, v.get()));
        return new Run(wall, counts);
    }

    /** What the fork does, in this JVM: RMETA with the XML handler and the same write limit and OCR settings. */
    private static String inJvm(RecursiveParserWrapper wrapper, Path file, ExtractionOptions options)
            throws Exception {
        RecursiveParserWrapperHandler handler = new RecursiveParserWrapperHandler(new BasicContentHandlerFactory(
                BasicContentHandlerFactory.HANDLER_TYPE.XML, options.writeLimit()), options.maxEmbedded());
        ParseContext context = new ParseContext();
        TesseractOCRConfig ocr = new TesseractOCRConfig();
        PDFParserConfig pdf = new PDFParserConfig();
        if (options.ocr()) {
            ocr.setLanguage(options.tesseractLanguages());
            pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.AUTO);
        } else {
            ocr.setSkipOcr(true);
            pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
        }
        context.set(TesseractOCRConfig.class, ocr);
        context.set(PDFParserConfig.class, pdf);
        Metadata metadata = new Metadata();
        try (InputStream stream = TikaInputStream.get(file, metadata)) {
            wrapper.parse(stream, handler, metadata, context);
        } catch (Exception e) {
            return "EXCEPTION";
        }
        return handler.getMetadataList().size() > 0 ? "PARSED" : "EMPTY";
    }

    /** Copies the corpus {@code times} times, each file under a new name; leaves out what is not a document. */
    private static List<Path> copy(Path corpus, Path in, String prefix, int times) throws IOException {
        List<Path> sources;
        try (Stream<Path> walk = Files.walk(corpus)) {
            sources = walk.filter(Files::isRegularFile)
                    .filter(p -> !NOT_DOCUMENTS.contains(p.getFileName().toString())).sorted().toList();
        }
        List<Path> copies = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            for (Path source : sources) {
                Path target = in.resolve(prefix + "-" + i).resolve(corpus.relativize(source).getParent() == null
                        ? Path.of("") : corpus.relativize(source).getParent())
                        .resolve(prefix + i + "-" + source.getFileName());
                Files.createDirectories(target.getParent());
                Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                copies.add(target);
            }
        }
        return copies;
    }

    /** Samples this JVM's heap and the forks' resident memory every 50 ms. */
    private static final class Sampler {

        final AtomicLong heapPeak = new AtomicLong();
        final AtomicLong forkRssPeak = new AtomicLong();
        final AtomicLong forkRssSumPeak = new AtomicLong();
        private final AtomicBoolean running = new AtomicBoolean();
        private Thread thread;
        private long afterGcPeak;

        private long appCpuStart;
        private long appCpuEnd;
        private final Map<Long, Long> forkCpuStart = new HashMap<>();
        private final Map<Long, Long> forkCpuEnd = new HashMap<>();

        void start() {
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                pool.resetPeakUsage();
            }
            appCpuStart = processCpuNanos();
            for (ProcessHandle fork : ProcessHandle.current().descendants().toList()) {
                forkCpuStart.put(fork.pid(), cpuMillis(fork.pid()));
                cpuByThread(fork.pid()).forEach((name, ms) -> forkThreads.merge(name, -ms, Long::sum));
            }
            running.set(true);
            thread = new Thread(() -> {
                while (running.get()) {
                    heapPeak.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(),
                            Math::max);
                    long sum = 0;
                    for (ProcessHandle fork : ProcessHandle.current().descendants().toList()) {
                        long rss = rss(fork.pid());
                        forkRssPeak.accumulateAndGet(rss, Math::max);
                        sum += rss;
                    }
                    forkRssSumPeak.accumulateAndGet(sum, Math::max);
                    long afterGc = 0;
                    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                        MemoryUsage usage = pool.getCollectionUsage();
                        if (pool.getType() == MemoryType.HEAP && usage != null) {
                            afterGc += usage.getUsed();
                        }
                    }
                    afterGcPeak = Math.max(afterGcPeak, afterGc);
                    try {
                        Thread.sleep(50);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            thread.setDaemon(true);
            thread.start();
        }

        void stop() throws InterruptedException {
            running.set(false);
            thread.join();
            appCpuEnd = processCpuNanos();
            for (ProcessHandle fork : ProcessHandle.current().descendants().toList()) {
                forkCpuEnd.put(fork.pid(), cpuMillis(fork.pid()));
                cpuByThread(fork.pid()).forEach((name, ms) -> forkThreads.merge(name, ms, Long::sum));
            }
        }

        final Map<String, Long> forkThreads = new java.util.TreeMap<>();

        /**
         * CPU milliseconds since the process started, by kind of thread (JIT compilers, GC and VM, the rest). Threads
         * that ended are missing, so this is only used for the forks, whose threads live as long as they do.
         */
        static Map<String, Long> cpuByThread(long pid) {
            Map<String, Long> byKind = new java.util.TreeMap<>();
            try (Stream<Path> tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
                for (Path task : (Iterable<Path>) tasks::iterator) {
                    try {
                        String stat = Files.readString(task.resolve("stat"));
                        String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                        long ms = (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10;
                        String kind = name.startsWith("C2 ") || name.startsWith("C1 ") ? "jit"
                                : name.startsWith("GC ") || name.startsWith("G1 ") || name.contains("VM Thread")
                                        ? "gc+vm" : "work";
                        byKind.merge(kind, ms, Long::sum);
                    } catch (IOException | RuntimeException gone) {
                        // thread ended
                    }
                }
            } catch (IOException gone) {
                // process ended
            }
            return byKind;
        }

        long appCpuMillis() {
            return (appCpuEnd - appCpuStart) / 1_000_000;
        }

        /** CPU time the forks (and their children) spent during the run; a fork that died in between is missed. */
        long forkCpuMillis() {
            long sum = 0;
            for (Map.Entry<Long, Long> end : forkCpuEnd.entrySet()) {
                sum += end.getValue() - forkCpuStart.getOrDefault(end.getKey(), 0L);
            }
            return sum;
        }

        private static long processCpuNanos() {
            return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                    .getProcessCpuTime();
        }

        /** utime + stime from /proc/<pid>/stat, in milliseconds (clock ticks of 10 ms). */
        private static long cpuMillis(long pid) {
            try {
                String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10;
            } catch (IOException | RuntimeException gone) {
                return 0;
            }
        }

        long afterGcPeak() {
            return afterGcPeak;
        }

        private static long rss(long pid) {
            try {
                for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                    if (line.startsWith("VmRSS:")) {
                        return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                    }
                }
            } catch (IOException | RuntimeException gone) {
                // the process ended
            }
            return 0;
        }
    }
}
