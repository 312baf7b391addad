package org.recordswatch.communication.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PartyTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Roe, Jane <Jane.Roe@Example.gov>|Jane Roe|jane.roe@example.gov",
        "\"Roe, Jane M.\" <jane.roe@example.gov>|Jane M. Roe|jane.roe@example.gov",
        "Roe, Jane [mailto:jane.roe@example.gov]|Jane Roe|jane.roe@example.gov",
        "jane.roe@example.gov (Jane Roe)|Jane Roe|jane.roe@example.gov",
        "Ann B Smith (AGENCY/UNIT FED) <ann.b.smith@example.gov>|Ann B Smith|ann.b.smith@example.gov",
        "Ibarra, José <jose.ibarra@example.gov>|José Ibarra|jose.ibarra@example.gov",
        "O'Neil, Kevin|Kevin O'Neil|",
        "jane.roe@example.gov||jane.roe@example.gov"})
    void parsesAndNormalisesDisplayNames(String raw, String name, String email) {
        Party p = Party.parse(raw);
        assertEquals(name, p.name());
        assertEquals(email, p.email());
    }

    @Test
    void splitsListsOnSemicolonsOrBetweenAddressesButNotInsideLastFirstNames() {
        assertEquals(List.of("Jane Roe", "Tom Kay"), names("Roe, Jane <jr@example.gov>; Kay, Tom"));
        assertEquals(List.of("Jane Roe", "Tom Kay"),
                names("\"Roe, Jane\" <jr@example.gov>, \"Kay, Tom\" <tk@example.gov>"));
        assertEquals(List.of("Jane Roe"), names("Roe, Jane"));
        assertEquals(2, Party.parseList("a@example.gov, b@example.gov").size());
        assertEquals(1, Party.parseList("\"Roe, Jane\" <jr@example.gov>, Roe, Jane <jr@example.gov>").size(),
                "the same address twice counts once");
    }

    private static List<String> names(String raw) {
        return Party.parseList(raw).stream().map(Party::name).toList();
    }

    @Test
    void samePartyByAddressPhoneOrFirstAndLastName() {
        assertTrue(Party.parse("Roe, Jane").sameAs(Party.parse("Jane E. Roe <jr@example.gov>")));
        assertFalse(Party.parse("Roe, Jane <a@example.gov>").sameAs(Party.parse("Roe, Jane <b@example.gov>")));
        assertTrue(Party.withPhone("Dan", "+1 (505) 555-0118").sameAs(Party.withPhone(null, "505-555-0118")));
        assertEquals("tel:5055550118", Party.withPhone(null, "+1 (505) 555-0118").key());
    }

    @Test
    void textWithoutNameOrAddressIsNoParty() {
        assertNull(Party.parse("  "));
        assertNull(Party.parse("12345"));
    }

    @Test
    void aRedactedNameStaysAPartySoTheHeaderStillCounts() {
        assertEquals(Party.REDACTED, Party.parse("(b)(6), (b)(7)(C)").name());
        assertEquals(Party.REDACTED, Party.parse("[REDACTED 14-2-1(A)(1)]").name());
        assertEquals(Party.REDACTED, Party.parse("██████ <jr@example.gov>").name());
        assertEquals("jr@example.gov", Party.parse("██████ <jr@example.gov>").email());
    }
}
