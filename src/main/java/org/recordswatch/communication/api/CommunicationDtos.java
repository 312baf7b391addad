package org.recordswatch.communication.api;

import java.time.Instant;
import java.util.List;
import org.recordswatch.communication.AnalysisState;
import org.recordswatch.communication.Communication;
import org.recordswatch.communication.CommunicationAppearance;
import org.recordswatch.communication.CommunicationParty;
import org.recordswatch.communication.ConversationThread;

/** What the communications API sends. */
public final class CommunicationDtos {

    private CommunicationDtos() {
    }

    public record PartyDto(String kind, String name, String email, String phone) {
        static PartyDto of(CommunicationParty p) {
            return new PartyDto(p.getKind().name(), p.getName(), p.getEmail(), p.getPhone());
        }
    }

    public record AppearanceDto(long documentId, long requestId, String document, String locator, Integer pageFrom,
            Integer pageTo, String producingAgency) {
        static AppearanceDto of(CommunicationAppearance a) {
            return new AppearanceDto(a.getDocumentId(), a.getRequestId(), a.getDocumentName(), a.getLocator(),
                    a.getPageFrom(), a.getPageTo(), a.getProducingAgency());
        }
    }

    /** A row of the list. */
    public record CommunicationSummaryDto(long id, String key, String sentAt, String from, String subject,
            String channel, String document, String locator, String producingAgency, Long threadId) {
        static CommunicationSummaryDto of(Communication c) {
            return new CommunicationSummaryDto(c.getId(), c.getStableKey(),
                    c.sentAtWithOffset() == null ? null : c.sentAtWithOffset().toString(), c.fromDisplay(),
                    c.getSubject(), c.getChannel().name(), c.getDocumentName(), c.getLocator(),
                    c.getProducingAgency(), c.getThread() == null ? null : c.getThread().getId());
        }
    }

    /** One communication in full (its own text; quoted history apart). */
    public record CommunicationDto(long id, String key, long campaignId, String sentAt, String timeBasis,
            String fromName, String fromEmail, String fromPhone, List<PartyDto> recipients, String subject,
            String channel, String ownText, String quotedText, String messageId, String inReplyTo, Long threadId,
            List<AppearanceDto> appearances, List<String> attachments) {
        static CommunicationDto of(Communication c) {
            return new CommunicationDto(c.getId(), c.getStableKey(), c.getCampaignId(),
                    c.sentAtWithOffset() == null ? null : c.sentAtWithOffset().toString(), c.getTimeBasis().name(),
                    c.getFromName(), c.getFromEmail(), c.getFromPhone(),
                    c.getRecipients().stream().map(PartyDto::of).toList(), c.getSubject(), c.getChannel().name(),
                    c.getOwnText(), c.getQuotedText(), c.getMessageId(), c.getInReplyTo(),
                    c.getThread() == null ? null : c.getThread().getId(),
                    c.getAppearances().stream().map(AppearanceDto::of).toList(),
                    c.getAttachments().stream().map(a -> a.getName() == null ? "" : a.getName()).toList());
        }
    }

    public record ThreadDto(long id, String key, String subject, Instant firstSentAt, Instant lastSentAt,
            int messageCount) {
        static ThreadDto of(ConversationThread t) {
            return new ThreadDto(t.getId(), t.getStableKey(), t.getSubject(), t.getFirstSentAt(), t.getLastSentAt(),
                    t.getMessageCount());
        }
    }

    /** Extraction and analysis progress; {@code finished} when nothing is extracting or waiting for analysis. */
    public record AnalysisDto(long campaignId, long documents, long extracting, Instant lastExtractedAt,
            String status, boolean jobPending, int communications, int threads, Instant startedAt,
            Instant finishedAt, String error, boolean finished) {
        static AnalysisDto of(AnalysisState s) {
            return new AnalysisDto(s.campaignId(), s.documents(), s.extracting(), s.lastExtractedAt(),
                    s.status() == null ? null : s.status().name(), s.jobPending(), s.communications(), s.threads(),
                    s.startedAt(), s.finishedAt(), s.error(), s.finished());
        }
    }
}
