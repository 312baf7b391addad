package org.recordswatch.tagging;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.recordswatch.communication.CommunicationAccess;
import org.recordswatch.platform.security.Authorized;

/** The tags of a communication or thread with their provenance, for the explorer; scoped like the explorer. */
@Stateless
public class TagService {

    @Inject
    CommunicationAccess access;

    @Inject
    TagRepository tags;

    @Authorized
    public List<CommunicationTag> ofCommunication(long communicationId) {
        access.communication(communicationId, "READ");
        return tags.tagsOf(communicationId);
    }

    @Authorized
    public List<ThreadTag> ofThread(long threadId) {
        access.thread(threadId, "READ");
        return tags.tagsOfThread(threadId);
    }
}
