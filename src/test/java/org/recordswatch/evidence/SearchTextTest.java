package org.recordswatch.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SearchTextTest {

    @Test
    void everyWordIsRequiredAndBooleanOperatorsTypedByUsersAreDropped() {
        assertEquals("+licence* +plate*", FullText.booleanMode("licence plate"));
        assertEquals("+\"date of birth\" +ice*", FullText.booleanMode("\"date of birth\" ICE"));
        assertEquals("+drop* +table*", FullText.booleanMode("-drop +table* ~(\")"));
        assertEquals("", FullText.booleanMode("  -+*<>()~ "));
        assertEquals("+dirección*", FullText.booleanMode("dirección"));
    }

    @Test
    void hitsAreMarkedAsSegmentsAroundTheFirstMatch() {
        List<Highlight.Segment> s = Highlight.snippet("Please send the SSN and the address of the subject.",
                List.of("ssn", "address"), 200);
        assertEquals(List.of(new Highlight.Segment("Please send the ", false), new Highlight.Segment("SSN", true),
                new Highlight.Segment(" and the ", false), new Highlight.Segment("address", true),
                new Highlight.Segment(" of the subject.", false)), s);
    }

    @Test
    void markupInTheTextStaysPlainTextInASegment() {
        List<Highlight.Segment> s = Highlight.snippet("<script>x</script> ssn", List.of("ssn"), 200);
        assertEquals(new Highlight.Segment("<script>x</script> ", false), s.get(0));
    }

    @Test
    void aLongTextIsCutAroundTheHit() {
        String text = "a ".repeat(500) + "warrant" + " b".repeat(500);
        List<Highlight.Segment> s = Highlight.snippet(text, List.of("warrant"), 60);
        assertEquals(true, s.get(0).text().startsWith("…"));
        assertEquals("warrant", s.get(1).text());
    }

    @Test
    void aQueryRoundTripsThroughUrlParameters() {
        EvidenceQuery q = EvidenceQuery.ofCampaign(7L).withText("a & b=c").withAgency("nm_mvd")
                .withCategory("ssn", true).withDates(LocalDate.parse("2019-03-01"), LocalDate.parse("2019-03-31"))
                .withInitiator("state").withPendingOnly(true);
        assertEquals(q, EvidenceQuery.fromParameters(q.toParameters()));
        assertEquals(EvidenceQuery.ofCampaign(null), EvidenceQuery.fromParameters("campaign=x&from=yesterday"));
    }
}
