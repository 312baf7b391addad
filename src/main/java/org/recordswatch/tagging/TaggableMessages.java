package org.recordswatch.tagging;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.recordswatch.communication.parse.AttachmentRef;
import org.recordswatch.communication.parse.Channel;
import org.recordswatch.communication.parse.ParsedMessage;
import org.recordswatch.communication.parse.Party;
import org.recordswatch.communication.parse.resolve.Communication;
import org.recordswatch.communication.parse.resolve.ConversationThread;
import org.recordswatch.communication.parse.resolve.Resolution;

/**
 * Adapts the communications feature's output (a {@link Resolution} of communications and threads) to what the tagging
 * engine reads. Attachments keep the text Tika extracted for them (looked up by document id) or, in print-outs, the
 * text printed after the message; a message found in several files carries the attachments of all its appearances.
 */
public final class TaggableMessages {

    private TaggableMessages() {
    }

    /**
     * The threads of a resolution, as the engine takes them.
     *
     * @param textOfDocument the extracted text of an embedded document by its id (empty or null when unknown)
     */
    public static List<MessageThread> threads(Resolution resolution, Function<String, String> textOfDocument) {
        Map<String, Communication> byId = new LinkedHashMap<>();
        resolution.communications().forEach(c -> byId.put(c.id(), c));
        List<MessageThread> out = new ArrayList<>();
        for (ConversationThread t : resolution.threads()) {
            List<TaggableMessage> messages = new ArrayList<>();
            for (String id : t.communicationIds()) {
                Communication c = byId.remove(id);
                if (c != null) {
                    messages.add(of(c, textOfDocument));
                }
            }
            if (!messages.isEmpty()) {
                out.add(new MessageThread(t.id(), messages));
            }
        }
        for (Communication c : byId.values()) {
            out.add(new MessageThread(c.threadId() == null ? c.id() : c.threadId(), List.of(of(c, textOfDocument))));
        }
        return out;
    }

    /** One communication as the engine reads it. */
    public static TaggableMessage of(Communication c, Function<String, String> textOfDocument) {
        ParsedMessage p = c.primary();
        TaggableMessage.Builder b = TaggableMessage.builder(c.id()).from(correspondent(p.from()))
                .subject(p.subject()).body(p.ownText()).signature(p.signature()).quotedHistory(p.quotedText())
                .sentAt(p.sentAt() == null ? null : p.sentAt().toInstant()).medium(medium(p.channel()))
                .producingAgency(c.firstSource().producingAgency()).mailboxOwner(p.mailboxOwner());
        p.to().forEach(x -> b.to(correspondent(x)));
        p.cc().forEach(x -> b.cc(correspondent(x)));
        Map<String, AttachmentText> attachments = new LinkedHashMap<>();
        for (ParsedMessage appearance : c.appearances()) {
            for (AttachmentRef a : appearance.attachments()) {
                String text = a.printedText();
                if (text.isBlank() && a.documentId() != null && textOfDocument != null) {
                    String t = textOfDocument.apply(a.documentId());
                    text = t == null ? "" : t;
                }
                String key = a.name() == null ? "#" + attachments.size() : a.name();
                AttachmentText known = attachments.get(key);
                if (known == null || known.text().isBlank() && !text.isBlank()) {
                    attachments.put(key, new AttachmentText(a.name(),
                            a.mediaType() != null ? a.mediaType() : known == null ? null : known.mediaType(), text));
                }
            }
        }
        attachments.values().forEach(b::attachment);
        return b.build();
    }

    private static Correspondent correspondent(Party p) {
        return p == null ? null : new Correspondent(p.name(), p.email(), p.phone());
    }

    private static Medium medium(Channel channel) {
        if (channel == null) {
            return Medium.OTHER;
        }
        return switch (channel) {
            case EMAIL -> Medium.EMAIL;
            case TEXT_MESSAGE -> Medium.TEXT_MESSAGE;
            case LETTER -> Medium.LETTER;
        };
    }
}
