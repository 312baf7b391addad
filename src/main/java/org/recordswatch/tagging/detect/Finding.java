package org.recordswatch.tagging.detect;

/**
 * What a legal-basis detector found in a request: the basis code, the detector, where, and the words it read.
 */
public record Finding(String code, String detectorId, TextSource source, int start, int end, String excerpt,
        double confidence) {
}
