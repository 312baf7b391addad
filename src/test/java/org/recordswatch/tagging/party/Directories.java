package org.recordswatch.tagging.party;

import java.util.List;
import java.util.Set;
import org.recordswatch.agency.AgencyCode;
import org.recordswatch.agency.Side;

/** A small directory written for tests: two federal agencies sharing a domain, two state agencies sharing one. */
final class Directories {

    private Directories() {
    }

    static AgencyDirectory sample() {
        return AgencyDirectory.of(List.of(
                new DirectoryAgency(new AgencyCode("ice_ero"), "ICE ERO", Side.FEDERAL, "US", Set.of("ice.dhs.gov"),
                        List.of("Enforcement and Removal Operations"), List.of("ERO"), List.of("Deportation Officer")),
                new DirectoryAgency(new AgencyCode("ice_hsi"), "ICE HSI", Side.FEDERAL, "US",
                        Set.of("ice.dhs.gov", "hsi.dhs.gov"), List.of("Homeland Security Investigations"),
                        List.of("HSI"), List.of("Special Agent")),
                new DirectoryAgency(new AgencyCode("dhs"), "DHS", Side.FEDERAL, "US", Set.of("dhs.gov"), List.of(),
                        List.of(), List.of()),
                new DirectoryAgency(new AgencyCode("census"), "Census Bureau", Side.FEDERAL, "US",
                        Set.of("census.gov"), List.of("Census Bureau"), List.of("CENSUS"), List.of()),
                new DirectoryAgency(new AgencyCode("az_dot"), "Arizona DOT Motor Vehicle Division", Side.STATE, "AZ",
                        Set.of("azdot.gov", "state.az.example"), List.of("Motor Vehicle Division"), List.of("MVD"),
                        List.of()),
                new DirectoryAgency(new AgencyCode("az_des"), "Arizona Department of Economic Security", Side.STATE,
                        "AZ", Set.of("azdes.gov", "state.az.example"), List.of("Economic Security"),
                        List.of("DES"), List.of()),
                new DirectoryAgency(new AgencyCode("pima_da"), "Pima County Attorney", Side.LOCAL, "AZ",
                        Set.of("pcao.pima.gov"), List.of(), List.of(), List.of())));
    }
}
