package org.recordswatch.extraction;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** The text of one page of a stored document (PDF), numbered from 1, and whether OCR read it. */
@Entity
@Table(name = "document_page")
@IdClass(DocumentPage.Key.class)
public class DocumentPage {

    /** The primary key: document and page number. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long documentId;
        private Integer number;

        public Key() {
            // for JPA
        }

        public Key(long documentId, int number) {
            this.documentId = documentId;
            this.number = number;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(documentId, k.documentId) && Objects.equals(number, k.number);
        }

        @Override
        public int hashCode() {
            return Objects.hash(documentId, number);
        }
    }

    @Id
    @Column(name = "document_id")
    private Long documentId;

    @Id
    @Column(name = "page_number")
    private Integer number;

    @Lob
    @Column(nullable = false, columnDefinition = "LONGTEXT")
    private String text;

    @Column(nullable = false)
    private boolean ocr;

    protected DocumentPage() {
        // for JPA
    }

    public DocumentPage(long documentId, ExtractedPage page) {
        this.documentId = documentId;
        this.number = page.number();
        this.text = page.text();
        this.ocr = page.ocr();
    }

    public PageTextRow toRow() {
        return new PageTextRow(number, text, ocr);
    }

    public Long getDocumentId() {
        return documentId;
    }

    public int getNumber() {
        return number;
    }

    public String getText() {
        return text;
    }

    public boolean isOcr() {
        return ocr;
    }
}
