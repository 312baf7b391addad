package org.recordswatch.communication.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.recordswatch.communication.Communication;
import org.recordswatch.communication.CommunicationParty;
import org.recordswatch.communication.CommunicationService;
import org.recordswatch.communication.PartyKind;
import org.recordswatch.communication.SourceView;
import org.recordswatch.platform.NotFoundException;

/**
 * One message: sender, recipients, sent time with its offset and where it came from, its own text, the quoted history
 * folded, attachments, every appearance, and the text of the source pages where it was read.
 */
@Named
@ViewScoped
public class CommunicationPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CommunicationService communications;

    private Long id;
    private Communication communication;
    private SourceView source;

    public void load() {
        if (id == null) {
            throw new NotFoundException("communication", "none");
        }
        communication = communications.communication(id);
        source = communications.source(id);
    }

    public String getSent() {
        OffsetDateTime t = communication.sentAtWithOffset();
        return t == null ? "" : CommunicationsPage.SENT.format(t);
    }

    public List<CommunicationParty> recipients(String kind) {
        return communication.recipients(PartyKind.valueOf(kind));
    }

    public List<Map.Entry<Integer, String>> getSourcePages() {
        return List.copyOf(source.pages().entrySet());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Communication getCommunication() {
        return communication;
    }

    public SourceView getSource() {
        return source;
    }
}
