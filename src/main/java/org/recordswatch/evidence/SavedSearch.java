package org.recordswatch.evidence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** A search an analyst saved under a name, kept as the query's URL parameters. */
@Entity
@Table(name = "saved_search")
public class SavedSearch {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 64)
    private String owner;

    @Column(nullable = false, length = 255)
    private String name;

    @Column(nullable = false, length = 4000)
    private String query;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected SavedSearch() {
        // for JPA
    }

    public SavedSearch(String owner, String name, EvidenceQuery q, Instant at) {
        this.owner = Objects.requireNonNull(owner);
        this.name = Objects.requireNonNull(name).strip();
        this.query = q.toParameters();
        this.createdAt = at;
    }

    public Views.SavedSearchView view() {
        return new Views.SavedSearchView(id, name, query);
    }

    public Long getId() {
        return id;
    }

    public String getOwner() {
        return owner;
    }
}
