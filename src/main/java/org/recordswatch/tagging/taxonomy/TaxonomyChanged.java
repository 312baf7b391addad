package org.recordswatch.tagging.taxonomy;

/**
 * Fired (CDI, synchronously inside the transaction that saved it) when the stored taxonomy changed: an
 * administrator's edit or a new seed at startup. Whoever caches a compiled engine observes it with
 * {@code @Observes(during = TransactionPhase.AFTER_SUCCESS)} and rebuilds from {@link TaxonomyRepository#current()},
 * or simply compares {@link TaxonomyRepository#version()} before each run.
 *
 * @param version the new version
 * @param changedBy the user name, or {@code system}
 * @param what what changed ({@code category ssn}, {@code detector ssn.labelled}, {@code seed})
 */
public record TaxonomyChanged(int version, String changedBy, String what) {
}
