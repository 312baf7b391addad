package org.recordswatch.communication.parse.email;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.RecursiveParserWrapper;
import org.apache.tika.sax.BasicContentHandlerFactory;
import org.apache.tika.sax.RecursiveParserWrapperHandler;
import org.junit.jupiter.api.Test;
import org.recordswatch.communication.parse.MessageExtractor;
import org.recordswatch.communication.parse.ParseSettings;
import org.recordswatch.communication.parse.ParsedMessage;
import org.recordswatch.communication.parse.Party;
import org.recordswatch.communication.parse.SourceDocument;
import org.recordswatch.communication.parse.TikaTrees;

/**
 * Runs real Tika (in the test JVM; the application runs it in forked processes) over raw e-mail fixtures, to check
 * that the reader understands what Tika 3.3.1 reports: decoded quoted-printable and Latin-1 bodies, HTML-only bodies,
 * mbox members.
 */
class TikaEmailTest {

    private final MessageExtractor extractor = new MessageExtractor(
            ParseSettings.of(ZoneId.of("America/Denver"), "st_agency"));

    private static SourceDocument tika(String fixture) throws Exception {
        RecursiveParserWrapper wrapper = new RecursiveParserWrapper(new AutoDetectParser());
        RecursiveParserWrapperHandler handler = new RecursiveParserWrapperHandler(
                new BasicContentHandlerFactory(BasicContentHandlerFactory.HANDLER_TYPE.XML, -1));
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fixture);
        try (InputStream in = TikaEmailTest.class.getResourceAsStream(fixture);
                TikaInputStream tis = TikaInputStream.get(in)) {
            wrapper.parse(tis, handler, metadata, new ParseContext());
        }
        List<Map<String, List<String>>> list = new ArrayList<>();
        for (Metadata m : handler.getMetadataList()) {
            Map<String, List<String>> map = new LinkedHashMap<>();
            for (String name : m.names()) {
                map.put(name, List.of(m.getValues(name)));
            }
            list.add(map);
        }
        return TikaTrees.fromMetadata(list, "agency/" + fixture);
    }

    @Test
    void quotedPrintableLatin1BodyIsDecodedAndItsQuotedOriginalKeptApart() throws Exception {
        List<ParsedMessage> m = extractor.extract(tika("qp-latin1.eml")).messages();

        assertEquals(1, m.size());
        ParsedMessage reply = m.get(0);
        assertEquals(new Party("Jane Roe", "jane.roe@state.example.gov", null), reply.from());
        assertEquals("tom.kay@fed.example.gov", reply.to().get(0).email());
        assertEquals("ana.lee@state.example.gov", reply.cc().get(0).email());
        assertEquals(OffsetDateTime.parse("2019-07-09T11:30:55-06:00"), reply.sentAt());
        assertEquals("q2@state.example.gov", reply.messageId());
        assertEquals("q1@fed.example.gov", reply.inReplyTo());
        assertTrue(reply.ownText().contains("la señora Vega nació el 01/02/1980"), reply.ownText());
        assertFalse(reply.ownText().contains("Where does she live?"));
        assertEquals("tom.kay@fed.example.gov", reply.quoted().get(0).from().email());
    }

    @Test
    void htmlOnlyBodyIsReadAsTextAndTheAttachmentStaysWithTheMessage() throws Exception {
        List<ParsedMessage> m = extractor.extract(tika("html-only.eml")).messages();

        assertEquals(1, m.size());
        ParsedMessage visit = m.get(0);
        assertTrue(visit.ownText().contains("We will visit on Friday."), visit.ownText());
        assertFalse(visit.ownText().contains("She lives on Calle 5."), "quoted history is kept apart");
        assertEquals(1, visit.quoted().size());
        assertEquals("jane.roe@state.example.gov", visit.quoted().get(0).from().email());
        assertEquals(OffsetDateTime.parse("2019-07-10T06:00-06:00"), visit.sentAt());
        assertEquals(List.of("visit-plan.txt"), visit.attachments().stream().map(a -> a.name()).toList());
    }

    @Test
    void mboxMembersAreNumberedAndAQuotedHeaderInTheBodyDoesNotBecomeARecipient() throws Exception {
        List<ParsedMessage> m = extractor.extract(tika("box.mbox")).messages();

        assertEquals(2, m.size());
        assertEquals("message 2", m.get(1).source().locator().label());
        assertEquals("agency/box.mbox", m.get(1).source().documentName());
        assertEquals("Second body.", m.get(1).ownText());
        assertEquals(List.of("tom.kay@fed.example.gov"), m.get(1).to().stream().map(Party::email).toList());
        assertEquals("jane.roe@state.example.gov", m.get(1).from().email());
    }
}
