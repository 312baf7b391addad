package org.recordswatch.communication.parse.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.recordswatch.communication.parse.Channel;
import org.recordswatch.communication.parse.Locator;
import org.recordswatch.communication.parse.ParsedMessage;
import org.recordswatch.communication.parse.Party;
import org.recordswatch.communication.parse.QuotedMessage;
import org.recordswatch.communication.parse.SourceRef;
import org.recordswatch.communication.parse.TimeBasis;

class CommunicationResolverTest {

    private static final Party JANE = Party.parse("Roe, Jane <jr@state.example.gov>");
    private static final Party TOM = Party.parse("Kay, Tom <tk@fed.example.gov>");

    private static ParsedMessage.Builder mail(String doc, Locator where, Party from, Party to, String time,
            String subject, String text) {
        return ParsedMessage.builder(Channel.EMAIL, new SourceRef(doc, doc, where, "st_agency")).from(from)
                .to(List.of(to)).sentAt(OffsetDateTime.parse(time), TimeBasis.AGENCY_ZONE).subject(subject)
                .ownText(text);
    }

    private static Resolution resolve(ParsedMessage... messages) {
        return new CommunicationResolver().resolve(List.of(messages));
    }

    @Test
    void theSameMessageInAnEmlAndAPrintoutIsOneCommunicationListingBothPlaces() {
        ParsedMessage printed = mail("print.pdf", Locator.pages(3, 4), JANE, TOM, "2019-03-04T10:02-07:00",
                "RE: Address lookup", "Tom, he lists 12 Elm St.\nJane").build();
        ParsedMessage eml = mail("reply.eml", Locator.message(1), JANE, TOM, "2019-03-04T10:02:41-07:00",
                "RE: Address lookup", "Tom,\nhe lists 12 Elm St.\n\nJane").messageId("x1@example.gov")
                .sentAt(OffsetDateTime.parse("2019-03-04T17:02:41Z"), TimeBasis.HEADER).build();

        Resolution r = resolve(printed, eml);

        assertEquals(1, r.communications().size());
        Communication c = r.communications().get(0);
        assertEquals("reply.eml", c.primary().source().documentName(), "an e-mail file represents it");
        assertEquals("print.pdf", c.firstSource().documentName());
        assertEquals(List.of("reply.eml"), c.alsoIn());
        assertEquals("pages 3-4", c.locatorInFirstDocument());
    }

    @Test
    void aMessagePrintedTwiceInOneVolumeListsBothPageRanges() {
        Resolution r = resolve(
                mail("vol2.pdf", Locator.pages(1, 1), JANE, TOM, "2019-05-02T08:51-06:00", "Another one",
                        "Tom, another participant reports Friday.").build(),
                mail("vol2.pdf", Locator.pages(22, 22), JANE, TOM, "2019-05-02T08:51-06:00", "Another one",
                        "Tom, another participant reports Friday.").build());
        assertEquals(1, r.communications().size());
        assertEquals("page 1; page 22", r.communications().get(0).locatorInFirstDocument());
    }

    @Test
    void sameSenderSubjectAndMinuteButDifferentTextAreTwoMessages() {
        Resolution r = resolve(
                mail("a.pdf", Locator.pages(1, 1), JANE, TOM, "2019-03-04T10:02-07:00", "Update",
                        "The first participant reports on Monday at nine.").build(),
                mail("b.pdf", Locator.pages(1, 1), JANE, TOM, "2019-03-04T10:03-07:00", "Update",
                        "Completely unrelated words about vehicles registered elsewhere.").build());
        assertEquals(2, r.communications().size());
    }

    @Test
    void differentMessageIdsNeverMergeAndEqualOnesAlways() {
        ParsedMessage a = mail("a.eml", Locator.message(1), JANE, TOM, "2019-03-04T10:02-07:00", "Hi", "Same text")
                .messageId("1@x").build();
        ParsedMessage b = mail("b.eml", Locator.message(1), JANE, TOM, "2019-03-04T10:02-07:00", "Hi", "Same text")
                .messageId("2@x").build();
        ParsedMessage c = mail("c.eml", Locator.message(1), TOM, JANE, "2019-05-01T10:02-07:00", "Other", "Other")
                .messageId("1@x").build();
        Resolution r = resolve(a, b, c);
        assertEquals(2, r.communications().size());
        assertEquals(2, r.communications().get(0).appearances().size());
    }

    @Test
    void aPrintoutReadInTheWrongZoneStillMatchesItsEmlByWholeHours() {
        String text = "Please confirm the address on file for the participant we discussed on Monday.";
        ParsedMessage printed = mail("p.pdf", Locator.pages(1, 1), JANE, TOM, "2019-03-04T12:02-07:00", "Confirm",
                text).build();
        ParsedMessage eml = mail("m.eml", Locator.message(1), JANE, TOM, "2019-03-04T10:02:30-07:00", "Confirm",
                text).sentAt(OffsetDateTime.parse("2019-03-04T10:02:30-07:00"), TimeBasis.HEADER).build();
        assertEquals(1, resolve(printed, eml).communications().size());
    }

    @Test
    void textsOfOneExportNeverMergeEvenWhenIdentical() {
        ParsedMessage.Builder t = ParsedMessage.builder(Channel.TEXT_MESSAGE,
                new SourceRef("sms.txt", "sms.txt", Locator.message(1), "pd")).from(Party.withPhone("Sam", "5550101"))
                .sentAt(OffsetDateTime.parse("2020-03-02T07:15-08:00"), TimeBasis.AGENCY_ZONE).ownText("Ok")
                .conversationKey("k");
        ParsedMessage first = t.build();
        ParsedMessage second = t.source(new SourceRef("sms.txt", "sms.txt", Locator.message(2), "pd")).build();
        Resolution r = resolve(first, second);
        assertEquals(2, r.communications().size());
        assertEquals(1, r.threads().size(), "one conversation, one thread");
    }

    @Test
    void partiesKnownByNameGetTheAddressTheNameHasElsewhere() {
        ParsedMessage named = mail("p.pdf", Locator.pages(1, 1), Party.parse("Roe, Jane"), Party.parse("Kay, Tom"),
                "2019-03-04T10:02-07:00", "Hi", "Hello there Tom").build();
        ParsedMessage full = mail("q.pdf", Locator.pages(1, 1), TOM, JANE, "2019-03-05T10:02-07:00", "Other",
                "Different").build();
        Communication c = resolve(named, full).communications().get(0);
        assertEquals("jr@state.example.gov", c.primary().from().email());
        assertEquals("tk@fed.example.gov", c.primary().to().get(0).email());
    }

    @Test
    void threadsFollowReferencesQuotesAndSubjectsWithSharedParticipantsWithinTheWindow() {
        ParsedMessage request = mail("a.eml", Locator.message(1), TOM, JANE, "2019-03-04T08:00-07:00",
                "Records check", "Please check.").messageId("r1@x").build();
        ParsedMessage reply = mail("b.eml", Locator.message(1), JANE, TOM, "2019-03-04T09:00-07:00",
                "RE: Records check", "Done.").inReplyTo("r1@x").build();
        ParsedMessage forward = mail("c.pdf", Locator.pages(1, 1), JANE, Party.parse("Lee, Ana <al@x>"),
                "2019-03-04T09:30-07:00", "FW: Something else", "FYI")
                .quoted(List.of(new QuotedMessage(TOM, List.of(JANE), OffsetDateTime.parse("2019-03-04T10:00-05:00"),
                        "Records check", "Please check.", false))).build();
        ParsedMessage later = mail("d.pdf", Locator.pages(1, 1), TOM, JANE, "2019-03-20T08:00-06:00",
                "RE: Records check", "One more.").build();
        ParsedMessage muchLater = mail("e.pdf", Locator.pages(1, 1), TOM, JANE, "2019-09-20T08:00-06:00",
                "Records check", "New case.").build();
        ParsedMessage stranger = mail("f.pdf", Locator.pages(1, 1), Party.parse("Poe, Al <ap@x>"),
                Party.parse("Doe, Bo <bd@x>"), "2019-03-05T08:00-07:00", "Records check", "Unrelated.").build();

        Resolution r = resolve(request, reply, forward, later, muchLater, stranger);

        List<String> threads = r.communications().stream().map(Communication::threadId).toList();
        assertEquals(threads.get(0), threads.get(1), "In-Reply-To");
        assertEquals(threads.get(0), threads.get(2), "quoted in a forward, written in another zone");
        assertEquals(threads.get(0), threads.get(3), "same subject and participants within the window");
        assertNotEquals(threads.get(0), threads.get(4), "same subject months later is a new thread");
        assertNotEquals(threads.get(0), threads.get(5), "same subject between other people");
        assertEquals(3, r.threads().size());
        assertEquals("records check", r.threads().get(0).subject());
    }

    @Test
    void idsAreStableAcrossRuns() {
        ParsedMessage a = mail("a.pdf", Locator.pages(1, 1), JANE, TOM, "2019-03-04T10:02-07:00", "Hi", "Text")
                .build();
        assertEquals(resolve(a).communications().get(0).id(), resolve(a).communications().get(0).id());
        assertEquals(resolve(a).threads().get(0).id(), resolve(a).communications().get(0).threadId());
    }

    @Test
    void subjectsLoseReplyForwardPrefixesAndTags() {
        assertEquals("records check", Subjects.normalize("RE: FW: [EXTERNAL] Records  Check"));
        assertEquals("consulta", Subjects.normalize("RV: RE[2]: Consulta"));
        assertEquals("re-entry plan", Subjects.normalize("Re-entry plan"));
    }

    @Test
    void gatewayTagsInSubjectsDoNotSeparateCopies() {
        assertEquals("records check", Subjects.normalize("EXTERNAL: RE: Records check"));
    }

    @Test
    void anOcrCopyWithMisreadCharactersIsStillTheSameMessageButDigitalCopiesMustAgree() {
        String text = "Any record for the participant we discussed this morning at the office?";
        ParsedMessage digital = mail("a.pdf", Locator.pages(1, 1), JANE, TOM, "2019-10-03T14:05-07:00",
                "Records check", text).build();
        ParsedMessage scanned = mail("scan.pdf", Locator.pages(2, 2), Party.parse("Roe, Jane <jr@state.exarnple.gov>"),
                TOM, "2019-10-03T14:05-07:00", "Records chcck", text.replace("o", "0")).ocr(true).build();
        ParsedMessage other = mail("b.pdf", Locator.pages(1, 1), JANE, TOM, "2019-10-03T14:05-07:00",
                "Records chcck", text).build();
        assertEquals(1, resolve(digital, scanned).communications().size());
        assertEquals(2, resolve(digital, other).communications().size());
    }

    @Test
    void textMessagesGetNoAddressFromAnEmailOfTheSameName() {
        ParsedMessage mailFromTom = mail("print.pdf", Locator.pages(1, 1), TOM, JANE, "2019-07-09T09:45-06:00",
                "Client address", "Where does she live?").build();
        ParsedMessage text = ParsedMessage.builder(Channel.TEXT_MESSAGE,
                new SourceRef("phone.txt", "phone.txt", Locator.message(1), "st_agency"))
                .from(Party.withPhone("Tom Kay", "+1 202 555 0177")).to(List.of(Party.of("Jane Roe", null)))
                .sentAt(OffsetDateTime.parse("2019-07-10T08:15-06:00"), TimeBasis.STATED_ZONE)
                .ownText("Did you get my email?").conversationKey("phone.txt").build();
        ParsedMessage printedReply = mail("print.pdf", Locator.pages(2, 2), Party.of("Jane Roe", null), TOM,
                "2019-07-09T11:02-06:00", "RE: Client address", "She lives downtown.").build();

        Resolution r = resolve(mailFromTom, text, printedReply);

        ParsedMessage sms = r.communications().stream().filter(c -> c.primary().channel() == Channel.TEXT_MESSAGE)
                .findFirst().orElseThrow().primary();
        assertEquals(null, sms.from().email(), "a text message has no e-mail address");
        assertEquals(null, sms.to().get(0).email());
        ParsedMessage reply = r.communications().stream().filter(c -> c.primary().subject().startsWith("RE"))
                .findFirst().orElseThrow().primary();
        assertEquals("jr@state.example.gov", reply.from().email(), "e-mails still get the address of the name");
    }
}
