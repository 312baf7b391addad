package org.recordswatch.tagging.party;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.recordswatch.agency.Side;

class GovernmentDomainsTest {

    @Test
    void stateDomainsInTheirUsualShapes() {
        GovernmentDomains.Guess texas = GovernmentDomains.guess("dps.texas.gov").orElseThrow();
        assertEquals(Side.STATE, texas.side());
        assertEquals("TX", texas.jurisdiction());
        assertEquals("tx_dps", texas.code());
        assertEquals(new GovernmentDomains.Guess(Side.STATE, "CA", "ca_dot"), GovernmentDomains.guess("dot.ca.gov")
                .orElseThrow());
        assertEquals(new GovernmentDomains.Guess(Side.STATE, "CO", "co_cdle"),
                GovernmentDomains.guess("cdle.state.co.us").orElseThrow());
    }

    @Test
    void localDomains() {
        assertEquals(Side.LOCAL, GovernmentDomains.guess("co.dona-ana.nm.us").orElseThrow().side());
        assertEquals(Side.LOCAL, GovernmentDomains.guess("cityofabq.gov").orElseThrow().side());
        assertEquals(Side.LOCAL, GovernmentDomains.guess("lacounty.gov").orElseThrow().side());
        assertEquals(Side.LOCAL, GovernmentDomains.guess("bcsheriff.nm.gov").orElseThrow().side());
    }

    @Test
    void federalDomains() {
        assertEquals(new GovernmentDomains.Guess(Side.FEDERAL, "US", "usdoj_usms"),
                GovernmentDomains.guess("usms.usdoj.gov").orElseThrow());
        assertEquals(Side.FEDERAL, GovernmentDomains.guess("fbi.gov").orElseThrow().side());
        assertEquals(Side.FEDERAL, GovernmentDomains.guess("army.mil").orElseThrow().side());
    }

    @Test
    void otherDomainsAreNotGovernment() {
        assertTrue(GovernmentDomains.guess("gmail.com").isEmpty());
        assertTrue(GovernmentDomains.guess("lawfirm.us").isEmpty());
        assertTrue(GovernmentDomains.guess("localhost").isEmpty());
    }
}
