package org.recordswatch.communication.parse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.recordswatch.communication.parse.resolve.Communication;
import org.recordswatch.communication.parse.resolve.CommunicationResolver;
import org.recordswatch.communication.parse.resolve.Resolution;

/**
 * Measures the splitter on a whole corpus, outside the normal test run. Reads an extraction folder (one RMETA JSON per
 * stored file, as the Tika Pipes spike writes it) and a corpus manifest (folder → producing agency), splits every
 * file, resolves duplicates and threads, and writes {@code communications.csv} for {@code score.py}.
 *
 * <pre>
 * ./mvnw -q test -Dtest=CorpusHarness -Dcorpus.extract=/tmp/nmdev-extract \
 *     -Dcorpus.manifest=/work/shared/corpus/nm-dev/manifest.json -Dcorpus.zone=America/Denver \
 *     -Dcorpus.out=target/communications.csv
 * python3 /work/shared/eval/score.py /work/shared/corpus/nm-dev/truth.json target/communications.csv --misses 40
 * </pre>
 * or run {@link #main} with the same four values as arguments.
 */
class CorpusHarness {

    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

    @Test
    @EnabledIfSystemProperty(named = "corpus.extract", matches = ".+")
    void writeCommunicationsCsv() throws IOException {
        run(Path.of(System.getProperty("corpus.extract")), Path.of(System.getProperty("corpus.manifest")),
                ZoneId.of(System.getProperty("corpus.zone", "America/Denver")),
                Path.of(System.getProperty("corpus.out", "target/communications.csv")));
    }

    public static void main(String[] args) throws IOException {
        run(Path.of(args[0]), Path.of(args[1]), ZoneId.of(args[2]), Path.of(args[3]));
    }

    static void run(Path extract, Path manifest, ZoneId zone, Path out) throws IOException {
        // -Dcorpus.repeat=N parses N times in this JVM first, to measure warm timings
        for (int r = 1; r < Integer.getInteger("corpus.repeat", 1); r++) {
            once(extract, manifest, zone, out);
        }
        once(extract, manifest, zone, out);
    }

    private static void once(Path extract, Path manifest, ZoneId zone, Path out) throws IOException {
        long t0 = System.nanoTime();
        JsonNode folders = new ObjectMapper().readTree(Files.readString(manifest)).get("folders");
        List<ParsedMessage> messages = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        int files = 0;
        long parseNanos = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = folders.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> folder = it.next();
            Path dir = extract.resolve(folder.getKey());
            if (!Files.isDirectory(dir)) {
                continue;
            }
            List<Path> jsons;
            try (Stream<Path> s = Files.list(dir)) {
                jsons = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
            }
            MessageExtractor extractor = new MessageExtractor(ParseSettings.of(zone, folder.getValue().asText()));
            for (Path json : jsons) {
                String fileName = json.getFileName().toString().replaceFirst("\\.json$", "");
                SourceDocument doc = TikaTrees.read(json, folder.getKey() + "/" + fileName);
                long p0 = System.nanoTime();
                SplitResult r = extractor.extract(doc);
                parseNanos += System.nanoTime() - p0;
                messages.addAll(r.messages());
                notes.addAll(r.notes());
                files++;
            }
        }
        long r0 = System.nanoTime();
        Resolution resolution = new CommunicationResolver().resolve(messages);
        long resolveNanos = System.nanoTime() - r0;
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write(String.join(",", "id", "document", "locator", "sent_at", "from_name", "from_email", "to", "cc",
                    "subject", "thread_id", "producing_agency", "channel", "also_in", "appearances", "attachments",
                    "own_text_chars", "quoted", "quoted_headers") + "\r\n");
            for (Communication c : resolution.communications()) {
                ParsedMessage p = c.primary();
                List<String> row = List.of(c.id(), c.firstSource().documentName(), c.locatorInFirstDocument(),
                        p.sentAt() == null ? "" : ISO.format(p.sentAt()),
                        p.from() == null || p.from().name() == null ? "" : p.from().name(),
                        p.from() == null || p.from().email() == null ? "" : p.from().email(),
                        p.to().stream().map(Party::toString).collect(Collectors.joining("; ")),
                        p.cc().stream().map(Party::toString).collect(Collectors.joining("; ")),
                        p.subject(), c.threadId(),
                        c.firstSource().producingAgency() == null ? "" : c.firstSource().producingAgency(),
                        p.channel().name(), String.join("; ", c.alsoIn()),
                        c.sources().stream().map(s -> s.documentName() + " " + s.locator().label())
                                .collect(Collectors.joining("; ")),
                        p.attachments().stream().map(AttachmentRef::name).collect(Collectors.joining("; ")),
                        String.valueOf(p.ownText().length()), String.valueOf(p.quoted().size()),
                        p.quoted().stream().map(q -> (q.from() == null ? "?" : q.from().toString()) + " @ "
                                + q.sentAt() + " : " + q.subject()).collect(Collectors.joining(" | ")));
                w.write(row.stream().map(CorpusHarness::csv).collect(Collectors.joining(",")) + "\r\n");
            }
        }
        System.out.printf("%d files, %d messages, %d communications, %d threads; parse %.0f ms, resolve %.0f ms, "
                + "total %.0f ms -> %s%n", files, messages.size(), resolution.communications().size(),
                resolution.threads().size(), parseNanos / 1e6, resolveNanos / 1e6, (System.nanoTime() - t0) / 1e6,
                out);
        notes.forEach(n -> System.out.println("note: " + n));
    }

    private static String csv(String v) {
        String s = v == null ? "" : v;
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }
}
