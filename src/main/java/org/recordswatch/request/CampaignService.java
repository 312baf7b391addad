package org.recordswatch.request;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.recordswatch.account.Organization;
import org.recordswatch.agency.Agency;
import org.recordswatch.agency.AgencyRepository;
import org.recordswatch.audit.AuditTrail;
import org.recordswatch.law.Law;
import org.recordswatch.law.LawRepository;
import org.recordswatch.platform.security.Authorized;
import org.recordswatch.platform.security.Caller;
import org.recordswatch.platform.security.Role;

/**
 * Campaigns: one request written once and sent to many agencies, each under its own law. Creating a campaign fans it
 * out into one draft request per agency with its letter filled in; sending it submits every draft. Advocates work on
 * their organization's campaigns (and on those shared with their coalition); analysts read; admins do everything;
 * records officers see no campaign.
 */
@Stateless
public class CampaignService {

    static final int MAX_AGENCIES = 200;

    @PersistenceContext
    EntityManager em;

    @Inject
    RequestAccess access;

    @Inject
    RequestRepository repository;

    @Inject
    AgencyRepository agencies;

    @Inject
    LawRepository laws;

    @Inject
    LetterComposer composer;

    @Inject
    Submissions submissions;

    @Inject
    AuditTrail audit;

    @Authorized({Role.ADVOCATE, Role.ANALYST, Role.ADMIN})
    public List<Campaign> campaigns(String text, int first, int max) {
        return repository.campaigns(access.caller(), text, first, Math.min(max, 500));
    }

    @Authorized({Role.ADVOCATE, Role.ANALYST, Role.ADMIN})
    public long count(String text) {
        return repository.countCampaigns(access.caller(), text);
    }

    /** For an autocomplete: at most ten campaigns whose title contains the text. */
    @Authorized({Role.ADVOCATE, Role.ANALYST, Role.ADMIN})
    public List<Campaign> suggest(String text) {
        return repository.campaigns(access.caller(), text, 0, 10);
    }

    @Authorized({Role.ADVOCATE, Role.ANALYST, Role.ADMIN})
    public Campaign campaign(long id) {
        return access.campaign(id, "READ");
    }

    /** The campaign's requests, one per agency, by agency name: the outcome table. */
    @Authorized({Role.ADVOCATE, Role.ANALYST, Role.ADMIN})
    public List<RecordsRequest> requests(long campaignId) {
        access.campaign(campaignId, "READ");
        return repository.ofCampaign(campaignId);
    }

    @Authorized({Role.ADVOCATE, Role.ANALYST, Role.ADMIN})
    public Map<RequestStatus, Long> statusCounts(long campaignId) {
        access.campaign(campaignId, "READ");
        return repository.statusCounts(campaignId);
    }

    /** Creates the campaign and a draft request to each agency, its letter rendered from the template. */
    @Authorized({Role.ADVOCATE, Role.ADMIN})
    public Campaign create(CampaignForm form, List<Long> agencyIds) {
        Caller caller = access.caller();
        Long orgId = caller.hasRole(Role.ADMIN) ? form.organizationId() : caller.organizationId();
        Organization org = orgId == null ? null : em.find(Organization.class, orgId);
        if (org == null) {
            throw new InvalidCampaignException("campaign.organizationRequired");
        }
        if (agencyIds == null || agencyIds.isEmpty()) {
            throw new InvalidCampaignException("campaign.agenciesRequired");
        }
        Campaign campaign = new Campaign(org, caller.username(), caller.userId(), access.actor().at());
        campaign.describe(form.title(), form.description(), templateOrDefault(form), form.recordsDescribed(),
                form.dateFrom(), form.dateTo(), form.requesterName(), form.requesterEmail(), form.letterLanguage());
        campaign.share(form.sharedWithCoalition());
        em.persist(campaign);
        addRequests(campaign, agencyIds);
        em.flush();
        audit.record(caller.username(), "CAMPAIGN_CREATE", "campaign", String.valueOf(campaign.getId()));
        return campaign;
    }

    /** The template given, or the standard letter in the campaign's language (scripts need not write one). */
    private static String templateOrDefault(CampaignForm form) {
        if (form.letterTemplate() != null && !form.letterTemplate().isBlank()) {
            return form.letterTemplate();
        }
        String language = "es".equals(form.letterLanguage()) ? "es" : "en";
        return org.recordswatch.platform.web.Messages.get(java.util.Locale.forLanguageTag(language),
                "campaign.template.default");
    }

    /** Changes the campaign; the letters of requests still in draft are written again from the new template. */
    @Authorized({Role.ADVOCATE, Role.ADMIN})
    public Campaign update(long id, CampaignForm form) {
        Campaign campaign = access.ownedCampaign(id, "UPDATE");
        campaign.describe(form.title(), form.description(), form.letterTemplate(), form.recordsDescribed(),
                form.dateFrom(), form.dateTo(), form.requesterName(), form.requesterEmail(), form.letterLanguage());
        campaign.share(form.sharedWithCoalition());
        LocalDate today = access.today();
        for (RecordsRequest r : repository.ofCampaign(id)) {
            if (r.getStatus() == RequestStatus.DRAFT) {
                r.writeLetter(composer.subject(campaign, r.getLaw()),
                        composer.body(campaign, r.getAgency(), r.getLaw(), today));
            }
        }
        audit.record(access.caller().username(), "CAMPAIGN_UPDATE", "campaign", String.valueOf(id));
        return campaign;
    }

    /** Adds agencies to a campaign (agencies it already has are skipped); returns the new drafts. */
    @Authorized({Role.ADVOCATE, Role.ADMIN})
    public List<RecordsRequest> addAgencies(long id, List<Long> agencyIds) {
        Campaign campaign = access.ownedCampaign(id, "UPDATE");
        List<RecordsRequest> added = addRequests(campaign, agencyIds);
        em.flush();
        audit.record(access.caller().username(), "CAMPAIGN_ADD_AGENCIES", "campaign", String.valueOf(id));
        return added;
    }

    private List<RecordsRequest> addRequests(Campaign campaign, List<Long> agencyIds) {
        Set<Long> have = new HashSet<>();
        if (campaign.getId() != null) {
            for (RecordsRequest r : repository.ofCampaign(campaign.getId())) {
                have.add(r.getAgency().getId());
            }
        }
        List<Agency> chosen = agencies.findAll(agencyIds.stream().distinct().toList());
        if (chosen.size() + have.size() > MAX_AGENCIES) {
            throw new InvalidCampaignException("campaign.tooManyAgencies", MAX_AGENCIES);
        }
        if (chosen.size() != agencyIds.stream().distinct().count()) {
            throw new InvalidCampaignException("campaign.unknownAgency");
        }
        LocalDate today = access.today();
        List<RecordsRequest> added = new ArrayList<>();
        for (Agency agency : chosen) {
            if (have.contains(agency.getId())) {
                continue;
            }
            Law law = laws.forJurisdiction(agency.getJurisdiction()).orElse(null);
            RecordsRequest r = new RecordsRequest(campaign, agency, law, composer.subject(campaign, law),
                    composer.body(campaign, agency, law, today), access.actor().at());
            em.persist(r);
            added.add(r);
        }
        return added;
    }

    /** The letter one agency would get, for a preview before the campaign is saved. */
    @Authorized({Role.ADVOCATE, Role.ADMIN})
    public String previewLetter(CampaignForm form, long agencyId) {
        Caller caller = access.caller();
        Long orgId = caller.hasRole(Role.ADMIN) && form.organizationId() != null ? form.organizationId()
                : caller.organizationId();
        Organization org = orgId == null ? new Organization("-", null) : em.find(Organization.class, orgId);
        Campaign draft = new Campaign(org == null ? new Organization("-", null) : org, caller.username(),
                caller.userId(), access.actor().at());
        draft.describe(form.title(), form.description(), form.letterTemplate(), form.recordsDescribed(),
                form.dateFrom(), form.dateTo(), form.requesterName(), form.requesterEmail(), form.letterLanguage());
        Agency agency = agencies.find(agencyId).orElseThrow(() -> access.refuse("READ", "agency", agencyId));
        Law law = laws.forJurisdiction(agency.getJurisdiction()).orElse(null);
        return composer.subject(draft, law) + "\n\n" + composer.body(draft, agency, law, access.today());
    }

    /**
     * Submits every draft of the campaign as received on {@code receivedOn}; with {@code byEmail}, each letter goes
     * to the custodian's address (through SMTP, or held in the outbox). Returns how many were submitted.
     */
    @Authorized({Role.ADVOCATE, Role.ADMIN})
    public int sendDrafts(long campaignId, LocalDate receivedOn, boolean byEmail) {
        Campaign campaign = access.campaign(campaignId, "SUBMIT");
        if (!campaign.isTrackableBy(access.caller())) {
            throw access.refuse("SUBMIT", "campaign", campaignId);
        }
        int n = 0;
        for (RecordsRequest r : repository.ofCampaign(campaignId)) {
            if (r.getStatus() == RequestStatus.DRAFT) {
                submissions.submit(r, receivedOn, byEmail, null);
                n++;
            }
        }
        return n;
    }
}
