package org.recordswatch.tagging;

/** Who made a tag: a detector of the analysis, or an analyst. */
public enum TagSource {
    DETECTOR,
    ANALYST
}
