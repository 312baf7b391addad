package org.recordswatch.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.recordswatch.account.Organization;
import org.recordswatch.agency.Side;
import org.recordswatch.communication.AnalysisState;
import org.recordswatch.communication.Communication;
import org.recordswatch.communication.CommunicationFilter;
import org.recordswatch.communication.CommunicationService;
import org.recordswatch.document.Channel;
import org.recordswatch.document.DocumentService;
import org.recordswatch.document.UploadBatch;
import org.recordswatch.platform.security.Caller;
import org.recordswatch.request.RecordsRequest;
import org.recordswatch.tagging.CommunicationExport;
import org.recordswatch.tagging.ExportRow;

/**
 * The whole chain as users run it: files uploaded to a request (an .eml reply with its quoted history, a two-message
 * Outlook print-out made with PDFBox, a text-message export) are extracted, the campaign is analysed on its own, and
 * the communications, threads, tags and export come out.
 */
@ExtendWith(ArquillianExtension.class)
class CommunicationsPipelineIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests(CommunicationsPipelineIT.class, Fixtures.class, CommunicationFixtures.class);
    }

    @Inject
    Fixtures fixtures;

    @Inject
    CommunicationFixtures data;

    @Inject
    DocumentService documents;

    @Inject
    CommunicationService communications;

    @Inject
    CommunicationExport export;

    @AfterEach
    void reset() {
        TestCallers.reset();
    }

    static byte[] printout(List<List<String>> pages) throws Exception {
        try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (List<String> lines : pages) {
                PDPage page = new PDPage();
                pdf.addPage(page);
                try (PDPageContentStream s = new PDPageContentStream(pdf, page)) {
                    s.beginText();
                    s.setFont(font, 11);
                    s.setLeading(14);
                    s.newLineAtOffset(60, 720);
                    for (String line : lines) {
                        s.showText(line);
                        s.newLine();
                    }
                    s.endText();
                }
            }
            pdf.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void uploadedRecordsAreExtractedAnalysedAndExported() throws Exception {
        String u = UUID.randomUUID().toString().substring(0, 6);
        String stateDomain = "sp" + u + ".example.gov";
        String fedDomain = "fp" + u + ".example.gov";
        String state = data.agency(Side.STATE, "NM", stateDomain);
        data.agency(Side.FEDERAL, "US", fedDomain);
        Organization org = fixtures.organization();
        Caller advocate = fixtures.advocate(org);
        List<RecordsRequest> requests = fixtures.submittedCampaign(advocate, state);
        long requestId = requests.get(0).getId();
        long campaignId = requests.get(0).getCampaign().getId();
        String jane = "jane.roe@" + stateDomain;
        String tom = "tom.kay@" + fedDomain;

        byte[] pdf = printout(List.of(
                List.of("From: Kay, Tom <" + tom + ">", "Sent: Tuesday, July 9, 2019 9:45 AM",
                        "To: Roe, Jane <" + jane + ">", "Subject: Client address", "", "Jane,",
                        "Can you send me the home address and date of birth of Pedro Alvarez?", "", "Thanks,",
                        "Tom Kay"),
                List.of("From: Roe, Jane <" + jane + ">", "Sent: Tuesday, July 9, 2019 11:02 AM",
                        "To: Kay, Tom <" + tom + ">", "Subject: RE: Client address", "", "Tom,",
                        "His date of birth is 03/14/1985 and he lives at 412 Elm Street, Santa Fe, NM 87501.", "",
                        "Jane Roe", "Caseworker")));
        String eml = "From: \"Roe, Jane\" <" + jane + ">\r\nTo: \"Kay, Tom\" <" + tom + ">\r\n"
                + "Subject: RE: Client address\r\nDate: Tue, 9 Jul 2019 11:02:00 -0600\r\n"
                + "Message-ID: <reply-" + u + "@" + stateDomain + ">\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\n\r\n"
                + "Tom,\r\nHis date of birth is 03/14/1985 and he lives at 412 Elm Street, Santa Fe, NM 87501.\r\n\r\n"
                + "Jane Roe\r\nCaseworker\r\n\r\n"
                + "From: Kay, Tom <" + tom + ">\r\nSent: Tuesday, July 9, 2019 9:45 AM\r\nTo: Roe, Jane <" + jane
                + ">\r\nSubject: Client address\r\n\r\nJane,\r\n"
                + "Can you send me the home address and date of birth of Pedro Alvarez?\r\n";
        String texts = "MOBILE DEVICE REPORT\nParticipants:\n  Jane Roe     +1 (505) 555-0142   (device owner)\n"
                + "  Tom Kay      +1 (202) 555-0177\nTime zone: America/Denver\n"
                + "#1  07/10/2019 08:15:00 AM  Incoming  From: Tom Kay  To: Jane Roe\n    Did you get my email?\n"
                + "#2  07/10/2019 08:16:30 AM  Outgoing  From: Jane Roe  To: Tom Kay\n"
                + "    Yes, sent it yesterday.\n2 messages\n";

        TestCallers.actAs(advocate);
        UploadBatch batch = documents.startBatch(requestId, Channel.EMAIL, false, "eng");
        documents.upload(batch.getId(), "production.pdf", new ByteArrayInputStream(pdf), null);
        documents.upload(batch.getId(), "RE Client address.eml",
                new ByteArrayInputStream(eml.getBytes(StandardCharsets.UTF_8)), null);
        documents.upload(batch.getId(), "phone.txt", new ByteArrayInputStream(texts.getBytes(StandardCharsets.UTF_8)),
                null);

        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        AnalysisState state0 = communications.analysis(campaignId);
        while (!(state0.finished() && state0.documents() == 3) && System.nanoTime() < deadline) {
            Thread.sleep(1000);
            state0 = communications.analysis(campaignId);
        }
        assertTrue(state0.finished(), "extraction and analysis finished: " + state0);

        List<Communication> all = communications.communications(campaignId, CommunicationFilter.none(), 0, 100);
        assertEquals(4, all.size(), all.stream().map(c -> c.fromDisplay() + " | " + c.getSubject() + " | "
                + c.getDocumentName() + " " + c.getLocator()).toList().toString());
        Communication reply = all.stream().filter(c -> jane.equals(c.getFromEmail())).findFirst().orElseThrow();
        assertEquals(2, communications.communication(reply.getId()).getAppearances().size(),
                "the reply is in the print-out and in the .eml");
        assertFalse(reply.getOwnText().contains("Can you send me"));
        List<ExportRow> rows = export.rows(campaignId);
        ExportRow replyRow = rows.stream().filter(r -> jane.equals(r.fromEmail())).findFirst().orElseThrow();
        assertEquals("state_to_federal", replyRow.direction());
        assertEquals("federal", replyRow.initiatedBy());
        assertTrue(replyRow.categories().contains("date_of_birth"), replyRow.categories().toString());
        assertEquals(2, communications.threads(campaignId).size());
    }
}
