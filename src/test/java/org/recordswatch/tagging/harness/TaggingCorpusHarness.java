package org.recordswatch.tagging.harness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.recordswatch.communication.parse.MessageExtractor;
import org.recordswatch.communication.parse.ParseSettings;
import org.recordswatch.communication.parse.ParsedMessage;
import org.recordswatch.communication.parse.SourceDocument;
import org.recordswatch.communication.parse.SplitResult;
import org.recordswatch.communication.parse.TikaTrees;
import org.recordswatch.communication.parse.resolve.Communication;
import org.recordswatch.communication.parse.resolve.CommunicationResolver;
import org.recordswatch.communication.parse.resolve.Resolution;
import org.recordswatch.tagging.MessageTags;
import org.recordswatch.tagging.MessageThread;
import org.recordswatch.tagging.TaggableMessage;
import org.recordswatch.tagging.TaggableMessages;
import org.recordswatch.tagging.TaggingEngine;
import org.recordswatch.tagging.TaggingRun;
import org.recordswatch.tagging.ThreadTags;
import org.recordswatch.tagging.detect.CategoryCode;
import org.recordswatch.tagging.detect.CategoryHit;
import org.recordswatch.tagging.detect.TaxonomyJson;
import org.recordswatch.tagging.party.AgencyDirectory;

/**
 * Measures splitter plus tagging on a whole corpus, outside the normal test run: reads an extraction folder (one RMETA
 * JSON per stored file) and the corpus manifest (folder to producing agency), splits and resolves the communications,
 * tags them, and writes the full {@code communications.csv} of FORMATS.md, plus a review file listing every hit. It
 * never reads a corpus's truth.
 *
 * <pre>
 * ./mvnw -q test -Dtest=TaggingCorpusHarness -Dtagging.extract=/tmp/nmdev-extract \
 *     -Dtagging.manifest=/work/shared/corpus/nm-dev/manifest.json \
 *     -Dtagging.directory=/work/shared/eval/taxonomy.json -Dtagging.out=target/tagging/communications.csv
 * python3 /work/shared/eval/score.py /work/shared/corpus/nm-dev/truth.json target/tagging/communications.csv --misses 60
 * </pre>
 */
class TaggingCorpusHarness {

    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

    @Test
    @EnabledIfSystemProperty(named = "tagging.extract", matches = ".+")
    void writeCommunicationsCsv() throws IOException {
        run(Path.of(System.getProperty("tagging.extract")), Path.of(System.getProperty("tagging.manifest")),
                Path.of(System.getProperty("tagging.directory")),
                ZoneId.of(System.getProperty("tagging.zone", "America/Denver")),
                Path.of(System.getProperty("tagging.out", "target/tagging/communications.csv")));
    }

    static void run(Path extract, Path manifest, Path directoryJson, ZoneId zone, Path out) throws IOException {
        long t0 = System.nanoTime();
        JsonNode folders = new ObjectMapper().readTree(Files.readString(manifest)).get("folders");
        List<ParsedMessage> messages = new ArrayList<>();
        Map<String, String> documentText = new HashMap<>();
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
                collectTexts(doc, documentText);
                SplitResult r = extractor.extract(doc);
                messages.addAll(r.messages());
            }
        }
        long t1 = System.nanoTime();
        Resolution resolution = new CommunicationResolver().resolve(messages);
        List<MessageThread> threads = TaggableMessages.threads(resolution, documentText::get);
        long t2 = System.nanoTime();
        AgencyDirectory directory;
        try (Reader r = Files.newBufferedReader(directoryJson, StandardCharsets.UTF_8)) {
            directory = AgencyDirectory.fromTaxonomyJson(r).withSeedAliases();
        }
        TaggingEngine engine = TaggingEngine.create(directory, TaxonomyJson.seed());
        long t3 = System.nanoTime();
        TaggingRun run = engine.tag(threads);
        long t4 = System.nanoTime();
        engine.tag(threads);
        long t5 = System.nanoTime();
        Map<String, String> threadOf = new HashMap<>();
        Map<String, TaggableMessage> taggable = new HashMap<>();
        for (MessageThread t : threads) {
            for (TaggableMessage m : t.messages()) {
                threadOf.put(m.id(), t.id());
                taggable.put(m.id(), m);
            }
        }
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write(String.join(",", "id", "document", "locator", "sent_at", "from_name", "from_email", "from_org",
                    "to_orgs", "subject", "thread_id", "direction", "initiated_by", "producing_agency", "legal_basis",
                    "categories", "disclosed") + "\r\n");
            for (Communication c : resolution.communications()) {
                ParsedMessage p = c.primary();
                MessageTags t = run.message(c.id());
                String threadId = threadOf.getOrDefault(c.id(), c.threadId());
                ThreadTags tt = run.thread(threadId);
                List<String> row = List.of(c.id(), c.firstSource().documentName(), c.locatorInFirstDocument(),
                        p.sentAt() == null ? "" : ISO.format(p.sentAt()),
                        p.from() == null || p.from().name() == null ? "" : p.from().name(),
                        p.from() == null || p.from().email() == null ? "" : p.from().email(),
                        t.sender().exportCode(), String.join(";", t.recipientAgencyCodes()), p.subject(), threadId,
                        t.direction().code(), tt == null ? "" : tt.initiatorCode(),
                        c.firstSource().producingAgency() == null ? "" : c.firstSource().producingAgency(),
                        t.legalBasis() == null ? "" : t.legalBasis().code(), codes(t.categories()),
                        codes(t.disclosed()));
                w.write(row.stream().map(TaggingCorpusHarness::csv).collect(Collectors.joining(",")) + "\r\n");
            }
        }
        Path review = out.resolveSibling(out.getFileName().toString().replaceFirst("\\.csv$", "") + "-review.txt");
        try (Writer w = Files.newBufferedWriter(review, StandardCharsets.UTF_8)) {
            for (Communication c : resolution.communications()) {
                MessageTags t = run.message(c.id());
                TaggableMessage m = taggable.get(c.id());
                w.write("=== " + c.id() + " | " + c.firstSource().documentName() + " " + c.locatorInFirstDocument()
                        + " | " + m.subject() + "\n");
                w.write("from " + m.from() + " -> " + t.sender().exportCode() + " (" + t.sender().method() + ", "
                        + t.sender().note() + ")\n");
                for (var r : t.recipients()) {
                    w.write("to   " + r.party() + " -> " + r.exportCode() + " (" + r.method() + ")\n");
                }
                w.write(t.direction().code() + " | asks=" + t.asksForData() + " basis=" + t.legalBasis() + " "
                        + t.basisEvidence().stream().map(f -> f.detectorId() + ":" + f.excerpt()).toList() + "\n");
                for (CategoryHit h : t.hits()) {
                    w.write(String.format("  %-26s %-32s %.2f %s%s%n", h.category(), h.detectorId(), h.confidence(),
                            h.source().kind() == org.recordswatch.tagging.detect.TextSource.Kind.ATTACHMENT
                                    ? "[att " + h.source().name() + "] " : "", h.excerpt()));
                }
            }
            w.write("\n=== threads\n");
            for (ThreadTags tt : run.threads().values()) {
                w.write(tt.threadId() + " " + tt.initiatorCode() + " " + tt.outcome().code() + " " + tt.legalBasis()
                        + " " + tt.counterpart() + "\n");
            }
            w.write("\n=== proposals " + run.proposals() + "\n=== review\n");
            for (var r : run.needsReview()) {
                w.write(r.party() + " -> " + r.exportCode() + " " + r.method() + " " + r.note() + "\n");
            }
        }
        System.out.printf("tagging harness: %d messages, %d communications, %d threads; split %.0f ms, resolve+adapt "
                + "%.0f ms, engine build %.0f ms, tag %.0f ms (again, warm: %.0f ms) -> %s%n",
                messages.size(), resolution.communications().size(), threads.size(), (t1 - t0) / 1e6,
                (t2 - t1) / 1e6, (t3 - t2) / 1e6, (t4 - t3) / 1e6, (t5 - t4) / 1e6, out);
    }

    private static void collectTexts(SourceDocument doc, Map<String, String> out) {
        out.put(doc.id(), doc.fullText());
        for (SourceDocument child : doc.children()) {
            collectTexts(child, out);
        }
    }

    private static String codes(java.util.Set<CategoryCode> set) {
        return set.stream().map(CategoryCode::value).collect(Collectors.joining(";"));
    }

    private static String csv(String v) {
        String s = v == null ? "" : v;
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }
}
