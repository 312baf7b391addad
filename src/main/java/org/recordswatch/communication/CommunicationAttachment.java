package org.recordswatch.communication;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Objects;

/** An attachment a communication carried: the child document when it was unpacked, else only its name. */
@Entity
@Table(name = "communication_attachment")
public class CommunicationAttachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "communication_id")
    private Communication communication;

    @Column(nullable = false)
    private int position;

    @Column(name = "document_id")
    private Long documentId;

    @Column(length = 1000)
    private String name;

    @Column(name = "media_type")
    private String mediaType;

    protected CommunicationAttachment() {
        // for JPA
    }

    CommunicationAttachment(Communication communication, int position, Long documentId, String name,
            String mediaType) {
        this.communication = Objects.requireNonNull(communication, "communication");
        this.position = position;
        this.documentId = documentId;
        this.name = CommunicationText.cut(name, 1000);
        this.mediaType = CommunicationText.cut(mediaType, 255);
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public Long getDocumentId() {
        return documentId;
    }

    public String getName() {
        return name;
    }

    public String getMediaType() {
        return mediaType;
    }
}
