package org.recordswatch.document.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.recordswatch.document.Document;
import org.recordswatch.document.DocumentReceipt;
import org.recordswatch.document.DocumentService;
import org.recordswatch.platform.NotFoundException;

/** One document: what it is, where it came from (its chain of custody), what it contains. */
@Named
@ViewScoped
public class DocumentPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DocumentService documents;

    private Long id;
    private Document document;
    private List<DocumentReceipt> custody;
    private List<Document> children;

    public void load() {
        if (id == null) {
            throw new NotFoundException("document", "none");
        }
        document = documents.get(id);
        custody = documents.custody(id);
        children = documents.children(id);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Document getDocument() {
        return document;
    }

    public List<DocumentReceipt> getCustody() {
        return custody;
    }

    public List<Document> getChildren() {
        return children;
    }
}
