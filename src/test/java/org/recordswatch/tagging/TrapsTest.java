package org.recordswatch.tagging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.recordswatch.tagging.detect.CategoryHit;
import org.recordswatch.tagging.detect.CompiledTaxonomy;
import org.recordswatch.tagging.detect.TaxonomyJson;
import org.recordswatch.tagging.party.AgencyDirectory;

/**
 * Traps for the seed detectors on whole messages written for this test (issue 7 point 8): Spanish, OCR-like noise,
 * history quoted inline in the body, and signatures, each with the close case that must still count.
 */
class TrapsTest {

    private static final TaggingEngine ENGINE = TaggingEngine.create(AgencyDirectory.of(List.of()),
            TaxonomyJson.seed());
    private static final CompiledTaxonomy TAXONOMY = ENGINE.taxonomy();

    private static Set<String> categories(String sender, String body) {
        List<CategoryHit> hits = ENGINE.hits(TaggableMessage.builder("m").from(sender, null).body(body).build());
        Set<String> out = new TreeSet<>();
        for (CategoryHit h : hits) {
            if (h.confidence() >= TAXONOMY.threshold(h.category())) {
                out.add(h.category().value());
            }
        }
        return out;
    }

    @Test
    void spanishStatementsCountAndSpanishQuestionsDoNot() {
        assertTrue(categories("Ruiz, Marta", "Buenos dias. El senor Paredes vive en Calle Morelos 118, colonia "
                + "centro, con su esposa.").contains("home_address"));
        assertFalse(categories("Ruiz, Marta", "¿Sabe usted si tiene numero de seguro social?").contains("ssn"));
        assertTrue(categories("Ruiz, Marta", "Su numero de seguro social es 512-40-7781.").contains("ssn"));
    }

    @Test
    void ocrNoiseInSpanishDatesAndNumbersIsRead() {
        assertTrue(categories("Ruiz, Marta", "PAREDES, Luis. Fecha de nacimiento: l4/O3/1986.")
                .contains("date_of_birth"));
        assertTrue(categories("Ruiz, Marta", "Seguro social 5l2-40-778l segun el expediente.").contains("ssn"));
    }

    private static Set<String> replyCategories(String body, String quoted) {
        List<CategoryHit> hits = ENGINE.hits(TaggableMessage.builder("m").from("Paz, Elena", null).body(body)
                .quotedHistory(quoted).build());
        Set<String> out = new TreeSet<>();
        hits.stream().filter(h -> h.confidence() >= TAXONOMY.threshold(h.category()))
                .forEach(h -> out.add(h.category().value()));
        return out;
    }

    /** The splitter (communication.parse.QuoteSplitter) moves quoted history out of the body; it never counts. */
    @Test
    void quotedHistoryCountsForNothingButTheReplysOwnStatementsDo() {
        String quoted = "> SSN 512-40-7781, she lives at 77 Birch Lane, Springfield, IL 62704.\n"
                + "> Her son Mateo stays with her.\n";
        assertEquals(Set.of(), replyCategories("Received, thanks. I will not forward this.", quoted));
        assertEquals(Set.of("date_of_birth"), replyCategories("Her DOB is 02/19/1984.", quoted));
    }

    @Test
    void spanishQuotedHistoryCountsForNothing() {
        String quoted = "El lun, 3 mar 2025 a las 10:14, Elena Paz escribio:\n"
                + "> Su fecha de nacimiento es 14/03/1986 y su celular 505-555-0188.\n";
        assertEquals(Set.of(), replyCategories("Gracias, ya lo recibi.", quoted));
        assertTrue(replyCategories("Gracias. Su celular nuevo es 505-555-0191.", quoted).contains("phone_number"));
    }

    @Test
    void aSpanishOfficeSignatureCountsForNothingButTheMessageAboveItDoes() {
        String signature = "\n\nAtentamente,\n\nMarta Ruiz\nOficial de Libertad Condicional\n"
                + "Departamento de Correcciones\nTel. 505-555-0142\nCalle Reforma 12, Oficina 3\n";
        assertEquals(Set.of(), categories("Ruiz, Marta", "Recibido, lo reviso manana." + signature));
        assertTrue(categories("Ruiz, Marta", "Su celular es 505-555-0177." + signature).contains("phone_number"));
    }
}
