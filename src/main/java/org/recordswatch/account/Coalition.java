package org.recordswatch.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A coalition of organizations that run campaigns together. */
@Entity
@Table(name = "coalition")
public class Coalition {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String name;

    protected Coalition() {
        // for JPA
    }

    public Coalition(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A coalition needs a name");
        }
        this.name = name.strip();
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }
}
