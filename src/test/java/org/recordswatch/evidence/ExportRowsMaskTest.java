package org.recordswatch.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.recordswatch.tagging.ExportRow;

class ExportRowsMaskTest {

    @Test
    void personalDataIsMaskedAndCodesPlacesAndTimesStay() {
        ExportRow row = new ExportRow("k1", "mvd/part1.pdf", "pages 3-4", "2019-03-05T10:14:00-07:00", "Rita Ocampo",
                "rita.ocampo@mvd.example.gov", "nm_mvd", List.of("ice_ero"), "RE: Tomas Vega DOB 04/12/1988",
                "t1", "state_to_federal", "federal", "nm_mvd", "none_cited", List.of("date_of_birth"),
                List.of("date_of_birth"), "3-4", List.of(), "email", "505-555-0100",
                "Kay Lund <kay.lund@ice.dhs.gov>", "", "disclosed", "ice_ero", 7L);
        ExportRow m = ExportRows.mask(row, List.of("Rita Ocampo", "Kay Lund"));
        assertEquals("R. O.", m.fromName());
        assertEquals("r***@mvd.example.gov", m.fromEmail());
        assertEquals("***-***-0100", m.fromPhone());
        assertEquals("K. L. <k***@ice.dhs.gov>", m.to());
        assertEquals("RE: Tomas Vega DOB 1988", m.subject(), "a bare name without label stays: a known limitation");
        assertFalse(m.subject().contains("04/12"));
        assertEquals(List.of(row.id(), row.document(), row.locator(), row.sentAt(), row.fromOrg(), row.toOrgs(),
                row.direction(), row.initiatedBy(), row.producingAgency(), row.legalBasis(), row.categories(),
                row.disclosed(), row.communicationId()), List.of(m.id(), m.document(), m.locator(), m.sentAt(),
                m.fromOrg(), m.toOrgs(), m.direction(), m.initiatedBy(), m.producingAgency(), m.legalBasis(),
                m.categories(), m.disclosed(), m.communicationId()));
    }
}
