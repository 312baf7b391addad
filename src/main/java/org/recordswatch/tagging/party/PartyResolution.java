package org.recordswatch.tagging.party;

import java.util.Optional;
import org.recordswatch.agency.AgencyCode;
import org.recordswatch.agency.Side;
import org.recordswatch.tagging.Correspondent;

/**
 * Which agency a party belongs to, how that was decided and how sure it is.
 *
 * @param party the party as written
 * @param agency the agency (null when unresolved or proposed)
 * @param side the side (of the agency, of the proposal, or {@link Side#OTHER})
 * @param method how it was decided
 * @param confidence 0 to 1
 * @param proposal the proposed agency, for {@link ResolutionMethod#PROPOSED}
 * @param note what an analyst should know ({@code shared domain state.nm.us; signature names Motor Vehicle Division})
 */
public record PartyResolution(Correspondent party, AgencyCode agency, Side side, ResolutionMethod method,
        double confidence, AgencyProposal proposal, String note) {

    public Optional<AgencyCode> agencyCode() {
        return Optional.ofNullable(agency);
    }

    /** The code to export: the agency's, else the proposal's suggested code, else empty. */
    public String exportCode() {
        if (agency != null) {
            return agency.value();
        }
        return proposal != null ? proposal.suggestedCode() : "";
    }

    /** Whether an analyst should look at this resolution (unknown, proposed, guessed). */
    public boolean needsReview() {
        return method == ResolutionMethod.UNRESOLVED || method == ResolutionMethod.PROPOSED
                || method == ResolutionMethod.AMBIGUOUS_DOMAIN || confidence < 0.6;
    }

    static PartyResolution unresolved(Correspondent party, String note) {
        return new PartyResolution(party, null, Side.OTHER, ResolutionMethod.UNRESOLVED, 0.0, null, note);
    }
}
