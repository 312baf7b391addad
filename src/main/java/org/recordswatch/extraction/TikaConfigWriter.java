package org.recordswatch.extraction;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.recordswatch.extraction.fork.GuardedEmbeddedExtractorFactory;
import org.recordswatch.extraction.fork.GuardedMetadataWriteFilterFactory;
import org.recordswatch.extraction.fork.StoreFileFetcher;

/**
 * Writes the tika-config file that both sides read: the application's {@code PipesParser} (pool size, timeouts,
 * the fork's command line) and every forked {@code PipesServer} (parsers, the guarded embedded extractor, the
 * metadata bounds, the fetcher). Tika 3.3.1's {@code PipesConfig} can only be built from such a file.
 */
final class TikaConfigWriter {

    /** Name of the fetcher declared in the file. */
    static final String FETCHER = "store";
    static final String C1_ONLY = "-XX:TieredStopAtLevel=1";
    /** The fork gets {@code -Xss}: parsers of deeply nested documents recurse. */
    static final String FORK_STACK = "-Xss4m";
    /** Per document: 256 KB of metadata at most, 64 KB per value, 10,000 values per key (pages of a PDF). */
    static final int MAX_METADATA_BYTES = 256 * 1024;
    static final int MAX_METADATA_FIELD = 64 * 1024;
    static final int MAX_METADATA_VALUES = 10_000;
    /** The default per-file timeout of the pool; every request carries its own. */
    static final long DEFAULT_TIMEOUT_MILLIS = 300_000;

    private TikaConfigWriter() {
    }

    static String write(PipesEngineSettings settings, Path javaLauncher, Path tesseractFolder, Path tmpFolder,
            Path partsFolder, Path loggingFile) {
        StringBuilder x = new StringBuilder(4096);
        x.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        x.append("<!-- Written by Records Watch at every start from MicroProfile Config (rw.extraction.*); "
                + "edits are lost. -->\n");
        x.append("<properties>\n");
        if (tesseractFolder != null) {
            x.append("  <parsers>\n");
            x.append("    <parser class=\"org.apache.tika.parser.DefaultParser\">\n");
            x.append("      <parser-exclude class=\"org.apache.tika.parser.ocr.TesseractOCRParser\"/>\n");
            x.append("    </parser>\n");
            x.append("    <parser class=\"org.apache.tika.parser.ocr.TesseractOCRParser\">\n");
            x.append("      <params>\n");
            x.append("        <param name=\"tesseractPath\" type=\"string\">")
                    .append(escape(tesseractFolder.toString())).append("</param>\n");
            x.append("      </params>\n");
            x.append("    </parser>\n");
            x.append("  </parsers>\n");
        }
        x.append("  <autoDetectParserConfig>\n");
        x.append("    <metadataWriteFilterFactory class=\"")
                .append(GuardedMetadataWriteFilterFactory.class.getName()).append("\">\n");
        element(x, 6, "maxTotalEstimatedBytes", MAX_METADATA_BYTES);
        element(x, 6, "maxFieldSize", MAX_METADATA_FIELD);
        element(x, 6, "maxValuesPerField", MAX_METADATA_VALUES);
        x.append("    </metadataWriteFilterFactory>\n");
        x.append("    <embeddedDocumentExtractorFactory class=\"")
                .append(GuardedEmbeddedExtractorFactory.class.getName()).append("\">\n");
        element(x, 6, "partsRoot", partsFolder);
        x.append("    </embeddedDocumentExtractorFactory>\n");
        x.append("  </autoDetectParserConfig>\n");
        x.append("  <pipes>\n    <params>\n");
        element(x, 6, "numClients", settings.forks());
        element(x, 6, "timeoutMillis", DEFAULT_TIMEOUT_MILLIS);
        element(x, 6, "startupTimeoutMillis", settings.startupTimeout().toMillis());
        // Tika's default (240 s) would park the calling thread for 4 minutes after every failed start.
        element(x, 6, "sleepOnStartupTimeoutMillis", 1_000);
        element(x, 6, "maxWaitForClientMillis", settings.maxWaitForFork().toMillis());
        element(x, 6, "shutdownClientAfterMillis", settings.idleShutdown().toMillis());
        element(x, 6, "maxFilesProcessedPerProcess", settings.maxFilesPerFork());
        // Always hand the result back to the caller (no emitter in the fork).
        element(x, 6, "maxForEmitBatchBytes", -1);
        element(x, 6, "javaPath", javaLauncher);
        x.append("      <forkedJvmArgs>\n");
        for (String arg : forkArgs(settings, tmpFolder, loggingFile)) {
            element(x, 8, "arg", arg);
        }
        x.append("      </forkedJvmArgs>\n");
        x.append("    </params>\n  </pipes>\n");
        x.append("  <fetchers>\n");
        x.append("    <fetcher class=\"").append(StoreFileFetcher.class.getName()).append("\">\n");
        element(x, 6, "name", FETCHER);
        element(x, 6, "inputRoot", settings.inputRoot());
        x.append("    </fetcher>\n");
        x.append("  </fetchers>\n");
        x.append("</properties>\n");
        return x.toString();
    }

    /**
     * The forks' JVM options. The class path goes in as two separate arguments, {@code -cp} and the path: only then
     * does Tika leave out its own {@code -cp <java.class.path>}, which inside Payara would be payara-micro.jar.
     */
    static List<String> forkArgs(PipesEngineSettings settings, Path tmpFolder, Path loggingFile) {
        List<String> args = new ArrayList<>();
        args.add("-Xmx" + settings.forkHeap());
        args.add("-XX:+UseSerialGC");
        // C1 only: Tika's code is large and branchy, and on a mix of small files C2 kept recompiling it in every
        // fork (half of the forks' CPU after 700 files). Measured in docs/performance.md; -XX:TieredStopAtLevel=4
        // in rw.extraction.fork.jvm-args (later arguments win) restores C2 for long, homogeneous files.
        args.add(C1_ONLY);
        args.add(FORK_STACK);
        args.add("-Djava.awt.headless=true");
        args.add("-Dfile.encoding=UTF-8");
        args.add("-Djava.io.tmpdir=" + tmpFolder);
        args.add("-Djava.util.logging.config.file=" + loggingFile);
        args.addAll(settings.extraJvmArgs());
        args.add("-cp");
        args.add(String.join(File.pathSeparator, settings.forkClasspath()));
        return args;
    }

    static String loggingProperties(String level) {
        return """
                # java.util.logging inside the forked extraction processes; their standard error joins the
                # application's log. Written by Records Watch at every start.
                handlers=java.util.logging.ConsoleHandler
                .level=%s
                java.util.logging.ConsoleHandler.level=ALL
                java.util.logging.ConsoleHandler.formatter=java.util.logging.SimpleFormatter
                java.util.logging.SimpleFormatter.format=[extraction fork] %%1$tF %%1$tT %%4$s %%3$s: %%5$s%%6$s%%n
                """.formatted(level);
    }

    private static void element(StringBuilder x, int indent, String name, Object value) {
        x.append(" ".repeat(indent)).append('<').append(name).append('>').append(escape(String.valueOf(value)))
                .append("</").append(name).append(">\n");
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
