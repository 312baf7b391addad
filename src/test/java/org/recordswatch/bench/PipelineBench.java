package org.recordswatch.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.recordswatch.it.ApiClient;

/**
 * The whole pipeline on a folder (bench/pipeline/run.sh): starts Payara Micro with the built WAR ({@code RW_HEAP},
 * default 512m) on a fresh database of the MariaDB server ({@code bench.db.server}, default 127.0.0.1:3306), uploads every file of the folder through the REST API, {@code COPIES}
 * times (each copy to a request of its own, since a request keeps one copy of the same bytes), and waits until
 * nothing is queued or extracting. Reports the wall time from the first upload to the last verdict, documents
 * (originals) per second, the app's peak used heap (jstat) and the forks' peak resident memory.
 * <p>
 * Before the clock starts, WARM_UP more copies (default 1) go through the whole pipeline untimed, as the baseline's
 * warm-up passes: the app's JIT compiles the upload, job and storage paths and the forks are running.
 * After the last verdict the bench also waits for every campaign's analysis and reports that time separately
 * ({@code analysed_s}): the analysis is a later stage, not part of the extraction the baseline does.
 * <pre>java -cp ... org.recordswatch.bench.PipelineBench CORPUS COPIES OCR(true|false) WORK [WARM_UP]</pre>
 */
public final class PipelineBench {

    private static final Set<String> NOT_DOCUMENTS = Set.of("README.md", "manifest.json", "truth.json");

    private PipelineBench() {
    }

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args[0]).toAbsolutePath();
        int copies = Integer.parseInt(args[1]);
        boolean ocr = Boolean.parseBoolean(args[2]);
        Path work = Files.createDirectories(Path.of(args[3]).toAbsolutePath());
        int warmUps = args.length < 5 ? 1 : Integer.parseInt(args[4]);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(corpus)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(p -> !NOT_DOCUMENTS.contains(p.getFileName().toString())).sorted().toList();
        }
        String password = "bench-" + UUID.randomUUID();
        int httpPort = UploadBench.freePort();
        String dbServer = System.getProperty("bench.db.server", "jdbc:mariadb://127.0.0.1:3306/");
        String dbName = System.getProperty("bench.db.name", "rw_bench_pipeline");
        try (Connection c = DriverManager.getConnection(dbServer, "root", "");
                Statement st = c.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS " + dbName);
            st.execute("CREATE DATABASE " + dbName + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        Process launcher = startPayara(work, httpPort, dbServer + dbName, password);
        try {
            URL base = URI.create("http://localhost:" + httpPort + "/").toURL();
            UploadBench.waitForLogin(base, launcher);
            long payaraPid = launcher.pid();
            ApiClient api = ApiClient.login(base, "admin", password);
            // Warm-up, untimed (the baseline gets a warm JVM too): one copy through the whole pipeline, extraction
            // and analysis, so that the app's JIT has compiled the upload, job and storage paths and the forks run.
            for (int i = 0; i < warmUps; i++) {
                long warm = UploadBench.prepareRequest(api);
                upload(api, warm, files, ocr);
                waitUntilExtracted(api, List.of(warm));
                waitUntilAnalysed(api, List.of(warm));
            }
            List<Long> requests = new ArrayList<>();
            for (int i = 0; i < copies; i++) {
                requests.add(UploadBench.prepareRequest(api));
            }
            UploadBench.HeapSampler heap = new UploadBench.HeapSampler(payaraPid);
            ForkSampler forks = new ForkSampler(payaraPid);
            long mariadb = mariadbPid();
            long appCpu0 = cpuTicks(payaraPid);
            Map<String, Double> perf0 = jvmSeconds(payaraPid);
            Map<String, Long> threads0 = threadTicks(payaraPid);
            long dbCpu0 = cpuTicks(mariadb);
            heap.start();
            forks.start();
            long t0 = System.nanoTime();
            for (long request : requests) {
                upload(api, request, files, ocr);
            }
            double uploadSeconds = (System.nanoTime() - t0) / 1e9;
            waitUntilExtracted(api, requests);
            double seconds = (System.nanoTime() - t0) / 1e9;
            long appCpu = cpuTicks(payaraPid) - appCpu0;
            Map<String, Double> perf1 = jvmSeconds(payaraPid);
            Map<String, Long> threads1 = threadTicks(payaraPid);
            long dbCpu = cpuTicks(mariadb) - dbCpu0;
            long heapPeak = heap.stop();
            forks.stop();
            long done = 0;
            long failed = 0;
            long total = 0;
            for (long request : requests) {
                JsonNode c = api.call("GET", "/api/requests/" + request + "/extraction", null);
                done += c.get("done").asLong();
                failed += c.get("failed").asLong();
                total += c.get("total").asLong();
            }
            waitUntilAnalysed(api, requests);
            double analysed = (System.nanoTime() - t0) / 1e9;
            double tick = 100.0;
            System.out.printf("RESULT app_cpu_s=%.1f%n", appCpu / tick);
            System.out.printf("RESULT app_jit_s=%.1f%n", perf1.get("jit") - perf0.get("jit"));
            System.out.printf("RESULT app_gc_pauses_s=%.1f%n", perf1.get("gc") - perf0.get("gc"));
            for (String group : List.of("compiler", "gc", "http", "jobs", "other")) {
                System.out.printf("RESULT app_cpu_%s_s=%.1f%n", group,
                        (threads1.getOrDefault(group, 0L) - threads0.getOrDefault(group, 0L)) / 100.0);
            }
            System.out.printf("RESULT forks_cpu_s=%.1f%n", forks.cpuTicks() / tick);
            System.out.printf("RESULT mariadb_cpu_s=%.1f%n", dbCpu / tick);
            System.out.println("RESULT files_per_copy=" + files.size());
            System.out.println("RESULT copies=" + copies);
            System.out.println("RESULT originals=" + total);
            System.out.println("RESULT done=" + done);
            System.out.println("RESULT failed=" + failed);
            System.out.printf("RESULT upload_s=%.1f%n", uploadSeconds);
            System.out.printf("RESULT wall_s=%.1f%n", seconds);
            System.out.printf("RESULT docs_per_s=%.2f%n", total / seconds);
            System.out.printf("RESULT analysed_s=%.1f%n", analysed);
            System.out.println("RESULT warm_up_copies=" + warmUps);
            System.out.println("RESULT app_heap_peak_mb=" + heapPeak / 1048576);
            System.out.println("RESULT fork_rss_peak_mb=" + forks.maxOne() / 1024);
            System.out.println("RESULT forks_rss_sum_peak_mb=" + forks.maxSum() / 1024);
        } finally {
            launcher.destroy();
            if (!launcher.waitFor(60, TimeUnit.SECONDS)) {
                launcher.descendants().forEach(ProcessHandle::destroyForcibly);
                launcher.destroyForcibly();
            }
        }
    }

    private static void upload(ApiClient api, long request, List<Path> files, boolean ocr) throws Exception {
        var answer = api.upload("/api/requests/" + request + "/documents",
                Map.of("ocr", Boolean.toString(ocr), "ocrLanguages", "eng+spa"), files);
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("Upload answered " + answer.statusCode() + ": " + answer.body());
        }
    }

    /**
     * Waits until no original of the requests is queued or being extracted. A request settles for good once its
     * files are in (nothing more is uploaded), so only the first request not yet settled is asked, five times a
     * second: the bench's own polling stays a small load on the app.
     */
    private static void waitUntilExtracted(ApiClient api, List<Long> requests) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(60);
        int next = 0;
        while (next < requests.size()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Still extracting after an hour");
            }
            JsonNode c = api.call("GET", "/api/requests/" + requests.get(next) + "/extraction", null);
            if (c.get("settled").asBoolean()) {
                next++;
            } else {
                Thread.sleep(200);
            }
        }
    }

    /** Waits until the analysis of each request's campaign has finished (after its extraction). */
    private static void waitUntilAnalysed(ApiClient api, List<Long> requests) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(60);
        for (long request : requests) {
            long campaign = api.call("GET", "/api/requests/" + request, null).get("summary").get("campaignId")
                    .asLong();
            while (!api.call("GET", "/api/campaigns/" + campaign + "/analysis", null).get("finished").asBoolean()) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Still analysing after an hour");
                }
                Thread.sleep(200);
            }
        }
    }

    /** Payara Micro with the built WAR, the heap of {@code RW_HEAP} (default 512m) and the given database. */
    private static Process startPayara(Path work, int port, String dbUrl, String password) throws IOException {
        String heap = System.getenv().getOrDefault("RW_HEAP", "512m");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx" + heap, "-Duser.timezone=UTC"));
        // The run command's JVM options (RW_JVM_OPTS, see DevServer), then any given for the bench only.
        command.addAll(org.recordswatch.dev.DevServer.jvmOptions());
        String extra = System.getenv().getOrDefault("RW_BENCH_APP_JVM_ARGS", "").trim();
        if (!extra.isEmpty()) {
            command.addAll(List.of(extra.split("\\s+")));
        }
        command.addAll(List.of("-jar",
                Path.of("target/payara-micro.jar").toAbsolutePath().toString(),
                "--deploy", Path.of("target/records-watch.war").toAbsolutePath().toString(),
                "--contextroot", "/", "--port", Integer.toString(port), "--nocluster", "--disablephonehome"));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(work.resolve("app.log").toFile()));
        pb.environment().put("DB_URL", dbUrl);
        pb.environment().put("DB_USER", "root");
        pb.environment().put("DB_PASSWORD", "");
        pb.environment().put("RW_DATA_DIR", Files.createDirectories(work.resolve("data")).toString());
        pb.environment().put("ADMIN_PASSWORD", password);
        return pb.start();
    }

    /**
     * The app JVM's time so far in JIT compilation ({@code jit}) and in garbage collection ({@code gc}), in seconds,
     * from its performance counters ({@code jcmd PerfCounter.print}); zeros if they cannot be read.
     */
    static Map<String, Double> jvmSeconds(long pid) {
        Map<String, Double> seconds = new java.util.HashMap<>(Map.of("jit", 0.0, "gc", 0.0));
        try {
            Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                    Long.toString(pid), "PerfCounter.print").redirectErrorStream(true).start();
            Map<String, Long> counters = new java.util.HashMap<>();
            for (String line : new String(jcmd.getInputStream().readAllBytes()).split("\n")) {
                String[] kv = line.split("=", 2);
                if (kv.length == 2 && kv[1].strip().matches("\\d+")) {
                    counters.put(kv[0].strip(), Long.parseLong(kv[1].strip()));
                }
            }
            jcmd.waitFor(30, TimeUnit.SECONDS);
            double frequency = counters.getOrDefault("sun.os.hrt.frequency", 1_000_000_000L);
            seconds.put("jit", counters.getOrDefault("java.ci.totalTime", 0L) / frequency);
            seconds.put("gc", (counters.getOrDefault("sun.gc.collector.0.time", 0L)
                    + counters.getOrDefault("sun.gc.collector.1.time", 0L)
                    + counters.getOrDefault("sun.gc.collector.2.time", 0L)) / frequency);
        } catch (IOException | RuntimeException | InterruptedException unreadable) {
            // zeros
        }
        return seconds;
    }

    /**
     * CPU ticks of the app JVM's threads so far, grouped by thread name (/proc/PID/task/TID/comm): the JIT compilers,
     * the garbage collector, HTTP request threads, job workers, everything else. Threads that ended are lost, so
     * compare groups over a short window only.
     */
    static Map<String, Long> threadTicks(long pid) {
        Map<String, Long> groups = new java.util.HashMap<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc/" + pid + "/task"))) {
            for (Path task : tasks.toList()) {
                String name;
                try {
                    name = Files.readString(task.resolve("comm")).strip();
                } catch (IOException gone) {
                    continue;
                }
                String group = name.contains("CompilerThre") ? "compiler"
                        : name.startsWith("G1 ") || name.startsWith("GC ") || name.contains("Conc") ? "gc"
                        : name.startsWith("http-thread") ? "http"
                        : name.startsWith("rw-job") || name.contains("RecordsWatchJo") ? "jobs" : "other";
                groups.merge(group, cpuTicks(pid, task.getFileName().toString()), Long::sum);
            }
        } catch (IOException | RuntimeException gone) {
            // empty
        }
        return groups;
    }

    private static long cpuTicks(long pid, String tid) {
        return ticks(Path.of("/proc/" + pid + "/task/" + tid + "/stat"));
    }

    /** The MariaDB server's process id, or 0 if it is not found. */
    static long mariadbPid() {
        return ProcessHandle.allProcesses().filter(p -> p.info().command().orElse("").matches(".*/(mariadbd|mysqld)"))
                .mapToLong(ProcessHandle::pid).findFirst().orElse(0);
    }

    /** User plus system CPU of a process so far, in clock ticks (1/100 s), from /proc; 0 if unknown. */
    static long cpuTicks(long pid) {
        return pid <= 0 ? 0 : ticks(Path.of("/proc/" + pid + "/stat"));
    }

    /** utime + stime of a /proc stat file (process or thread); 0 when it is gone. */
    private static long ticks(Path stat) {
        try {
            String line = Files.readString(stat);
            String[] f = line.substring(line.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(f[11]) + Long.parseLong(f[12]);
        } catch (IOException | RuntimeException gone) {
            return 0;
        }
    }

    /** Samples the resident memory (kB) of the Payara JVM's child JVMs (the forks) every 250 ms. */
    static final class ForkSampler {
        private final long parent;
        private final AtomicLong maxOne = new AtomicLong();
        private final AtomicLong maxSum = new AtomicLong();
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final Map<Long, Long> cpu = new java.util.concurrent.ConcurrentHashMap<>();
        private final Map<Long, Long> cpuAtStart = new java.util.concurrent.ConcurrentHashMap<>();
        private final Thread thread;

        ForkSampler(long parent) {
            this.parent = parent;
            this.thread = new Thread(this::sample, "fork-sampler");
            this.thread.setDaemon(true);
        }

        void start() {
            ProcessHandle.of(parent).ifPresent(h -> h.descendants()
                    .forEach(p -> cpuAtStart.put(p.pid(), PipelineBench.cpuTicks(p.pid()))));
            thread.start();
        }

        private void sample() {
            while (running.get()) {
                long sum = 0;
                for (ProcessHandle p : ProcessHandle.of(parent).map(h -> h.descendants().toList()).orElse(List.of())) {
                    if (!p.info().command().orElse("").endsWith("java")
                            && !p.info().commandLine().orElse("").contains("java")) {
                        continue;
                    }
                    long kb = rssKb(p.pid());
                    long ticks = PipelineBench.cpuTicks(p.pid());
                    cpu.merge(p.pid(), ticks, Math::max);
                    maxOne.accumulateAndGet(kb, Math::max);
                    sum += kb;
                }
                maxSum.accumulateAndGet(sum, Math::max);
                try {
                    Thread.sleep(250);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        private static long rssKb(long pid) {
            try {
                for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                    if (line.startsWith("VmRSS:")) {
                        return Long.parseLong(line.replaceAll("\\D", ""));
                    }
                }
            } catch (IOException | RuntimeException gone) {
                // the process ended
            }
            return 0;
        }

        void stop() throws InterruptedException {
            running.set(false);
            thread.join(2000);
        }

        /** CPU ticks the forks (and any other child process) used while sampled (a new fork's start included). */
        long cpuTicks() {
            return cpu.entrySet().stream().mapToLong(e -> e.getValue() - cpuAtStart.getOrDefault(e.getKey(), 0L))
                    .sum();
        }

        long maxOne() {
            return maxOne.get();
        }

        long maxSum() {
            return maxSum.get();
        }
    }
}
