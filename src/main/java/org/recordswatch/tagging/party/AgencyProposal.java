package org.recordswatch.tagging.party;

import org.recordswatch.agency.Side;

/**
 * A new agency proposed for the directory, from an unknown government e-mail domain; an analyst confirms it.
 *
 * @param domain the e-mail domain seen
 * @param suggestedCode a code derived from the domain ({@code tx_dps})
 * @param suggestedName a name taken from the sender's signature when one names an organisation, else the domain
 * @param side the side the domain suggests ({@code .mil}, federal {@code .gov}, state or local domains)
 * @param jurisdiction {@code US}, a state code, or empty
 * @param evidence why it was proposed
 */
public record AgencyProposal(String domain, String suggestedCode, String suggestedName, Side side,
        String jurisdiction, String evidence) {
}
