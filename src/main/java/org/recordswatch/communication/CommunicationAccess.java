package org.recordswatch.communication;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.recordswatch.account.Organization;
import org.recordswatch.platform.NotFoundException;
import org.recordswatch.platform.security.AccessRefused;
import org.recordswatch.platform.security.Caller;
import org.recordswatch.platform.security.CallerContext;
import org.recordswatch.platform.security.Role;
import org.recordswatch.request.Campaign;

/**
 * Who may read a campaign's communications: admins all; advocates and analysts those of their organization's
 * campaigns and of campaigns shared with their coalition. Records officers none: the communications are the
 * requesters' analysis of what agencies produced (an officer sees the documents of their agency in the inbox, not
 * the analysis). Anything else is "not found" and announced as a refusal.
 */
@Dependent
public class CommunicationAccess {

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerContext callers;

    @Inject
    Event<AccessRefused> refusals;

    public Caller caller() {
        return callers.current();
    }

    /** The campaign when the caller may read its communications. */
    public Campaign campaign(long campaignId, String action) {
        Campaign c = em.find(Campaign.class, campaignId);
        if (c == null || !mayRead(c, caller())) {
            throw refuse(action, "campaign", campaignId);
        }
        return c;
    }

    /** The campaign when the caller may change its analysis (advocates of the owning organization, admins). */
    public Campaign ownedCampaign(long campaignId, String action) {
        Campaign c = campaign(campaignId, action);
        if (!caller().hasRole(Role.ADMIN) && !c.isOwnedBy(caller())) {
            throw refuse(action, "campaign", campaignId);
        }
        return c;
    }

    public Communication communication(long id, String action) {
        Communication c = em.find(Communication.class, id);
        if (c == null) {
            throw refuse(action, "communication", id);
        }
        Campaign campaign = em.find(Campaign.class, c.getCampaignId());
        if (campaign == null || !mayRead(campaign, caller())) {
            throw refuse(action, "communication", id);
        }
        return c;
    }

    public ConversationThread thread(long id, String action) {
        ConversationThread t = em.find(ConversationThread.class, id);
        if (t == null) {
            throw refuse(action, "conversation_thread", id);
        }
        Campaign campaign = em.find(Campaign.class, t.getCampaignId());
        if (campaign == null || !mayRead(campaign, caller())) {
            throw refuse(action, "conversation_thread", id);
        }
        return t;
    }

    /** Whether a caller may read a campaign's communications. */
    public static boolean mayRead(Campaign campaign, Caller caller) {
        if (caller.hasRole(Role.ADMIN)) {
            return true;
        }
        if (!caller.hasAnyRole(Role.ADVOCATE, Role.ANALYST)) {
            return false;
        }
        Organization org = campaign.getOrganization();
        if (org.getId().equals(caller.organizationId())) {
            return true;
        }
        return campaign.isSharedWithCoalition() && org.getCoalition() != null && caller.coalitionId() != null
                && org.getCoalition().getId().equals(caller.coalitionId());
    }

    NotFoundException refuse(String action, String type, Object id) {
        refusals.fire(new AccessRefused(caller().username(), action, type, String.valueOf(id)));
        return new NotFoundException(type, id);
    }
}
