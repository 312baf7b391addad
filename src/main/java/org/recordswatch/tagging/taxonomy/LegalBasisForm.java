package org.recordswatch.tagging.taxonomy;

/**
 * What an administrator fills in for a legal basis (its detectors are edited one by one, as a category's).
 *
 * @param code the basis code ({@code judicial_warrant}); fixed, the tags and exports use it
 * @param rank when a request cites several bases, the lowest rank wins (the strongest process), 1 to 99
 */
public record LegalBasisForm(String code, String labelEn, String labelEs, int rank) {
}
