package org.recordswatch.communication.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class HeaderBlockTest {

    private static List<String> lines(String text) {
        return List.of(text.split("\n", -1));
    }

    @Test
    void readsAnOutlookHeaderWithContinuedRecipients() {
        HeaderBlock h = HeaderBlock.read(lines("""
                From: Roe, Jane <jr@example.gov>
                Sent: Monday, March 4, 2019 8:15 AM
                To: Kay, Tom <tk@example.gov>;
                    Lee, Ana <al@example.gov>
                Cc: Ortiz, Lena
                Subject: RE: Address lookup
                Attachments: a.pdf; roster (2).xlsx

                Body starts here."""), 0, false).orElseThrow();
        assertEquals(0, h.start());
        assertEquals(7, h.end());
        assertEquals(List.of("Tom Kay", "Ana Lee"), h.to().stream().map(Party::name).toList());
        assertEquals("RE: Address lookup", h.subject());
        assertEquals(List.of("a.pdf", "roster (2).xlsx"), h.attachmentNames());
    }

    @Test
    void toleratesBlankLinesBetweenHeaderLinesAndLabelsOnTheirOwnLine() {
        HeaderBlock h = HeaderBlock.read(lines("""
                From:
                Roe, Jane <jr@example.gov>
                Sent: Monday, March 4, 2019 8:15 AM

                To: Kay, Tom

                Subject: Hello"""), 0, false).orElseThrow();
        assertEquals("jr@example.gov", h.from().email());
        assertEquals("Hello", h.subject());
    }

    @Test
    void aBodyDateLineAfterTheHeaderIsNotPartOfIt() {
        HeaderBlock h = HeaderBlock.read(lines("""
                From: Roe, Jane
                Sent: Monday, March 4, 2019 8:15 AM
                Subject: Subpoena

                Date: 08/19/2019"""), 0, false).orElseThrow();
        assertEquals(3, h.end());
    }

    @Test
    void aFromLineWithoutSentDateIsNoHeader() {
        assertTrue(HeaderBlock.read(lines("From: the records we have, he moved.\nTo: be honest I do not know."), 0,
                false).isEmpty());
        assertTrue(HeaderBlock.read(lines("From: Roe, Jane\nSent: yesterday\nTo: Kay, Tom"), 0, false).isEmpty());
        assertTrue(HeaderBlock.read(lines("Date: Monday, March 4, 2019 8:15 AM\nFrom: Roe, Jane\nTo: Kay"), 0,
                false).isEmpty(), "a weak label does not start a header");
    }

    @Test
    void aLongSenderWrappedByThePrinterIsJoined() {
        HeaderBlock h = HeaderBlock.read(lines("""
                From: Whitlow, Dana K (AGENCY/DIVISION
                FED) <dana.k.whitlow@example.gov>
                Sent: Tuesday, August 27, 2019 7:12 AM
                To: Roe, Jane
                Subject: Request"""), 0, false).orElseThrow();
        assertEquals("dana.k.whitlow@example.gov", h.from().email());
        assertEquals("Dana K Whitlow", h.from().name());
    }

    @Test
    void aMemoHeaderWithoutTimeIsToldFromAnEmailHeader() {
        HeaderBlock memo = HeaderBlock.read(lines("TO: Roe, Jane\nFROM: Kay, Tom\nDATE: March 5, 2019\n"
                + "RE: Records request"), 0, false).orElseThrow();
        assertTrue(memo.memo());
        HeaderBlock mail = HeaderBlock.read(lines("From: Kay, Tom\nSent: March 5, 2019 9:00 AM\nTo: Roe, Jane\n"
                + "Subject: Records request"), 0, false).orElseThrow();
        assertTrue(!mail.memo());
    }

    @Test
    void anEmptyCcLineDoesNotTakeTheFirstLineOfTheBody() {
        HeaderBlock h = HeaderBlock.read(lines("From: Kay, Tom\nSent: March 5, 2019 9:00 AM\nTo: Roe, Jane\n"
                + "Subject: Hello\nCc:\n\nPlease call me."), 0, false).orElseThrow();
        assertEquals("", h.fields().get(HeaderLabel.CC));
        assertEquals(5, h.end());
    }
}
