package org.recordswatch.tagging.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.recordswatch.tagging.detect.Seed;

class SignatureFinderTest {

    private static String signatureOf(String body, String sender) {
        TextLayout l = TextLayout.of(FoldedText.of(body), Seed.TAXONOMY.cues(), sender, null, true);
        return body.substring(l.signatureStart()).strip();
    }

    @Test
    void theSignatureStartsAtTheClosing() {
        String body = "Her address is 12 Elm St.\n\nRegards,\n\nKim Lee\nRecords Clerk\nOffice: (505) 555-0100\n";
        assertTrue(signatureOf(body, "Lee, Kim").startsWith("Regards,"));
    }

    @Test
    void theSignatureStartsAtTheSendersNameWhenThereIsNoClosing() {
        String body = "Yes, he reports Friday at 9.\n\nJo\n\nJoanna Baca\nProbation Officer\njoanna.baca@example.gov\n";
        assertTrue(signatureOf(body, "Baca, Joanna").startsWith("Jo\n"));
    }

    @Test
    void spanishClosingsEndTheMessage() {
        String body = "Aqui esta lo que encontre.\n\nSaludos,\n\nIrma Soto\nSupervisora\nOficina de Licencias\n";
        assertTrue(signatureOf(body, "Irma Soto").startsWith("Saludos,"));
    }

    @Test
    void sentFromMyPhoneIsNotTheMessage() {
        assertEquals("Sent from my iPhone", signatureOf("Got them, thanks.\n\nSent from my iPhone", "A B"));
    }

    @Test
    void officeContactLinesAndNoticesAnywhereAreSignatureZones() {
        String body = "Call me.\nOffice: (505) 555-0100\nMore text here about the case.\n\n"
                + "CONFIDENTIALITY NOTICE: This e-mail is intended only for the addressee.\nIt may be privileged.\n";
        TextLayout l = TextLayout.of(FoldedText.of(body), Seed.TAXONOMY.cues(), null, null, true);
        assertTrue(l.inSignature(body.indexOf("555-0100"), body.indexOf("555-0100") + 1));
        assertTrue(l.inSignature(body.indexOf("privileged"), body.indexOf("privileged") + 1));
        assertTrue(!l.inSignature(body.indexOf("More text"), body.indexOf("More text") + 1));
    }

    @Test
    void aMessageEndingInAStatementHasNoSignature() {
        String body = "She lives at 412 W Oak Street, Tucson, AZ 85701.";
        TextLayout l = TextLayout.of(FoldedText.of(body), Seed.TAXONOMY.cues(), null, null, true);
        assertEquals(body.length(), l.signatureStart());
    }

    @Test
    void textMessagesAreNotSearchedForSignatures() {
        String body = "Office: (505) 555-0100";
        TextLayout l = TextLayout.of(FoldedText.of(body), Seed.TAXONOMY.cues(), null, null, false);
        assertEquals(body.length(), l.signatureStart());
    }

    @Test
    void theSplittersSignatureIsUsedWhenItIsASuffix() {
        String body = "Done.\nJ. Q. Public\nClerk\n";
        TextLayout l = TextLayout.of(FoldedText.of(body), Seed.TAXONOMY.cues(), null, "J. Q. Public\nClerk", true);
        assertEquals(body.indexOf("J. Q."), l.signatureStart());
    }
}
