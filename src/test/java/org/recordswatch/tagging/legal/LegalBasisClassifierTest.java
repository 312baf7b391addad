package org.recordswatch.tagging.legal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.recordswatch.tagging.LegalBasis;
import org.recordswatch.tagging.detect.Seed;
import org.recordswatch.tagging.detect.TextSegment;

class LegalBasisClassifierTest {

    private final LegalBasisClassifier classifier = new LegalBasisClassifier(Seed.SCANNER);

    private LegalBasis basis(String body, String... attachments) {
        List<TextSegment> atts = new ArrayList<>();
        for (int i = 0; i < attachments.length; i++) {
            atts.add(TextSegment.attachment(i, "a" + i, attachments[i], Seed.TAXONOMY.cues()));
        }
        return classifier.classify(TextSegment.body(body, Seed.TAXONOMY.cues(), null, null, true), atts).basis();
    }

    @Test
    void eachBasisInEnglish() {
        assertEquals(LegalBasis.JUDICIAL_WARRANT, basis("Attached is an arrest warrant signed by a U.S. District Judge."));
        assertEquals(LegalBasis.COURT_ORDER, basis("Attached is an order of the Superior Court directing production."));
        assertEquals(LegalBasis.CRIMINAL_SUBPOENA, basis("Enclosed: federal grand jury subpoena 22-GJ-101."));
        assertEquals(LegalBasis.ADMINISTRATIVE_SUBPOENA, basis("Please see the attached ICE subpoena (Form I-138)."));
        assertEquals(LegalBasis.ADMINISTRATIVE_SUBPOENA, basis("We lodged an immigration detainer (I-247A)."));
        assertEquals(LegalBasis.WRITTEN_CONSENT, basis("The applicant's signed consent is on file with us."));
        assertEquals(LegalBasis.NONE_CITED, basis("Need the address for RUIZ, Ana."));
    }

    @Test
    void eachBasisInSpanish() {
        assertEquals(LegalBasis.JUDICIAL_WARRANT, basis("Tenemos una orden de arresto firmada por un juez."));
        assertEquals(LegalBasis.COURT_ORDER, basis("Adjunto la orden judicial."));
        assertEquals(LegalBasis.CRIMINAL_SUBPOENA, basis("Adjunto el citatorio del gran jurado."));
        assertEquals(LegalBasis.ADMINISTRATIVE_SUBPOENA, basis("Adjunto un citatorio administrativo."));
        assertEquals(LegalBasis.WRITTEN_CONSENT, basis("El solicitante dio su consentimiento por escrito."));
    }

    @Test
    void theStrongestProcessWins() {
        assertEquals(LegalBasis.JUDICIAL_WARRANT, basis("Attached are our administrative subpoena and a search warrant "
                + "signed by a magistrate judge."));
    }

    @Test
    void anAdministrativeFormThatSaysNoJudgeSignedItIsNoWarrant() {
        assertEquals(LegalBasis.ADMINISTRATIVE_SUBPOENA, basis("See attached.",
                "SUBPOENA TO APPEAR AND/OR PRODUCE RECORDS (Form I-138)\nThis subpoena is issued by the Department. "
                        + "It is not signed by a judge."));
    }

    @Test
    void statutesMemorandaAndInvestigationsCiteNothing() {
        assertEquals(LegalBasis.NONE_CITED, basis("Under 13 U.S.C. 6 we ask for your file; a draft MOU is attached."));
        assertEquals(LegalBasis.NONE_CITED, basis("The subject is under federal investigation. Send his wages."));
        assertEquals(LegalBasis.NONE_CITED, basis("We do not have a warrant signed by a judge."));
    }

    @Test
    void attachmentNamesAreReadToo() {
        assertEquals(LegalBasis.COURT_ORDER, basis("See attached.", "Order for Production of Records"));
        assertFalse(classifier.classify(TextSegment.body("Hi", Seed.TAXONOMY.cues(), null, null, true), List.of())
                .basis() != LegalBasis.NONE_CITED);
    }
}
