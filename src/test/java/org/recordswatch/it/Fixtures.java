package org.recordswatch.it;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.recordswatch.account.AccountDirectory;
import org.recordswatch.account.AccountService;
import org.recordswatch.account.AccountService.AccountForm;
import org.recordswatch.account.Organization;
import org.recordswatch.account.UserAccount;
import org.recordswatch.agency.AgencyRepository;
import org.recordswatch.platform.security.Caller;
import org.recordswatch.platform.security.Role;
import org.recordswatch.request.Campaign;
import org.recordswatch.request.CampaignForm;
import org.recordswatch.request.CampaignService;
import org.recordswatch.request.RecordsRequest;

/**
 * Test data built through the real services, acting as the right users (in-container tests only). Every name is
 * unique, so tests never depend on each other or on an empty database.
 */
@ApplicationScoped
public class Fixtures {

    @Inject
    AccountService accounts;

    @Inject
    AccountDirectory directory;

    @Inject
    AgencyRepository agencies;

    @Inject
    CampaignService campaigns;

    public static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    public Caller admin() {
        return directory.findByUsername("admin").orElseThrow().toCaller();
    }

    public long agencyId(String code) {
        return agencies.findByCode(code).orElseThrow().getId();
    }

    public Organization organization() {
        TestCallers.actAs(admin());
        return accounts.createOrganization(unique("Org "), null);
    }

    public Caller user(Role role, Long organizationId, Long agencyId) {
        TestCallers.actAs(admin());
        UserAccount u = accounts.create(new AccountForm(unique(role.name().toLowerCase().replace('_', '.')),
                "Test " + role, null, role, organizationId, agencyId), "a fixture passphrase 42".toCharArray());
        return u.toCaller();
    }

    public Caller advocate(Organization org) {
        return user(Role.ADVOCATE, org.getId(), null);
    }

    public Caller officer(String agencyCode) {
        return user(Role.RECORDS_OFFICER, null, agencyId(agencyCode));
    }

    /** A campaign of the advocate's organization to the agencies, submitted today; returns its requests. */
    public List<RecordsRequest> submittedCampaign(Caller advocate, String... agencyCodes) {
        TestCallers.actAs(advocate);
        List<Long> ids = java.util.Arrays.stream(agencyCodes).map(this::agencyId).toList();
        Campaign campaign = campaigns.create(new CampaignForm(unique("Campaign "), "Test campaign", null,
                "All communications with federal immigration authorities", LocalDate.of(2019, 1, 1),
                LocalDate.of(2019, 12, 31), "Test Requester", "requester@example.org", "en", false, null), ids);
        campaigns.sendDrafts(campaign.getId(), LocalDate.now(), false);
        return campaigns.requests(campaign.getId());
    }
}
