package org.recordswatch.tagging.legal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.recordswatch.tagging.detect.Seed;
import org.recordswatch.tagging.detect.TextSegment;

class RequestClassifierTest {

    private final RequestClassifier classifier = new RequestClassifier(Seed.TAXONOMY.cues());

    private boolean asks(String body, String... attachments) {
        List<TextSegment> atts = new java.util.ArrayList<>();
        for (int i = 0; i < attachments.length; i++) {
            atts.add(TextSegment.attachment(i, "a" + i, attachments[i], Seed.TAXONOMY.cues()));
        }
        return classifier.asksForData(TextSegment.body(body, Seed.TAXONOMY.cues(), null, null, true), atts);
    }

    @Test
    void questionsAndRequestsForPersonalDataAsk() {
        assertTrue(asks("Do you have a current address for RUIZ, Ana, DOB 02/02/1990?"));
        assertTrue(asks("Requesting employer information for the subject below."));
        assertTrue(asks("When does he report next?"));
        assertTrue(asks("MORA, Luis, DOB 3/3/1979. Address and vehicles please."));
        assertTrue(asks("¿Me puedes ayudar con el domicilio de este senor?"));
        assertTrue(asks("Necesito su numero de licencia."));
    }

    @Test
    void anAttachedCompulsoryProcessAsks() {
        assertTrue(asks("See attached.", "YOU ARE COMMANDED to produce the following records for GARZA, Eli."));
        assertTrue(asks("Please see the order.", "It is hereby ORDERED that the custodian produce all records."));
    }

    @Test
    void thanksAndStatementsDoNotAsk() {
        assertFalse(asks("Thanks, got it. Much appreciated."));
        assertFalse(asks("We will be there at 9."));
        assertFalse(asks("Received, thank you for your help."));
    }

    @Test
    void questionsInTheSignatureDoNotCount() {
        assertFalse(asks("Noted.\n\nRegards,\n\nAl Ruiz\nAgent\nQuestions? Call the records unit."));
    }
}
