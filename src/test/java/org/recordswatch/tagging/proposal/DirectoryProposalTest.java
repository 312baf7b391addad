package org.recordswatch.tagging.proposal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.recordswatch.agency.AgencyCode;
import org.recordswatch.agency.Side;
import org.recordswatch.tagging.Correspondent;
import org.recordswatch.tagging.party.AgencyProposal;
import org.recordswatch.tagging.party.PartyResolution;
import org.recordswatch.tagging.party.ResolutionMethod;

class DirectoryProposalTest {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    private static final Instant T1 = Instant.parse("2026-03-02T10:00:00Z");

    @Test
    void aProposedAgencyIsKeyedByItsDomainAndKeepsTheSuggestion() {
        AgencyProposal p = new AgencyProposal("Parks.Example.GOV", "parks_example", "Parks Department", Side.STATE,
                "ex", "unknown government domain");
        DirectoryProposal d = DirectoryProposal.newAgency(p, 7L, "msg-1", T0);
        assertEquals(DirectoryProposal.Kind.NEW_AGENCY, d.getKind());
        assertEquals("parks.example.gov", d.getSubjectKey());
        assertEquals("parks.example.gov", d.getDomain());
        assertEquals("parks_example", d.getSuggestedCode());
        assertEquals("EX", d.getJurisdiction());
        assertEquals(Side.STATE, d.getSide());
        assertEquals(7L, d.getCampaignId());
        assertEquals("msg-1", d.getExampleMessage());
        assertEquals(DirectoryProposal.Status.OPEN, d.getStatus());
    }

    @Test
    void anUnknownPartyIsKeyedByAddressElseByNameAndPhone() {
        assertEquals("a.b@corp.example", DirectoryProposal.key(Correspondent.of("A B", "A.B@Corp.Example")));
        assertEquals("jo  doe".replace("  ", " "), DirectoryProposal.key(Correspondent.named("  Jo   DOE ")));
        assertEquals("jo doe | 555-0100", DirectoryProposal.key(new Correspondent("Jo Doe", null, "555-0100")));
        assertNull(DirectoryProposal.key(new Correspondent(null, null, null)));
        PartyResolution r = new PartyResolution(Correspondent.of("Jo Doe", "jo@corp.example"), null, Side.OTHER,
                ResolutionMethod.UNRESOLVED, 0.0, null, "no agency has corp.example");
        DirectoryProposal d = DirectoryProposal.unknownParty(r, null, null, T0);
        assertEquals("corp.example", d.getDomain());
        assertEquals("UNRESOLVED", d.getMethod());
        assertEquals("no agency has corp.example", d.getEvidence());
        PartyResolution guess = new PartyResolution(Correspondent.of("Al", "al@shared.example.gov"),
                new AgencyCode("ex_dot"), Side.STATE, ResolutionMethod.AMBIGUOUS_DOMAIN, 0.4, null, "shared");
        assertEquals("ex_dot", DirectoryProposal.unknownParty(guess, null, null, T0).getSuggestedCode());
    }

    @Test
    void sightingsAreCountedAndADecisionIsFinal() {
        DirectoryProposal d = DirectoryProposal.newAgency(new AgencyProposal("x.example.gov", "x", "X", Side.FEDERAL,
                "US", "first"), null, null, T0);
        d.seenAgain(T1, "second");
        assertEquals(2, d.getSeenCount());
        assertEquals(T1, d.getLastSeenAt());
        assertEquals(T0, d.getFirstSeenAt());
        assertEquals("second", d.getEvidence());
        d.dismiss("ana", T1, "a contractor");
        assertEquals(DirectoryProposal.Status.DISMISSED, d.getStatus());
        assertEquals("ana", d.getDecidedBy());
        assertEquals("a contractor", d.getDecisionNote());
        assertThrows(IllegalStateException.class, () -> d.accept(3L, "ana", T1, null));
        d.seenAgain(T1, null);
        assertEquals(DirectoryProposal.Status.DISMISSED, d.getStatus());
    }
}
