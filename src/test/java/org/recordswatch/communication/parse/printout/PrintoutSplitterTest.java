package org.recordswatch.communication.parse.printout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.recordswatch.communication.parse.Locator;
import org.recordswatch.communication.parse.PageMark;
import org.recordswatch.communication.parse.PageText;
import org.recordswatch.communication.parse.ParseSettings;
import org.recordswatch.communication.parse.ParsedMessage;
import org.recordswatch.communication.parse.Party;
import org.recordswatch.communication.parse.SourceRef;
import org.recordswatch.communication.parse.TimeBasis;

class PrintoutSplitterTest {

    private static final ZoneId PACIFIC = ZoneId.of("America/Los_Angeles");
    private static final SourceRef DOC = new SourceRef("doc-1", "prod/print.pdf", Locator.whole(), "or_dol");

    private static List<ParsedMessage> split(String fixture) {
        return new PrintoutSplitter(ParseSettings.of(PACIFIC, "or_dol")).split(PrintoutFixtures.pages(fixture), "",
                DOC);
    }

    private static List<String> locators(List<ParsedMessage> messages) {
        return messages.stream().map(m -> m.source().locator().label()).toList();
    }

    @Test
    void eachMailboxBannerStartsAMessageAndPageCountersTellContinuationsFromNewItems() {
        List<ParsedMessage> messages = split("outlook-banners-counters.txt");

        assertEquals(List.of("page 1", "pages 2-3", "pages 4-5"), locators(messages));
        ParsedMessage first = messages.get(0);
        assertEquals(new Party("Peter Marsh", "peter.marsh@fed.example.gov", null), first.from());
        assertEquals(List.of(new Party("Jane Roe", "jane.roe@state.example.gov", null)), first.to());
        assertEquals(List.of(new Party("Lena Ortiz", "lena.ortiz@fed.example.gov", null)), first.cc());
        assertEquals("Address lookup", first.subject());
        assertEquals(OffsetDateTime.parse("2019-03-04T08:15-08:00"), first.sentAt());
        assertEquals(TimeBasis.AGENCY_ZONE, first.timeBasis());
        assertEquals("Roe, Jane", first.mailboxOwner());
        assertEquals("or_dol", first.source().producingAgency());
        // a "From:" line in the body is no header
        assertTrue(first.ownText().contains("From: what I hear he moved last month."));
        assertTrue(first.quoted().isEmpty());
        // page furniture is recorded, not kept as text; the date-like Bates number is not taken for a date
        assertFalse(first.ownText().contains("Page 1 of 1"));
        assertTrue(first.pageMarks().contains(new PageMark(1, PageMark.Kind.BATES, "SF-2019-03-05-000101")));

        ParsedMessage reply = messages.get(1);
        assertEquals("RE: Address lookup", reply.subject());
        assertTrue(reply.ownText().startsWith("Peter,\n\nHe lists 12 Elm St, Salem."));
        assertFalse(reply.ownText().contains("Could you look up"), "quoted history is not own text");
        assertEquals(1, reply.quoted().size());
        assertEquals("Peter Marsh", reply.quoted().get(0).from().name());
        assertTrue(reply.quoted().get(0).text().contains("Could you look up"), "quoted text runs over the page break");

        ParsedMessage thanks = messages.get(2);
        assertEquals("Thank you.\nPeter Marsh", thanks.ownText(), "the signature ran over the page break");
        assertEquals("Peter Marsh", thanks.signature());
        assertEquals(1, thanks.quoted().size(), "page 2 of 2 continues the item although a name line tops it");
    }

    @Test
    void aNameLineAboveAPageTopHeaderIsNoBannerUnlessItNamesAPartyAsPrinted() {
        List<ParsedMessage> messages = split("outlook-banners-signature-spill.txt");

        assertEquals(List.of("page 1", "pages 2-4", "page 5"), locators(messages));
        ParsedMessage reply = messages.get(1);
        assertEquals("Sam Hale", reply.from().name());
        assertEquals(1, reply.quoted().size());
        assertEquals(1, reply.attachments().size());
        assertEquals("june_roster.xlsx", reply.attachments().get(0).name());
        assertTrue(reply.attachments().get(0).printedText().contains("ALPHA, Ann"));
        assertFalse(reply.ownText().contains("ALPHA, Ann"), "a printed attachment is not the message's text");
        assertFalse(reply.quotedText().contains("ALPHA, Ann"));
    }

    @Test
    void messagesPrintedOneAfterAnotherSplitWhereAHeaderIsFollowedByAQuoteOfTheMessageAbove() {
        List<ParsedMessage> messages = split("concatenated-chronological.txt");

        assertEquals(3, messages.size());
        assertEquals(List.of("Ana Lee", "Bill Stone", "Ana Lee"),
                messages.stream().map(m -> m.from().name()).toList());
        assertEquals("Thanks Ana. Which courtroom?", messages.get(1).ownText());
        assertEquals("Courtroom 3.", messages.get(2).ownText());
        // Bill's 12:50 question exists only as quoted history: it is no message of its own
        assertEquals(2, messages.get(2).quoted().size());
        assertEquals(OffsetDateTime.parse("2019-06-04T12:50-07:00"), messages.get(2).quoted().get(0).sentAt());
        assertTrue(messages.stream().noneMatch(m -> m.ownText().contains("one more thing")));
    }

    @Test
    void spanishLabelsAndTheSpanishOriginalMessageSeparatorAreRead() {
        List<ParsedMessage> messages = split("spanish-labels.txt");

        assertEquals(1, messages.size());
        ParsedMessage m = messages.get(0);
        assertEquals(new Party("Carla Gómez", "carla.gomez@estado.example.gob", null), m.from());
        assertEquals(List.of(new Party("Luis Pérez", "luis.perez@fed.example.gov", null)), m.to());
        assertEquals(List.of(new Party("Marta Ruiz", null, null)), m.cc());
        assertEquals("RE: Consulta de domicilio", m.subject());
        assertEquals(OffsetDateTime.parse("2019-01-08T09:14-08:00"), m.sentAt());
        assertTrue(m.ownText().endsWith("Carla Gómez"));
        assertEquals(1, m.quoted().size());
        assertEquals("luis.perez@fed.example.gov", m.quoted().get(0).from().email());
        assertEquals(OffsetDateTime.parse("2019-01-07T16:40-08:00"), m.quoted().get(0).sentAt());
    }

    @Test
    void ocrMisreadLabelsAndDigitsAreTolerated() {
        List<ParsedMessage> messages = split("ocr-noise.txt");

        assertEquals(List.of("page 1", "page 2"), locators(messages));
        ParsedMessage m = messages.get(0);
        assertEquals("peter.marsh@fed.example.gov", m.from().email());
        assertEquals("Records check", m.subject());
        assertEquals(OffsetDateTime.parse("2019-10-03T14:05-07:00"), m.sentAt());
        assertEquals("jane.roe@state.example.gov", m.to().get(0).email());
        assertTrue(m.ocr());
        assertTrue(m.notes().contains("header labels read despite OCR noise"));
        assertFalse(m.ownText().contains("OR-DOL"), "a Bates line alone is furniture");
        assertEquals(OffsetDateTime.parse("2019-10-03T15:41-07:00"), messages.get(1).sentAt());
    }

    @Test
    void gmailPrintsTakeTheConversationTitleAsSubjectAndKeepAttributedQuotesApart() {
        List<ParsedMessage> messages = split("gmail.txt");

        assertEquals(3, messages.size());
        assertTrue(messages.stream().allMatch(m -> m.subject().equals("Case 44 follow-up")));
        assertEquals(List.of("page 1", "page 1", "page 2"), locators(messages));
        ParsedMessage first = messages.get(0);
        assertEquals("dana.fox@agency.example.gov", first.from().email());
        assertEquals(OffsetDateTime.parse("2019-03-05T10:14-08:00"), first.sentAt());
        assertEquals("intake@agency.example.gov", first.cc().get(0).email());
        ParsedMessage reply = messages.get(1);
        assertEquals("It is 400 Oak Ave.", reply.ownText());
        assertEquals(1, reply.quoted().size());
        assertEquals("dana.fox@agency.example.gov", reply.quoted().get(0).from().email());
        assertFalse(messages.get(2).ownText().contains("mail.google.com"), "the running footer is furniture");
    }

    @Test
    void outlookOnTheWebPrintsReadSenderDateAndRecipientsFromTheirOwnLines() {
        List<ParsedMessage> messages = split("outlook-web.txt");

        assertEquals(1, messages.size());
        ParsedMessage m = messages.get(0);
        assertEquals("RE: Shelter intake", m.subject());
        assertEquals(new Party("Dana Fox", "dana.fox@agency.example.gov", null), m.from());
        assertEquals(OffsetDateTime.parse("2019-03-06T09:12-08:00"), m.sentAt());
        assertEquals("kim.alvarez@example.org", m.to().get(0).email());
        assertEquals("intake@agency.example.gov", m.cc().get(0).email());
        assertEquals("Kim, the intake form is attached.\n\nDana", m.ownText());
    }

    @Test
    void aMessageForwardedInlineIsQuotedHistoryOfTheForwardNotAMessage() {
        List<ParsedMessage> messages = split("forwarded-inline.txt");

        assertEquals(1, messages.size());
        assertEquals("Sam, see below.", messages.get(0).ownText());
        assertEquals(1, messages.get(0).quoted().size());
        assertTrue(messages.get(0).quoted().get(0).forwarded());
        assertEquals("Visitor list", messages.get(0).quoted().get(0).subject());
    }

    @Test
    void aHeaderSplitByAPageBreakReadsAsOneAndACoverPageIsIgnored() {
        List<ParsedMessage> messages = split("header-across-page-break.txt");

        assertEquals(1, messages.size());
        assertEquals(Locator.pages(2, 3), messages.get(0).source().locator());
        assertEquals("Jane, one more question about the file.\n\nThanks,\nPeter", messages.get(0).ownText());
        var quoted = messages.get(0).quoted().get(0);
        assertEquals(2, quoted.to().size(), "a recipient list continued on the next line");
        assertEquals("lena.ortiz@fed.example.gov", quoted.to().get(1).email());
        assertFalse(quoted.text().contains("Page 1"));
    }

    @Test
    void aFromLineInTheBodyAndADateLineInTheSignatureStartNothing() {
        List<ParsedMessage> messages = split("signature-from-line.txt");

        assertEquals(1, messages.size());
        ParsedMessage m = messages.get(0);
        assertTrue(m.ownText().contains("From: the front desk log, he left at 10."));
        assertTrue(m.quoted().isEmpty());
        assertTrue(m.signature().startsWith("Sam Hale\nIntake Supervisor"));
        assertTrue(m.signature().endsWith("Date: 07/01/2019"));
    }

    @Test
    void textWithoutAnyHeaderHasNoMessages() {
        List<ParsedMessage> messages = new PrintoutSplitter(ParseSettings.of(PACIFIC, null)).split(
                List.of(new PageText(1, "Dear requester,\n\nFrom: our records unit\nDate: 2019-03-05\n", false)), "",
                DOC);
        assertTrue(messages.isEmpty());
    }

    @Test
    void plainTextWithoutPagesIsReadAsOnePage() {
        String text = "From: a@example.org\nSent: 2019-03-05 10:00\nTo: b@example.org\nSubject: Hi\n\nHello";
        List<ParsedMessage> messages = new PrintoutSplitter(ParseSettings.of(PACIFIC, null)).split(List.of(), text,
                DOC);
        assertEquals(1, messages.size());
        assertEquals(Locator.pages(1, 1), messages.get(0).source().locator());
        assertNull(messages.get(0).from().name());
        assertEquals("Hello", messages.get(0).ownText());
    }

    @Test
    void aMemorandumHeaderMakesALetter() {
        String text = "MEMORANDUM\n\nTO: Jane Roe, Records Unit\nFROM: Tom Kay, Field Office\nDATE: March 5, 2019\n"
                + "RE: Records request\n\nPlease provide the file.";
        List<ParsedMessage> messages = new PrintoutSplitter(ParseSettings.of(PACIFIC, null)).split(List.of(), text,
                DOC);
        assertEquals(1, messages.size());
        assertEquals(org.recordswatch.communication.parse.Channel.LETTER, messages.get(0).channel());
        assertEquals("Records request", messages.get(0).subject());
        assertEquals("Please provide the file.", messages.get(0).ownText());
    }

    private static String header(String from, String sent, String to, String subject) {
        return "From: " + from + "\nSent: " + sent + "\nTo: " + to + "\nSubject: " + subject + "\n\n";
    }

    private static List<ParsedMessage> splitPages(String... pages) {
        List<PageText> list = new java.util.ArrayList<>();
        for (String p : pages) {
            list.add(new PageText(list.size() + 1, p, false));
        }
        return new PrintoutSplitter(ParseSettings.of(PACIFIC, null)).split(list, "", DOC);
    }

    private static final String SAM = "Hale, Sam <sam.hale@state.example.gov>";
    private static final String DANA = "Fox, Dana <dana.fox@agency.example.gov>";

    @Test
    void withoutBannersAnOlderPageTopHeaderOfTheThreadContinuesAMessageThatQuotedNothingYet() {
        List<ParsedMessage> m = splitPages(
                header(SAM, "Monday, July 1, 2019 9:00 AM", DANA, "RE: Roster") + "Dana, roster attached.\n\nSam",
                header(DANA, "Monday, July 1, 2019 8:00 AM", SAM, "Roster") + "Please send the roster.");
        assertEquals(1, m.size());
        assertEquals(1, m.get(0).quoted().size());
        assertEquals(Locator.pages(1, 2), m.get(0).source().locator());
    }

    @Test
    void withoutBannersAnOlderPageTopHeaderAfterQuotedHistoryIsAMessageOfItsOwn() {
        List<ParsedMessage> m = splitPages(
                header(SAM, "Monday, July 1, 2019 9:00 AM", DANA, "RE: Roster") + "Dana, roster attached.\n\n"
                        + header(DANA, "Monday, July 1, 2019 8:00 AM", SAM, "Roster") + "Please send the roster.",
                header(DANA, "Monday, July 1, 2019 8:00 AM", SAM, "Roster") + "Please send the roster.");
        assertEquals(2, m.size());
        assertEquals("Please send the roster.", m.get(1).ownText());
    }

    @Test
    void insideAPageOnlyAHeaderLaterThanTheClockSkewStartsAMessage() {
        List<ParsedMessage> m = splitPages(
                header(SAM, "Monday, July 1, 2019 9:00 AM", DANA, "Roster") + "First.\n\n"
                        + header(DANA, "Monday, July 1, 2019 10:30 AM", SAM, "RE: Roster") + "Written in another zone.\n\n"
                        + header(DANA, "Monday, July 1, 2019 3:30 PM", SAM, "RE: Roster") + "Much later.");
        assertEquals(2, m.size());
        assertEquals("First.", m.get(0).ownText());
        assertEquals(1, m.get(0).quoted().size(), "1.5 hours later may be a quote written in another zone");
        assertEquals("Much later.", m.get(1).ownText());
    }

    @Test
    void aBannerSeenAtAPageTopAlsoStartsAMessageInsideAPage() {
        List<ParsedMessage> m = splitPages(
                "Hale, Sam\n" + header(DANA, "Tuesday, July 2, 2019 9:00 AM", SAM, "Visit") + "See you.\n\n"
                        + "Hale, Sam\n" + header(DANA, "Monday, July 1, 2019 9:00 AM", SAM, "Other") + "Earlier.");
        assertEquals(2, m.size());
        assertEquals("Hale, Sam", m.get(1).mailboxOwner());
        assertEquals("See you.", m.get(0).ownText());
    }

    @Test
    void eachGmailConversationHasItsOwnTitle() {
        List<ParsedMessage> m = splitPages(
                "Roster\n1 message\n\nDana Fox <dana.fox@agency.example.gov>   Mon, Jul 1, 2019 at 8:00 AM\n"
                        + "To: Sam Hale <sam.hale@state.example.gov>\n\nPlease send it.",
                "Visit\n1 message\n\nSam Hale <sam.hale@state.example.gov>   Tue, Jul 2, 2019 at 9:00 AM\n"
                        + "To: Dana Fox <dana.fox@agency.example.gov>\n\nSee you.");
        assertEquals(List.of("Roster", "Visit"), m.stream().map(ParsedMessage::subject).toList());
    }
}
