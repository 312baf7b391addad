package org.recordswatch.tagging.detect;

import java.util.Objects;

/**
 * One finding of a detector: which category, where (text and offsets into the original, unfolded text), what it
 * read, which detector, and how sure it is. This is the provenance an analyst reviews.
 *
 * @param category the category
 * @param detectorId the detector that fired
 * @param source the text it fired in
 * @param start offset of the first character of the excerpt in that text
 * @param end offset one past the excerpt
 * @param excerpt the text read (white space collapsed), at most 200 characters
 * @param confidence 0 to 1
 */
public record CategoryHit(CategoryCode category, String detectorId, TextSource source, int start, int end,
        String excerpt, double confidence) {

    public CategoryHit {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(detectorId, "detectorId");
        Objects.requireNonNull(source, "source");
        excerpt = excerpt == null ? "" : excerpt.length() > 200 ? excerpt.substring(0, 200) : excerpt;
    }
}
