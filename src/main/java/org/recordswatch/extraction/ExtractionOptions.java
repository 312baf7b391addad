package org.recordswatch.extraction;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What to extract from one file and within which limits. Immutable and validated; {@link #defaults()} are safe for
 * hostile input, {@link #toBuilder()} changes single values (the job system may raise a limit for one file after a
 * reviewer asked for it).
 *
 * @param ocr                 whether pages without a usable text layer and images are read by Tesseract
 * @param ocrLanguages        Tesseract language codes to read with ({@code eng}, {@code spa}, both); not empty
 * @param timeout             wall-clock limit for the whole file, embedded documents and OCR included
 * @param writeLimit          most characters of text for the whole file (all parts together)
 * @param maxEmbedded         most embedded documents (zip members, messages, attachments, embedded files)
 * @param maxDepth            deepest nesting extracted; the file is level 0, a zip member level 1, an attachment
 *                            of that member level 2
 * @param maxUnpackedBytes    most bytes unpacked from all embedded documents together
 * @param maxCompressionRatio most bytes unpacked per byte of the file (judged from 16 MiB on)
 * @param keepEmbeddedBytes   whether the bytes of each embedded document are handed back as a file, so that it can
 *                            be stored as a document of its own
 */
public record ExtractionOptions(boolean ocr, List<String> ocrLanguages, Duration timeout, int writeLimit,
        int maxEmbedded, int maxDepth, long maxUnpackedBytes, long maxCompressionRatio, boolean keepEmbeddedBytes) {

    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{3}(_[a-z]{1,8})?");

    /** Tika itself refuses deeper nesting. */
    public static final int DEEPEST = 90;

    public ExtractionOptions {
        ocrLanguages = List.copyOf(ocrLanguages);
        if (ocrLanguages.isEmpty()) {
            throw new IllegalArgumentException("At least one OCR language is needed");
        }
        for (String language : ocrLanguages) {
            if (!LANGUAGE.matcher(language).matches()) {
                throw new IllegalArgumentException("Not a Tesseract language code: " + language);
            }
        }
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.compareTo(Duration.ofSeconds(1)) < 0 || timeout.compareTo(Duration.ofHours(24)) > 0) {
            throw new IllegalArgumentException("The timeout must be between 1 second and 24 hours");
        }
        if (writeLimit < 1) {
            throw new IllegalArgumentException("The write limit must be positive");
        }
        if (maxEmbedded < 0 || maxDepth < 0 || maxDepth > DEEPEST) {
            throw new IllegalArgumentException("maxEmbedded must be >= 0 and maxDepth within 0.." + DEEPEST);
        }
        if (maxUnpackedBytes < 0 || maxCompressionRatio < 1) {
            throw new IllegalArgumentException("maxUnpackedBytes must be >= 0 and maxCompressionRatio >= 1");
        }
    }

    /**
     * OCR in English and Spanish, 5 minutes, 10 million characters, 5,000 embedded documents, 10 levels, 2 GiB
     * unpacked, ratio 100, embedded bytes kept.
     */
    public static ExtractionOptions defaults() {
        return new ExtractionOptions(true, List.of("eng", "spa"), Duration.ofMinutes(5), 10_000_000, 5_000, 10,
                2L * 1024 * 1024 * 1024, 100, true);
    }

    /** Tesseract's form of the languages: {@code eng+spa}. */
    public String tesseractLanguages() {
        return String.join("+", ocrLanguages);
    }

    /** Parses {@code eng+spa} or {@code eng,spa}. */
    public static List<String> parseLanguages(String languages) {
        return List.of(languages.trim().split("\\s*[+,]\\s*"));
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Changes single values of a set of options. */
    public static final class Builder {

        private boolean ocr;
        private List<String> ocrLanguages;
        private Duration timeout;
        private int writeLimit;
        private int maxEmbedded;
        private int maxDepth;
        private long maxUnpackedBytes;
        private long maxCompressionRatio;
        private boolean keepEmbeddedBytes;

        private Builder(ExtractionOptions from) {
            ocr = from.ocr;
            ocrLanguages = from.ocrLanguages;
            timeout = from.timeout;
            writeLimit = from.writeLimit;
            maxEmbedded = from.maxEmbedded;
            maxDepth = from.maxDepth;
            maxUnpackedBytes = from.maxUnpackedBytes;
            maxCompressionRatio = from.maxCompressionRatio;
            keepEmbeddedBytes = from.keepEmbeddedBytes;
        }

        public Builder ocr(boolean on) {
            this.ocr = on;
            return this;
        }

        public Builder ocrLanguages(String... languages) {
            this.ocrLanguages = List.of(languages);
            return this;
        }

        public Builder ocrLanguages(List<String> languages) {
            this.ocrLanguages = languages;
            return this;
        }

        public Builder timeout(Duration timeout) {
            this.timeout = timeout;
            return this;
        }

        public Builder writeLimit(int characters) {
            this.writeLimit = characters;
            return this;
        }

        public Builder maxEmbedded(int documents) {
            this.maxEmbedded = documents;
            return this;
        }

        public Builder maxDepth(int levels) {
            this.maxDepth = levels;
            return this;
        }

        public Builder maxUnpackedBytes(long bytes) {
            this.maxUnpackedBytes = bytes;
            return this;
        }

        public Builder maxCompressionRatio(long ratio) {
            this.maxCompressionRatio = ratio;
            return this;
        }

        public Builder keepEmbeddedBytes(boolean keep) {
            this.keepEmbeddedBytes = keep;
            return this;
        }

        public ExtractionOptions build() {
            return new ExtractionOptions(ocr, ocrLanguages, timeout, writeLimit, maxEmbedded, maxDepth,
                    maxUnpackedBytes, maxCompressionRatio, keepEmbeddedBytes);
        }
    }
}
