package org.recordswatch.tagging.taxonomy;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

/** At startup, stores the seed taxonomy (first start) or a changed seed ({@link TaxonomyRepository#seedIfNeeded()}). */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class TaxonomySeeder {

    @Inject
    TaxonomyRepository repository;

    @PostConstruct
    void seed() {
        repository.seedIfNeeded();
    }
}
