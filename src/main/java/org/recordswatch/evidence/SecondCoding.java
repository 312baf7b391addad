package org.recordswatch.evidence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** A second coder's independent answer: does this message reveal this category? */
@Entity
@Table(name = "second_coding")
public class SecondCoding {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "communication_id", nullable = false)
    private Long communicationId;

    @Column(nullable = false, length = 64)
    private String coder;

    @Column(nullable = false, length = 64)
    private String code;

    @Column(nullable = false)
    private boolean present;

    @Column(name = "coded_at", nullable = false)
    private Instant codedAt;

    protected SecondCoding() {
        // for JPA
    }

    public SecondCoding(long communicationId, String coder, String code, boolean present, Instant at) {
        this.communicationId = communicationId;
        this.coder = Objects.requireNonNull(coder);
        this.code = Objects.requireNonNull(code);
        this.present = present;
        this.codedAt = at;
    }

    /** The coder changed their mind. */
    public void answer(boolean isPresent, Instant at) {
        this.present = isPresent;
        this.codedAt = at;
    }

    public Long getCommunicationId() {
        return communicationId;
    }

    public String getCoder() {
        return coder;
    }

    public String getCode() {
        return code;
    }

    public boolean isPresent() {
        return present;
    }
}
