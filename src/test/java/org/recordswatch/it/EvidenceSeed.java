package org.recordswatch.it;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.recordswatch.account.Organization;
import org.recordswatch.platform.security.Caller;
import org.recordswatch.request.RecordsRequest;

/**
 * A small invented campaign with communications, tags and threads (the tests of the evidence set cannot rely on real
 * extraction): an advocate's campaign to nm_mvd and nm_doh sent through the services, then {@link EvidenceRows}.
 *
 * <ul>
 *   <li>{@code federalAsk} (mvd thread, started by the federal side): an agent asks for a date of birth and address,
 *   no legal basis;</li>
 *   <li>{@code stateDisclosure} (mvd thread): the clerk answers with name, DOB, SSN and address; its subject starts
 *   with {@code =} (a formula) and its text holds the run's unique search word;</li>
 *   <li>{@code dohDisclosure} (doh thread, started by the state): a phone number sent to the agent.</li>
 * </ul>
 */
@ApplicationScoped
public class EvidenceSeed {

    @Inject
    Fixtures fixtures;

    @Inject
    EvidenceRows rows;

    /** A campaign of the given organization (analysts see their organization's campaigns). */
    public EvidenceRows.Seeded seed(Organization organization) {
        Caller advocate = fixtures.advocate(organization);
        List<RecordsRequest> requests = fixtures.submittedCampaign(advocate, "nm_mvd", "nm_doh");
        TestCallers.reset();
        long mvd = requests.stream().filter(r -> r.getAgency().getCode().value().equals("nm_mvd"))
                .findFirst().orElseThrow().getId();
        long doh = requests.stream().filter(r -> r.getAgency().getCode().value().equals("nm_doh"))
                .findFirst().orElseThrow().getId();
        return rows.store(mvd, doh);
    }
}
