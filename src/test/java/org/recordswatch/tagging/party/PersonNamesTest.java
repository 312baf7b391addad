package org.recordswatch.tagging.party;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PersonNamesTest {

    @Test
    void lastCommaFirstMiddleInitialsAndAccentsCompareEqual() {
        String key = PersonNames.key("Irma Soto");
        assertEquals(key, PersonNames.key("Soto, Irma"));
        assertEquals(key, PersonNames.key("Irma J. Soto"));
        assertEquals(key, PersonNames.key("\"Soto, Irma\" <irma.soto@x.gov>"));
        assertEquals(key, PersonNames.keyOfEmail("irma.soto@x.gov"));
        assertEquals(PersonNames.key("Raymond Quintero"), PersonNames.key("Quintero, Raymond"));
        assertEquals(PersonNames.key("Kevin OMalley"), PersonNames.key("O'Malley, Kevin"));
    }

    @Test
    void displayNameTagsAreReadAndLeftOutOfTheKey() {
        assertEquals(List.of("CENSUS", "ADRM", "FED"), PersonNames.tags("Ana R Diaz (CENSUS/ADRM FED)"));
        assertEquals(PersonNames.key("Ana Diaz"), PersonNames.key("Ana R Diaz (CENSUS/ADRM FED)"));
    }

    @Test
    void aSingleWordIsNoKey() {
        assertEquals("", PersonNames.key("Dan"));
        assertEquals("", PersonNames.keyOfEmail("records@x.gov"));
    }
}
