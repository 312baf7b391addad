package org.recordswatch.tagging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import org.recordswatch.agency.Agency;
import org.recordswatch.tagging.party.AgencyDirectory;
import org.recordswatch.tagging.party.DirectoryAgency;

/**
 * The agency directory as party resolution reads it: every agency of the {@code agency} table (code, name, side,
 * jurisdiction, e-mail domains) with the seed signature words merged in. Read afresh for each analysis, so that
 * directory edits apply to the next one. Internal.
 */
@ApplicationScoped
public class DirectorySource {

    @PersistenceContext
    EntityManager em;

    @Transactional(Transactional.TxType.SUPPORTS)
    public AgencyDirectory current() {
        List<DirectoryAgency> list = new ArrayList<>();
        for (Agency a : em.createNamedQuery("Agency.findAll", Agency.class).getResultList()) {
            list.add(of(a));
        }
        return AgencyDirectory.of(list).withSeedAliases();
    }

    static DirectoryAgency of(Agency a) {
        return new DirectoryAgency(a.getCode(), a.getName(), a.getSide(), a.getJurisdiction(),
                java.util.Set.copyOf(a.getDomains()), List.of(), List.of(), List.of());
    }
}
