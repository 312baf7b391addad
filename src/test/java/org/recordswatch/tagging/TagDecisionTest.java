package org.recordswatch.tagging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class TagDecisionTest {

    private static final Instant AT = Instant.parse("2026-11-22T10:00:00Z");

    @Test
    void aDetectorsProposalIsNotADecisionAndCounts() {
        TagDecision d = TagDecision.proposed();
        assertEquals(TagSource.DETECTOR, d.source());
        assertEquals(TagStatus.PROPOSED, d.status());
        assertFalse(d.isDecision());
        assertTrue(d.counts());
        assertNull(d.decidedBy());
    }

    @Test
    void anAnalystsOwnTagIsConfirmedByThem() {
        TagDecision d = TagDecision.byAnalyst("ana", AT, "from the letterhead");
        assertEquals(TagSource.ANALYST, d.source());
        assertEquals(TagStatus.CONFIRMED, d.status());
        assertEquals("ana", d.decidedBy());
        assertEquals(AT, d.decidedAt());
        assertEquals("from the letterhead", d.note());
        assertTrue(d.isDecision());
    }

    @Test
    void aRejectedProposalKeepsItsSourceIsADecisionAndNoLongerCounts() {
        TagDecision d = TagDecision.proposed();
        d.decide(TagStatus.REJECTED, "ana", AT, "office address, not the client's");
        assertEquals(TagSource.DETECTOR, d.source());
        assertTrue(d.isDecision());
        assertFalse(d.counts());
    }

    @Test
    void aLongNoteIsCutToTheColumnAndADecisionNeedsWhoAndWhen() {
        TagDecision d = TagDecision.proposed();
        d.decide(TagStatus.CONFIRMED, "ana", AT, "x".repeat(TagDecision.NOTE_LENGTH + 5));
        assertEquals(TagDecision.NOTE_LENGTH, d.note().length());
        assertThrows(NullPointerException.class, () -> d.decide(TagStatus.REJECTED, null, AT, null));
        assertThrows(NullPointerException.class, () -> d.decide(TagStatus.REJECTED, "ana", null, null));
    }
}
