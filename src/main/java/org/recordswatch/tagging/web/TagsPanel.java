package org.recordswatch.tagging.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.recordswatch.tagging.CommunicationTag;
import org.recordswatch.tagging.TagService;
import org.recordswatch.tagging.ThreadTag;

/** The tags shown on the message and thread pages (loaded with the page's id). */
@Named
@ViewScoped
public class TagsPanel implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TagService tags;

    private List<CommunicationTag> communicationTags = List.of();
    private List<ThreadTag> threadTags = List.of();

    public void loadCommunication(Long communicationId) {
        if (communicationId != null) {
            communicationTags = tags.ofCommunication(communicationId);
        }
    }

    public void loadThread(Long threadId) {
        if (threadId != null) {
            threadTags = tags.ofThread(threadId);
        }
    }

    public List<CommunicationTag> getCommunicationTags() {
        return communicationTags;
    }

    public List<ThreadTag> getThreadTags() {
        return threadTags;
    }
}
