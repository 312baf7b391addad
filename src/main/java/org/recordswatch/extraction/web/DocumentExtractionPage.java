package org.recordswatch.extraction.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import org.recordswatch.extraction.DocumentStatus;
import org.recordswatch.extraction.DocumentText;
import org.recordswatch.extraction.ExtractionService;
import org.recordswatch.platform.BusinessException;
import org.recordswatch.platform.web.Messages;

/** The extraction part of a document's page: state, reason, provenance, text preview, re-run of a failure. */
@Named
@ViewScoped
public class DocumentExtractionPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Characters of text shown on the page (the rest is in the API and the exports). */
    static final int PREVIEW = 20_000;

    @Inject
    ExtractionService extraction;

    private Long id;
    private DocumentText text;
    private Map<Long, DocumentStatus> children = Map.of();
    private boolean mayRerun;

    /** Called from f:viewAction (after the document page checked access). */
    public void load() {
        if (id == null) {
            return;
        }
        text = extraction.status(id).orElse(null);
        children = extraction.childStatuses(id);
        mayRerun = extraction.mayRerunDocument(id);
    }

    public void rerun() {
        try {
            extraction.rerun(id);
            Messages.info("extraction.rerunQueued");
        } catch (BusinessException e) {
            Messages.error(e.messageKey(), e.args());
        }
        load();
    }

    public DocumentStatus child(long documentId) {
        return children.get(documentId);
    }

    public String getState() {
        return text == null ? "NONE" : text.getStatus().name();
    }

    public boolean isRerunAllowed() {
        return mayRerun && text != null && text.getStatus().isFailed();
    }

    public boolean isTextCut() {
        return text != null && text.getText() != null && text.getText().length() > PREVIEW;
    }

    public String getPreview() {
        if (text == null || text.getText() == null) {
            return "";
        }
        return isTextCut() ? text.getText().substring(0, PREVIEW) : text.getText();
    }

    public int getPreviewLimit() {
        return PREVIEW;
    }

    public DocumentText getText() {
        return text;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

}
