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

/** One place where a communication appears (position 0: its first appearance). */
@Entity
@Table(name = "communication_appearance")
public class CommunicationAppearance {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "communication_id")
    private Communication communication;

    @Column(nullable = false)
    private int position;

    @Column(name = "request_id", nullable = false)
    private Long requestId;

    @Column(name = "document_id", nullable = false)
    private Long documentId;

    @Column(name = "document_name", nullable = false, length = 2000)
    private String documentName;

    @Column(nullable = false, length = 255)
    private String locator;

    @Column(name = "page_from")
    private Integer pageFrom;

    @Column(name = "page_to")
    private Integer pageTo;

    @Column(name = "producing_agency", length = 64)
    private String producingAgency;

    protected CommunicationAppearance() {
        // for JPA
    }

    CommunicationAppearance(Communication communication, int position, SourcePlace place) {
        this.communication = Objects.requireNonNull(communication, "communication");
        this.position = position;
        this.requestId = place.requestId();
        this.documentId = place.documentId();
        this.documentName = CommunicationText.cut(place.documentName(), 2000);
        this.locator = CommunicationText.cut(place.locator(), 255);
        this.pageFrom = place.pageFrom();
        this.pageTo = place.pageTo();
        this.producingAgency = place.producingAgency();
    }

    public Communication getCommunication() {
        return communication;
    }

    public SourcePlace place() {
        return new SourcePlace(requestId, documentId, documentName, locator, pageFrom, pageTo, producingAgency);
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public Long getRequestId() {
        return requestId;
    }

    public Long getDocumentId() {
        return documentId;
    }

    public String getDocumentName() {
        return documentName;
    }

    public String getLocator() {
        return locator;
    }

    public Integer getPageFrom() {
        return pageFrom;
    }

    public Integer getPageTo() {
        return pageTo;
    }

    public String getProducingAgency() {
        return producingAgency;
    }
}
