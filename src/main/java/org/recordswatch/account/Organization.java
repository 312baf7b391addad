package org.recordswatch.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** An advocacy organization; advocates and analysts belong to one. Organizations may form a coalition. */
@Entity
@Table(name = "organization")
@NamedQuery(name = "Organization.findAll", query = "SELECT o FROM Organization o ORDER BY o.name")
@NamedQuery(name = "Organization.findByName", query = "SELECT o FROM Organization o WHERE o.name = :name")
public class Organization {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String name;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "coalition_id")
    private Coalition coalition;

    protected Organization() {
        // for JPA
    }

    public Organization(String name, Coalition coalition) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("An organization needs a name");
        }
        this.name = name.strip();
        this.coalition = coalition;
    }

    public void joinCoalition(Coalition newCoalition) {
        this.coalition = newCoalition;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Coalition getCoalition() {
        return coalition;
    }
}
