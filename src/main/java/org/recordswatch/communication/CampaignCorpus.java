package org.recordswatch.communication;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.recordswatch.communication.parse.AttachmentRef;
import org.recordswatch.communication.parse.Locator;
import org.recordswatch.communication.parse.ParsedMessage;
import org.recordswatch.communication.parse.Party;
import org.recordswatch.communication.parse.SourceRef;
import org.recordswatch.communication.parse.resolve.Communication;
import org.recordswatch.communication.parse.resolve.CommunicationResolver;
import org.recordswatch.communication.parse.resolve.Resolution;

/**
 * A campaign's records as the splitter read them and the resolver merged them: the distinct communications and
 * threads, the text of every stored document (attachments are tagged with it) and the request each document belongs
 * to. Pure data; {@link #content} turns one resolved communication into what {@link CommunicationStore} stores.
 *
 * @param campaignId the campaign
 * @param documents how many originals were read
 * @param resolution the communications and threads
 * @param texts the whole text of each stored document by its id (as a string)
 * @param requestOfDocument the request of each stored document by its id (as a string)
 */
public record CampaignCorpus(long campaignId, int documents, Resolution resolution, Map<String, String> texts,
        Map<String, Long> requestOfDocument) {

    public CampaignCorpus {
        texts = Map.copyOf(texts);
        requestOfDocument = Map.copyOf(requestOfDocument);
    }

    /** Resolves the messages of a campaign's documents into communications and threads. */
    public static CampaignCorpus resolve(long campaignId, int documents, List<ParsedMessage> messages,
            Map<String, String> texts, Map<String, Long> requestOfDocument) {
        return new CampaignCorpus(campaignId, documents, new CommunicationResolver().resolve(messages), texts,
                requestOfDocument);
    }

    /** The text of a stored document by its id, or {@code null}. */
    public String textOf(String documentId) {
        return texts.get(documentId);
    }

    /** What to store for one resolved communication. */
    public CommunicationContent content(Communication c) {
        ParsedMessage p = c.primary();
        List<CommunicationContent.Recipient> recipients = new ArrayList<>();
        add(recipients, PartyKind.TO, p.to());
        add(recipients, PartyKind.CC, p.cc());
        add(recipients, PartyKind.BCC, p.bcc());
        Map<String, CommunicationContent.Attachment> attachments = new LinkedHashMap<>();
        for (ParsedMessage appearance : c.appearances()) {
            for (AttachmentRef a : appearance.attachments()) {
                Long documentId = parseId(a.documentId());
                String key = documentId != null ? "#" + documentId : "name:" + a.name();
                attachments.putIfAbsent(key, new CommunicationContent.Attachment(documentId, a.name(), a.mediaType()));
            }
        }
        List<SourcePlace> places = new ArrayList<>();
        for (ParsedMessage appearance : c.appearances()) {
            SourcePlace place = place(appearance.source());
            if (place != null) {
                places.add(place);
            }
        }
        Party from = p.from();
        return new CommunicationContent(p.channel(), p.sentAt(), p.timeBasis(), from == null ? null : from.name(),
                from == null ? null : from.email(), from == null ? null : from.phone(), p.subject(), p.ownText(),
                p.signature(), p.quotedText(), p.messageId(), p.inReplyTo(), p.references(), p.mailboxOwner(),
                p.ocr(), p.notes(), recipients, List.copyOf(attachments.values()), places);
    }

    /** The stored document, request and locator of an appearance; {@code null} when its document is unknown. */
    public SourcePlace place(SourceRef ref) {
        Long documentId = parseId(ref.documentId());
        Long requestId = requestOfDocument.get(ref.documentId());
        if (documentId == null || requestId == null) {
            return null;
        }
        Locator l = ref.locator();
        boolean paged = l.kind() == Locator.Kind.PAGES;
        return new SourcePlace(requestId, documentId, ref.documentName(), l.label(), paged ? l.first() : null,
                paged ? l.last() : null, ref.producingAgency());
    }

    private static void add(List<CommunicationContent.Recipient> out, PartyKind kind, List<Party> parties) {
        for (Party party : parties) {
            out.add(new CommunicationContent.Recipient(kind, party.name(), party.email(), party.phone()));
        }
    }

    static Long parseId(String id) {
        if (id == null) {
            return null;
        }
        try {
            return Long.valueOf(id);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
