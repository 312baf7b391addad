package org.recordswatch.tagging;

import java.util.List;
import java.util.Objects;

/** A thread as the communications feature built it: its id and its messages (any order). */
public record MessageThread(String id, List<TaggableMessage> messages) {

    public MessageThread {
        Objects.requireNonNull(id, "id");
        messages = List.copyOf(messages);
    }
}
