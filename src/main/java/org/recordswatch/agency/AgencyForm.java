package org.recordswatch.agency;

import java.util.List;

/** What is filled in for an agency: on the directory page, in a CSV row, or through the API. */
public record AgencyForm(String code, String name, Side side, String jurisdiction, List<String> domains,
        String custodianName, String custodianTitle, String custodianEmail, String custodianPhone,
        String postalAddress, String portalUrl, String notes) {

    public static AgencyForm of(Agency a) {
        Custodian c = a.getCustodian();
        return new AgencyForm(a.getCode().value(), a.getName(), a.getSide(), a.getJurisdiction(),
                List.copyOf(a.getDomains()), c.getName(), c.getTitle(), c.getEmail(), c.getPhone(),
                c.getPostalAddress(), a.getPortalUrl(), a.getNotes());
    }
}
