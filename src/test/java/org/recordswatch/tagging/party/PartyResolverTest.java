package org.recordswatch.tagging.party;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.recordswatch.agency.AgencyCode;
import org.recordswatch.agency.Side;
import org.recordswatch.tagging.Correspondent;

class PartyResolverTest {

    private final AgencyDirectory directory = Directories.sample();

    @Test
    void aDomainOfOneAgencyDecides() {
        PartyResolution r = new PartyResolver(directory, new PartyIndex())
                .resolve(Correspondent.of("Hale, Ben", "ben.hale@hsi.dhs.gov"), null);
        assertEquals("ice_hsi", r.exportCode());
        assertEquals(ResolutionMethod.EMAIL_DOMAIN, r.method());
        assertEquals(Side.FEDERAL, r.side());
    }

    @Test
    void aSharedDomainIsDecidedByTheSignatureTheAddressSignsWithElsewhere() {
        PartyIndex index = new PartyIndex();
        index.signature("ben.hale@ice.dhs.gov", "Ben Hale\nSpecial Agent\nHomeland Security Investigations");
        index.signature("rita.cho@ice.dhs.gov", "Rita Cho\nDeportation Officer\nEnforcement and Removal Operations");
        PartyResolver resolver = new PartyResolver(directory, index);
        PartyResolution hale = resolver.resolve(Correspondent.of("Hale, Ben", "ben.hale@ice.dhs.gov"), "az_dot");
        PartyResolution cho = resolver.resolve(Correspondent.of("Cho, Rita", "rita.cho@ice.dhs.gov"), "az_dot");
        assertEquals("ice_hsi", hale.exportCode());
        assertEquals(ResolutionMethod.SIGNATURE, hale.method());
        assertEquals("ice_ero", cho.exportCode());
    }

    @Test
    void aSharedStateDomainIsDecidedBySignatureElseByTheProducingAgency() {
        PartyIndex index = new PartyIndex();
        index.signature("pat.ruiz@state.az.example", "Pat Ruiz\nEligibility Interviewer\nDepartment of Economic Security");
        PartyResolver resolver = new PartyResolver(directory, index);
        assertEquals("az_des", resolver.resolve(Correspondent.of("Pat Ruiz", "pat.ruiz@state.az.example"), "az_dot")
                .exportCode());
        PartyResolution unknown = resolver.resolve(Correspondent.of("Lee Ames", "lee.ames@state.az.example"), "az_dot");
        assertEquals("az_dot", unknown.exportCode());
        assertEquals(ResolutionMethod.PRODUCING_AGENCY, unknown.method());
        PartyResolution guess = resolver.resolve(Correspondent.of("Lee Ames", "lee.ames@state.az.example"), null);
        assertEquals(ResolutionMethod.AMBIGUOUS_DOMAIN, guess.method());
        assertTrue(guess.needsReview());
    }

    @Test
    void aDisplayNameTagNamesTheAgency() {
        PartyResolution r = new PartyResolver(directory, new PartyIndex())
                .resolve(Correspondent.named("Ana R Diaz (CENSUS/ADRM FED)"), "az_dot");
        assertEquals("census", r.exportCode());
        assertEquals(ResolutionMethod.DISPLAY_NAME, r.method());
    }

    @Test
    void aNameSeenElsewhereWithAnAddressResolvesThroughIt() {
        PartyIndex index = new PartyIndex();
        index.quotedHeaders("From: Hale, Ben [mailto:ben.hale@hsi.dhs.gov]\nSent: Monday\n");
        PartyResolution r = new PartyResolver(directory, index).resolve(Correspondent.named("Ben Hale"), "az_dot");
        assertEquals("ice_hsi", r.exportCode());
        assertEquals(ResolutionMethod.KNOWN_NAME, r.method());
    }

    @Test
    void aPhoneSeenInAResolvedSignatureResolvesATextMessageParty() {
        PartyIndex index = new PartyIndex();
        index.signature("rita.cho@ice.dhs.gov", "Rita Cho\nDeportation Officer\nCell: (602) 555-0170");
        PartyResolver resolver = new PartyResolver(directory, index);
        resolver.learnPhones(Map.of("rita.cho@ice.dhs.gov", new AgencyCode("ice_ero")));
        PartyResolution r = resolver.resolve(new Correspondent("R. C.", null, "+1 602-555-0170"), "az_dot");
        assertEquals("ice_ero", r.exportCode());
        assertEquals(ResolutionMethod.PHONE, r.method());
    }

    @Test
    void aPrintedMailboxOwnerBelongsToTheProducingAgency() {
        PartyIndex index = new PartyIndex();
        index.mailboxOwner("Ames, Lee", "az_des");
        PartyResolution r = new PartyResolver(directory, index).resolve(Correspondent.named("Lee Ames"), "az_dot");
        assertEquals("az_des", r.exportCode());
    }

    @Test
    void aNameNeverSeenElseIsAssumedProducingAgencyStaffAndFlagged() {
        PartyResolution r = new PartyResolver(directory, new PartyIndex())
                .resolve(Correspondent.named("Quinn, Sam"), "az_dot");
        assertEquals("az_dot", r.exportCode());
        assertTrue(r.needsReview());
    }

    @Test
    void anUnknownGovernmentDomainIsProposedWithItsSide() {
        PartyIndex index = new PartyIndex();
        index.signature("j.kent@dps.texas.gov", "J. Kent\nTrooper\nTexas Department of Public Safety\n");
        PartyResolution r = new PartyResolver(directory, index)
                .resolve(Correspondent.of("Kent, J", "j.kent@dps.texas.gov"), "az_dot");
        assertEquals(ResolutionMethod.PROPOSED, r.method());
        assertNull(r.agency());
        assertEquals(Side.STATE, r.side());
        assertEquals("tx_dps", r.exportCode());
        assertEquals("Texas Department of Public Safety", r.proposal().suggestedName());
        assertTrue(r.needsReview());
    }

    @Test
    void anUnknownPrivateDomainIsFlaggedAsAnUnknownOrganisation() {
        PartyResolution r = new PartyResolver(directory, new PartyIndex())
                .resolve(Correspondent.of("Bo Diaz", "bo.diaz@gmail.com"), "az_dot");
        assertEquals(ResolutionMethod.UNRESOLVED, r.method());
        assertEquals(Side.OTHER, r.side());
        assertEquals("", r.exportCode());
        assertTrue(r.note().contains("unknown organisation"));
    }

    @Test
    void aSignatureNamingADirectoryAgencyResolvesAnOddAddress() {
        PartyIndex index = new PartyIndex();
        index.signature("rcho.ero@outlook.example", "Rita Cho\nDeportation Officer\nEnforcement and Removal Operations");
        PartyResolution r = new PartyResolver(directory, index)
                .resolve(Correspondent.of("Rita Cho", "rcho.ero@outlook.example"), "az_dot");
        assertEquals("ice_ero", r.exportCode());
        assertEquals(ResolutionMethod.SIGNATURE, r.method());
    }
}
