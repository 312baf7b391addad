package org.recordswatch.tagging.proposal;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.recordswatch.agency.Agency;
import org.recordswatch.agency.AgencyForm;
import org.recordswatch.agency.AgencyService;
import org.recordswatch.agency.Side;
import org.recordswatch.audit.AuditTrail;
import org.recordswatch.platform.BusinessException;
import org.recordswatch.platform.NotFoundException;
import org.recordswatch.communication.CommunicationAccess;
import org.recordswatch.platform.security.AccessRefused;
import org.recordswatch.platform.security.Authorized;
import org.recordswatch.platform.security.Caller;
import org.recordswatch.platform.security.CallerContext;
import org.recordswatch.platform.security.Role;
import org.recordswatch.request.Campaign;

/**
 * What tagging could not place in the agency directory, for analysts and admins: list, accept (the agency is created
 * in the directory with the domain, through {@link AgencyService}) or dismiss. Admins see every proposal; analysts
 * those of the campaigns whose communications they may read ({@link CommunicationAccess#mayRead}); others are
 * reported as missing. Every decision is audited.
 */
@Stateless
@Authorized({Role.ANALYST, Role.ADMIN})
public class DirectoryProposalService {

    @Inject
    DirectoryProposals proposals;

    @Inject
    AgencyService agencies;

    @Inject
    CallerContext callers;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    Event<AccessRefused> refusals;

    @PersistenceContext
    EntityManager em;

    public List<DirectoryProposal> page(DirectoryProposal.Status status, DirectoryProposal.Kind kind, int first,
            int max) {
        Caller c = callers.current();
        return proposals.page(status, kind, c.organizationId(), c.coalitionId(), c.hasRole(Role.ADMIN), first,
                Math.min(max, 500));
    }

    public long count(DirectoryProposal.Status status, DirectoryProposal.Kind kind) {
        Caller c = callers.current();
        return proposals.count(status, kind, c.organizationId(), c.coalitionId(), c.hasRole(Role.ADMIN));
    }

    public DirectoryProposal get(long id) {
        DirectoryProposal p = proposals.find(id).orElse(null);
        Caller caller = callers.current();
        if (p != null && !caller.hasRole(Role.ADMIN)) {
            Campaign campaign = p.getCampaignId() == null ? null : em.find(Campaign.class, p.getCampaignId());
            if (campaign == null || !CommunicationAccess.mayRead(campaign, caller)) {
                refusals.fire(new AccessRefused(caller.username(), "DIRECTORY_PROPOSAL_READ", "directory_proposal",
                        String.valueOf(id)));
                p = null;
            }
        }
        if (p == null) {
            throw new NotFoundException("directory proposal", id);
        }
        return p;
    }

    /** The agency an accepted proposal would create, as the analyst starts editing it. */
    public AgencyForm draft(long id) {
        DirectoryProposal p = get(id);
        String code = p.getSuggestedCode();
        if (code == null && p.getDomain() != null) {
            code = p.getDomain().replaceAll("\\.(gov|us|mil|org|com|net)$", "").replaceAll("[^a-z0-9]+", "_");
        }
        String name = p.getSuggestedName() != null ? p.getSuggestedName()
                : p.getDomain() != null ? p.getDomain() : p.getPartyName();
        return new AgencyForm(code == null ? null : code.toLowerCase(Locale.ROOT), name,
                p.getSide() == null ? Side.OTHER : p.getSide(), p.getJurisdiction().isEmpty() ? null
                        : p.getJurisdiction(), p.getDomain() == null ? List.of() : List.of(p.getDomain()), null, null,
                null, null, null, null, null);
    }

    /**
     * Creates the agency (with the proposal's domain unless the form changed the domains) and marks the proposal
     * accepted. Refused, with nothing saved, when the agency form has a problem or the proposal was decided already.
     */
    public Agency accept(long id, AgencyForm form, String note) {
        DirectoryProposal p = get(id);
        if (!p.isOpen()) {
            throw new BusinessException("proposal.notOpen");
        }
        AgencyForm withDomain = form;
        if ((form.domains() == null || form.domains().isEmpty()) && p.getDomain() != null) {
            withDomain = new AgencyForm(form.code(), form.name(), form.side(), form.jurisdiction(),
                    List.of(p.getDomain()), form.custodianName(), form.custodianTitle(), form.custodianEmail(),
                    form.custodianPhone(), form.postalAddress(), form.portalUrl(), form.notes());
        }
        Agency agency = agencies.createProposed(withDomain);
        String by = callers.current().username();
        p.accept(agency.getId(), by, clock.instant(), note);
        if (p.getKind() == DirectoryProposal.Kind.NEW_AGENCY && p.getDomain() != null) {
            for (DirectoryProposal same : proposals.openForDomain(p.getDomain())) {
                same.accept(agency.getId(), by, clock.instant(), "accepted with proposal " + p.getId());
            }
        }
        audit.record(by, "DIRECTORY_PROPOSAL_ACCEPT", "directory_proposal", p.getId() + " " + agency.getCode());
        return agency;
    }

    public DirectoryProposal dismiss(long id, String note) {
        DirectoryProposal p = get(id);
        if (!p.isOpen()) {
            throw new BusinessException("proposal.notOpen");
        }
        String by = callers.current().username();
        p.dismiss(by, clock.instant(), note);
        audit.record(by, "DIRECTORY_PROPOSAL_DISMISS", "directory_proposal", String.valueOf(p.getId()));
        return p;
    }
}
