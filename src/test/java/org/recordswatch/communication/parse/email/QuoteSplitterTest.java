package org.recordswatch.communication.parse.email;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class QuoteSplitterTest {

    private static final ZoneId ZONE = ZoneId.of("America/Chicago");

    private static QuoteSplitter.Split split(String body) {
        return QuoteSplitter.split(body, ZONE, false);
    }

    @Test
    void outlookReplyWithoutSeparatorEndsTheOwnTextAtTheQuotedHeader() {
        QuoteSplitter.Split s = split("""
                Here it is.

                Jane

                From: Kay, Tom <tk@example.gov>
                Sent: Monday, March 4, 2019 8:15 AM
                To: Roe, Jane <jr@example.gov>
                Subject: Request

                Can you send it?""");
        assertEquals("Here it is.\n\nJane", s.ownText());
        assertEquals(1, s.quoted().size());
        assertEquals("tk@example.gov", s.quoted().get(0).from().email());
        assertEquals(OffsetDateTime.parse("2019-03-04T08:15-06:00"), s.quoted().get(0).sentAt());
        assertTrue(s.quoted().get(0).text().endsWith("Can you send it?"));
    }

    @Test
    void aChainOfOriginalMessagesBecomesOneQuotedMessageEach() {
        QuoteSplitter.Split s = split("""
                Final answer.
                -----Original Message-----
                From: Kay, Tom [mailto:tk@example.gov]
                Sent: Monday, March 4, 2019 9:00 AM
                To: Roe, Jane
                Subject: RE: Request

                Thanks!

                -----Original Message-----
                From: Roe, Jane [mailto:jr@example.gov]
                Sent: Monday, March 4, 2019 8:30 AM
                To: Kay, Tom
                Subject: RE: Request

                Sent it.""");
        assertEquals("Final answer.", s.ownText());
        assertEquals(2, s.quoted().size());
        assertEquals("jr@example.gov", s.quoted().get(1).from().email());
        assertFalse(s.quoted().get(0).text().contains("Sent it."));
    }

    @Test
    void outlook365UnderscoreRuleAndGmailAttributionAndForwardMarkers() {
        QuoteSplitter.Split rule = split("Ok.\n________________________________\nFrom: Kay, Tom <tk@example.gov>\n"
                + "Sent: Monday, March 4, 2019 9:00 AM\nTo: Roe, Jane\nSubject: Q\n\nQuestion");
        assertEquals("Ok.", rule.ownText());
        assertEquals(1, rule.quoted().size());

        QuoteSplitter.Split wrote = split("Yes.\n\nOn Mon, Mar 4, 2019 at 9:00 AM Tom Kay <tk@example.gov>\nwrote:\n"
                + "> Is it done?\n>\n> Tom");
        assertEquals("Yes.", wrote.ownText());
        assertEquals("tk@example.gov", wrote.quoted().get(0).from().email());
        assertEquals(OffsetDateTime.parse("2019-03-04T09:00-06:00"), wrote.quoted().get(0).sentAt());

        QuoteSplitter.Split spanish = split("Sí.\n\nEl lun, 4 mar 2019 a las 9:00, Tom Kay (<tk@example.gov>) "
                + "escribió:\n> ¿Listo?");
        assertEquals("Sí.", spanish.ownText());

        QuoteSplitter.Split fwd = split("FYI\n\nBegin forwarded message:\n\nFrom: Tom Kay <tk@example.gov>\n"
                + "Date: March 4, 2019 at 9:00:00 AM CST\nTo: Jane Roe <jr@example.gov>\nSubject: Roster\n\nAttached.");
        assertEquals("FYI", fwd.ownText());
        assertTrue(fwd.quoted().get(0).forwarded());
        assertEquals(OffsetDateTime.parse("2019-03-04T09:00-06:00"), fwd.quoted().get(0).sentAt());
    }

    @Test
    void quotePrefixedLinesAreQuotedHistory() {
        QuoteSplitter.Split s = split("Agreed.\n\n> We should meet.\n> Tuesday?\n");
        assertEquals("Agreed.", s.ownText());
        assertEquals(1, s.quoted().size());
        assertNull(s.quoted().get(0).from());
    }

    @Test
    void negativeExamplesStayInTheOwnText() {
        String body = """
                From: what the clerk said, he moved.
                I wrote: nothing else to add.
                He said > 5 times that he would come.
                Tom Kay""";
        QuoteSplitter.Split s = split(body);
        assertEquals(body, s.ownText());
        assertTrue(s.quoted().isEmpty());
    }

    @Test
    void aQuotedHeaderFlattenedOntoOneLineStillEndsTheOwnText() {
        QuoteSplitter.Split s = split("Thanks.\n\nFrom: Kay, Tom <tk@example.gov> Sent: Monday, March 4, 2019 8:15 AM "
                + "To: Roe, Jane Subject: Request\n\nCan you send it?");
        assertEquals("Thanks.", s.ownText());
        assertEquals("tk@example.gov", s.quoted().get(0).from().email());
    }
}
