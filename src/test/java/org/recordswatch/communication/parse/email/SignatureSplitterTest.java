package org.recordswatch.communication.parse.email;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.recordswatch.communication.parse.Party;

class SignatureSplitterTest {

    @Test
    void theSignatureStartsAtTheLastLineWithTheSendersFullName() {
        String own = "Dan,\n\nHe reports Tuesday.\n\nJane\n\nJane E. Roe\nProbation Officer\nOffice: (503) 555-0100";
        assertEquals("Jane E. Roe\nProbation Officer\nOffice: (503) 555-0100",
                SignatureSplitter.signature(own, Party.parse("Roe, Jane <jr@example.gov>")));
    }

    @Test
    void delimiterAndMobileSignatures() {
        assertEquals("--\nJ. R.", SignatureSplitter.signature("Body\n-- \nJ. R.", null));
        assertEquals("Sent from my iPhone", SignatureSplitter.signature("Got it.\n\nSent from my iPhone", null));
        assertEquals("Enviado desde mi iPhone",
                SignatureSplitter.signature("Listo.\nEnviado desde mi iPhone", null));
    }

    @Test
    void withoutEvidenceNoSignatureIsGuessed() {
        assertEquals("", SignatureSplitter.signature("Call me at (503) 555-0100.\nThanks", Party.parse("Roe, Jane")));
        assertEquals("", SignatureSplitter.signature("Jane Roe was here today.", Party.parse("Roe, Jane")),
                "a sentence naming the sender is no signature");
    }
}
