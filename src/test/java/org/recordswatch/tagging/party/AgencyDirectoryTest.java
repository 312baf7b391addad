package org.recordswatch.tagging.party;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.recordswatch.agency.Side;

class AgencyDirectoryTest {

    private static List<String> codes(List<DirectoryAgency> agencies) {
        return agencies.stream().map(a -> a.code().value()).sorted().toList();
    }

    @Test
    void theLongestMatchingDomainWins() {
        AgencyDirectory d = Directories.sample();
        assertEquals(List.of("ice_hsi"), codes(d.byDomain("hsi.dhs.gov")));
        assertEquals(List.of("ice_ero", "ice_hsi"), codes(d.byDomain("ice.dhs.gov")));
        assertEquals(List.of("ice_ero", "ice_hsi"), codes(d.byDomain("mail.ice.dhs.gov")));
        assertEquals(List.of("dhs"), codes(d.byDomain("cbp.dhs.gov")));
        assertEquals(List.of(), codes(d.byDomain("dhs.gov.example.com")));
    }

    @Test
    void readsTheAgenciesOfATaxonomyDocumentAndMergesSeedAliases() {
        AgencyDirectory d = AgencyDirectory.fromTaxonomyJson(new StringReader("""
                {"agencies": [
                  {"code": "ice_ero", "name": "ERO", "side": "federal", "jurisdiction": "US", "domains": ["ice.dhs.gov"]},
                  {"code": "tx_dps", "name": "Texas DPS", "side": "state", "jurisdiction": "TX", "domains": ["@dps.texas.gov"]}
                ]}""")).withSeedAliases();
        assertEquals(Side.STATE, d.agency("tx_dps").orElseThrow().side());
        assertTrue(d.agency("tx_dps").orElseThrow().domains().contains("dps.texas.gov"));
        assertTrue(d.agency("ice_ero").orElseThrow().titles().contains("Deportation Officer"));
        assertTrue(d.agency("tx_dps").orElseThrow().names().isEmpty());
    }
}
