package org.recordswatch.tagging.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.recordswatch.agency.Side;
import org.recordswatch.tagging.Direction;
import org.recordswatch.tagging.LegalBasis;
import org.recordswatch.tagging.ThreadOutcome;
import org.recordswatch.tagging.detect.Seed;

class ThreadAnalysisTest {

    private final ThreadAnalysis analysis = new ThreadAnalysis(Seed.TAXONOMY.cues());

    private static ThreadFacts federal(String id, int minute, LegalBasis basis) {
        return new ThreadFacts(id, Instant.ofEpochSecond(minute * 60L), Side.FEDERAL, Direction.FEDERAL_TO_STATE,
                Set.of(), basis, "Request.", "ice_ero");
    }

    private static ThreadFacts state(String id, int minute, Direction direction, Set<String> categories, String text) {
        return new ThreadFacts(id, Instant.ofEpochSecond(minute * 60L), Side.STATE, direction, categories, null, text,
                "ice_ero");
    }

    @Test
    void theEarliestMessageDecidesTheInitiatorWhateverTheOrderGiven() {
        ThreadAnalysis.Result r = analysis.analyse(List.of(
                state("b", 5, Direction.STATE_TO_FEDERAL, Set.of("home_address"), "Here it is."),
                federal("a", 1, LegalBasis.NONE_CITED)));
        assertEquals(Side.FEDERAL, r.initiator());
        assertEquals("a", r.firstMessageId());
        assertEquals(ThreadOutcome.DISCLOSED, r.outcome());
        assertEquals(LegalBasis.NONE_CITED, r.legalBasis());
        assertEquals("ice_ero", r.counterpart());
    }

    @Test
    void aStateReportIsDisclosedAndCitesNoBasisEvenUnanswered() {
        ThreadAnalysis.Result r = analysis.analyse(List.of(
                state("a", 1, Direction.STATE_TO_FEDERAL, Set.of("criminal_history"), "FYI, on probation.")));
        assertEquals(Side.STATE, r.initiator());
        assertEquals(ThreadOutcome.DISCLOSED, r.outcome());
        assertEquals(LegalBasis.NONE_CITED, r.legalBasis());
    }

    @Test
    void aDeclineIsARefusal() {
        assertEquals(ThreadOutcome.REFUSED, analysis.analyse(List.of(federal("a", 1, LegalBasis.NONE_CITED),
                state("b", 2, Direction.STATE_TO_FEDERAL, Set.of(),
                        "We cannot release client records without a court order."))).outcome());
        assertEquals(ThreadOutcome.REFUSED, analysis.analyse(List.of(federal("a", 1, LegalBasis.NONE_CITED),
                state("b", 2, Direction.STATE_TO_FEDERAL, Set.of(), "No podemos dar esa informacion."))).outcome());
    }

    @Test
    void sendingTheRequesterElsewhereIsARedirection() {
        assertEquals(ThreadOutcome.REDIRECTED, analysis.analyse(List.of(federal("a", 1, LegalBasis.NONE_CITED),
                state("b", 2, Direction.STATE_TO_FEDERAL, Set.of(),
                        "Requests must be submitted to our Office of General Counsel on the request form. "
                                + "Immigration matters require a judicial warrant."))).outcome());
    }

    @Test
    void onlyAConditionIsStillARefusal() {
        assertEquals(ThreadOutcome.REFUSED, analysis.analyse(List.of(federal("a", 1, LegalBasis.NONE_CITED),
                state("b", 2, Direction.STATE_TO_FEDERAL, Set.of(), "We would need a warrant signed by a judge.")))
                .outcome());
    }

    @Test
    void internalDiscussionIsNoResponse() {
        ThreadAnalysis.Result r = analysis.analyse(List.of(federal("a", 1, LegalBasis.ADMINISTRATIVE_SUBPOENA),
                state("b", 2, Direction.INTERNAL, Set.of("date_of_birth"), "Don't respond, I'll tell counsel.")));
        assertEquals(ThreadOutcome.NO_RESPONSE, r.outcome());
        assertEquals(LegalBasis.ADMINISTRATIVE_SUBPOENA, r.legalBasis());
    }

    @Test
    void anEmptyThreadHasNoInitiator() {
        assertNull(analysis.analyse(List.of()).initiator());
    }
}
