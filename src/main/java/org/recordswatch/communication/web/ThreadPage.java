package org.recordswatch.communication.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;
import org.recordswatch.communication.Communication;
import org.recordswatch.communication.CommunicationService;
import org.recordswatch.communication.ConversationThread;
import org.recordswatch.platform.NotFoundException;

/** One thread: its messages oldest first, each with its own text and its quoted history folded. */
@Named
@ViewScoped
public class ThreadPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CommunicationService communications;

    private Long id;
    private ConversationThread thread;
    private List<Communication> messages;

    public void load() {
        if (id == null) {
            throw new NotFoundException("conversation_thread", "none");
        }
        thread = communications.thread(id);
        messages = communications.threadMessages(id);
    }

    public String sent(Communication c) {
        OffsetDateTime t = c.sentAtWithOffset();
        return t == null ? "" : CommunicationsPage.SENT.format(t);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ConversationThread getThread() {
        return thread;
    }

    public List<Communication> getMessages() {
        return messages;
    }
}
