package org.recordswatch.tagging.web;

import java.io.Serializable;
import org.recordswatch.tagging.detect.CategoryHit;
import org.recordswatch.tagging.detect.Finding;

/** One row of the taxonomy page's "try it" table: a category hit or a legal-basis finding. */
public record TrialHit(String detectorId, String excerpt, int start, int end, double confidence)
        implements Serializable {

    static TrialHit of(CategoryHit h) {
        return new TrialHit(h.detectorId(), h.excerpt(), h.start(), h.end(), h.confidence());
    }

    static TrialHit of(Finding f) {
        return new TrialHit(f.detectorId(), f.excerpt(), f.start(), f.end(), f.confidence());
    }
}
