package org.recordswatch.communication.parse.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.recordswatch.communication.parse.Channel;
import org.recordswatch.communication.parse.Locator;
import org.recordswatch.communication.parse.ParseSettings;
import org.recordswatch.communication.parse.ParsedMessage;
import org.recordswatch.communication.parse.SourceRef;
import org.recordswatch.communication.parse.TimeBasis;

class TextMessageExportParserTest {

    private static final ParseSettings PACIFIC = ParseSettings.of(ZoneId.of("America/Los_Angeles"), "city_pd");
    private static final SourceRef DOC = new SourceRef("t1", "texts.txt", Locator.whole(), "city_pd");

    private static TextMessageExportParser.Export read(String fixture, ParseSettings settings) throws IOException {
        try (InputStream in = TextMessageExportParserTest.class.getResourceAsStream(fixture)) {
            return new TextMessageExportParser(settings).read(new String(in.readAllBytes(), StandardCharsets.UTF_8),
                    DOC);
        }
    }

    private static void assertTheConversation(List<ParsedMessage> m) {
        assertEquals(3, m.size());
        assertTrue(m.stream().allMatch(x -> x.channel() == Channel.TEXT_MESSAGE && x.subject().isEmpty()));
        assertEquals(List.of("Sam Hale", "Lena Ortiz", "Sam Hale"), m.stream().map(x -> x.from().name()).toList());
        assertEquals("Are you at the office?", m.get(0).ownText());
        assertEquals("Lena Ortiz", m.get(0).to().get(0).name());
        assertEquals(1, m.stream().map(ParsedMessage::conversationKey).distinct().count());
        assertEquals(OffsetDateTime.parse("2020-03-02T07:20-08:00"), m.get(2).sentAt());
    }

    @Test
    void forensicListingWithParticipantsAndStatedZone() throws IOException {
        ParseSettings denver = ParseSettings.of(ZoneId.of("America/Denver"), "city_pd");
        TextMessageExportParser.Export e = read("device-listing.txt", denver);
        assertEquals(TextMessageExportParser.Layout.LISTING, e.layout());
        List<ParsedMessage> m = e.messages();
        assertTheConversation(m);
        assertEquals("Yes, come by at 8.\nBring the file.", m.get(1).ownText());
        assertEquals("+1 (503) 555-0122", m.get(0).from().phone());
        assertEquals(null, m.get(0).from().email());
        assertEquals(Locator.message(2), m.get(1).source().locator());
        assertEquals(OffsetDateTime.parse("2020-03-02T07:15:02-08:00"), m.get(0).sentAt(),
                "the export's own time zone line wins over the agency's zone");
        assertEquals(TimeBasis.STATED_ZONE, m.get(0).timeBasis());
    }

    @Test
    void whatsappTranscriptsOnAndroidAndIos() throws IOException {
        TextMessageExportParser.Export android = read("whatsapp-android.txt", PACIFIC);
        assertEquals(TextMessageExportParser.Layout.CHAT, android.layout());
        assertTheConversation(android.messages());
        assertEquals("Yes, come by at 8.\nBring the file.", android.messages().get(1).ownText());
        assertEquals(Locator.line(2), android.messages().get(0).source().locator());
        assertTheConversation(read("whatsapp-ios.txt", PACIFIC).messages());
    }

    @Test
    void csvExportWithHeaderRow() throws IOException {
        TextMessageExportParser.Export e = read("export.csv", PACIFIC);
        assertEquals(TextMessageExportParser.Layout.DELIMITED, e.layout());
        assertTheConversation(e.messages());
        assertEquals("Yes, come by at 8, bring the file.", e.messages().get(1).ownText());
    }

    @Test
    void labelRecordsWithPhoneNumbersAndOffsets() throws IOException {
        TextMessageExportParser.Export e = read("label-records.txt", PACIFIC);
        assertEquals(TextMessageExportParser.Layout.LABEL_RECORDS, e.layout());
        List<ParsedMessage> m = e.messages();
        assertEquals(2, m.size());
        assertEquals("Sam Hale", m.get(0).from().name());
        assertEquals("+15035550122", m.get(0).from().phone());
        assertEquals("Yes, come by at 8.\nBring the file.", m.get(1).ownText());
        assertEquals(OffsetDateTime.parse("2020-03-02T07:16:40-08:00"), m.get(1).sentAt());
    }

    @Test
    void ordinaryProseIsNoExport() {
        TextMessageExportParser.Export e = new TextMessageExportParser(PACIFIC).read(
                "Dear requester,\nOn 3/2/20 at 7:15 AM we received your request: thanks.\nRegards", DOC);
        assertTrue(e.messages().isEmpty());
    }
}
