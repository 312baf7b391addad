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
 * <pre>java -cp ... org.recordswatch.bench.PipelineBench CORPUS COPIES OCR(true|false) WORK</pre>
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
            List<Long> requests = new ArrayList<>();
            for (int i = 0; i < copies; i++) {
                requests.add(UploadBench.prepareRequest(api));
            }
            UploadBench.HeapSampler heap = new UploadBench.HeapSampler(payaraPid);
            ForkSampler forks = new ForkSampler(payaraPid);
            heap.start();
            forks.start();
            long t0 = System.nanoTime();
            for (long request : requests) {
                var answer = api.upload("/api/requests/" + request + "/documents",
                        Map.of("ocr", Boolean.toString(ocr), "ocrLanguages", "eng+spa"), files);
                if (answer.statusCode() != 200) {
                    throw new IllegalStateException("Upload answered " + answer.statusCode() + ": " + answer.body());
                }
            }
            double uploadSeconds = (System.nanoTime() - t0) / 1e9;
            long done;
            long failed;
            long total;
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(60);
            while (true) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Still extracting after an hour");
                }
                done = 0;
                failed = 0;
                total = 0;
                boolean settled = true;
                for (long request : requests) {
                    JsonNode c = api.call("GET", "/api/requests/" + request + "/extraction", null);
                    settled &= c.get("settled").asBoolean();
                    done += c.get("done").asLong();
                    failed += c.get("failed").asLong();
                    total += c.get("total").asLong();
                }
                if (settled) {
                    break;
                }
                Thread.sleep(250);
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            long heapPeak = heap.stop();
            forks.stop();
            System.out.println("RESULT files_per_copy=" + files.size());
            System.out.println("RESULT copies=" + copies);
            System.out.println("RESULT originals=" + total);
            System.out.println("RESULT done=" + done);
            System.out.println("RESULT failed=" + failed);
            System.out.printf("RESULT upload_s=%.1f%n", uploadSeconds);
            System.out.printf("RESULT wall_s=%.1f%n", seconds);
            System.out.printf("RESULT docs_per_s=%.2f%n", total / seconds);
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

    /** Payara Micro with the built WAR, the heap of {@code RW_HEAP} (default 512m) and the given database. */
    private static Process startPayara(Path work, int port, String dbUrl, String password) throws IOException {
        String heap = System.getenv().getOrDefault("RW_HEAP", "512m");
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap, "-Duser.timezone=UTC", "-jar",
                Path.of("target/payara-micro.jar").toAbsolutePath().toString(),
                "--deploy", Path.of("target/records-watch.war").toAbsolutePath().toString(),
                "--contextroot", "/", "--port", Integer.toString(port), "--nocluster", "--disablephonehome");
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(work.resolve("app.log").toFile()));
        pb.environment().put("DB_URL", dbUrl);
        pb.environment().put("DB_USER", "root");
        pb.environment().put("DB_PASSWORD", "");
        pb.environment().put("RW_DATA_DIR", Files.createDirectories(work.resolve("data")).toString());
        pb.environment().put("ADMIN_PASSWORD", password);
        return pb.start();
    }

    /** Samples the resident memory (kB) of the Payara JVM's child JVMs (the forks) every 250 ms. */
    static final class ForkSampler {
        private final long parent;
        private final AtomicLong maxOne = new AtomicLong();
        private final AtomicLong maxSum = new AtomicLong();
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final Thread thread;

        ForkSampler(long parent) {
            this.parent = parent;
            this.thread = new Thread(this::sample, "fork-sampler");
            this.thread.setDaemon(true);
        }

        void start() {
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

        long maxOne() {
            return maxOne.get();
        }

        long maxSum() {
            return maxSum.get();
        }
    }
}
