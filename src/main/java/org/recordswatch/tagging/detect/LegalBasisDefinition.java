package org.recordswatch.tagging.detect;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A legal basis a request for personal data can cite, with the detectors that recognise it.
 *
 * @param code the taxonomy code ({@code judicial_warrant}, {@code administrative_subpoena}...)
 * @param labels label per language
 * @param rank when several bases are found in one request, the lowest rank wins (the strongest process)
 * @param detectors pattern or keyword detectors over the request's text and attachments
 */
public record LegalBasisDefinition(String code, Map<String, String> labels, int rank,
        List<DetectorDefinition> detectors) {

    public LegalBasisDefinition {
        Objects.requireNonNull(code, "code");
        labels = labels == null ? Map.of() : Map.copyOf(labels);
        detectors = detectors == null ? List.of() : List.copyOf(detectors);
    }

    /** This legal basis with one detector added or replaced (same id). */
    public LegalBasisDefinition withDetector(DetectorDefinition detector) {
        return new LegalBasisDefinition(code, labels, rank, detector.into(detectors));
    }
}
