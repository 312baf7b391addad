package org.recordswatch.evidence;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/** What the evidence pages show, detached from the persistence context (no lazy loading in pages). */
public final class Views {

    private Views() {
    }

    /** One search result: masked sender and subject, and a masked snippet with the hits marked. */
    public record Hit(long id, OffsetDateTime sentAt, String producingAgency, String from, String subject,
            List<Highlight.Segment> snippet, Long threadId) implements Serializable {
    }

    /** One tag with its provenance; the excerpt masked. */
    public record TagView(long id, String kind, String code, boolean disclosed, String excerpt, String detector,
            BigDecimal confidence, String source, String status, String decidedBy, Instant decidedAt, Integer page)
            implements Serializable {

        public boolean isPending() {
            return "PROPOSED".equals(status);
        }
    }

    /** A communication opened for review, at the version the reviewer saw. */
    public record CommunicationView(long id, long version, long campaignId, long documentId, String documentName,
            String locator, String pages, OffsetDateTime sentAt, String from, List<String> recipients, String subject,
            String ownText, String producingAgency, Long threadId, List<TagView> tags) implements Serializable {
    }

    /** A search saved by its owner. */
    public record SavedSearchView(long id, String name, String parameters) implements Serializable {
    }
}
