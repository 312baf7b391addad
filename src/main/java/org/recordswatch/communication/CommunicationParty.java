package org.recordswatch.communication;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Objects;

/** A recipient of a communication (to, cc or bcc): name, e-mail address, phone, as the source showed them. */
@Entity
@Table(name = "communication_party")
public class CommunicationParty {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "communication_id")
    private Communication communication;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private PartyKind kind;

    @Column(nullable = false)
    private int position;

    @Column(length = 512)
    private String name;

    @Column(length = 320)
    private String email;

    @Column(length = 64)
    private String phone;

    protected CommunicationParty() {
        // for JPA
    }

    CommunicationParty(Communication communication, PartyKind kind, int position, String name, String email,
            String phone) {
        this.communication = Objects.requireNonNull(communication, "communication");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.position = position;
        this.name = CommunicationText.cut(name, 512);
        this.email = CommunicationText.cut(email, 320);
        this.phone = CommunicationText.cut(phone, 64);
    }

    /** Name and address as one line ({@code Jane Roe <jane@example.org>}). */
    public String display() {
        StringBuilder sb = new StringBuilder();
        if (name != null) {
            sb.append(name);
        }
        if (email != null) {
            sb.append(sb.length() > 0 ? " " : "").append('<').append(email).append('>');
        }
        if (phone != null) {
            sb.append(sb.length() > 0 ? " " : "").append(phone);
        }
        return sb.toString();
    }

    public Long getId() {
        return id;
    }

    public Communication getCommunication() {
        return communication;
    }

    public PartyKind getKind() {
        return kind;
    }

    public int getPosition() {
        return position;
    }

    public String getName() {
        return name;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }
}
