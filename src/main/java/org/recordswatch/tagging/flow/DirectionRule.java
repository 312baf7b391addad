package org.recordswatch.tagging.flow;

import java.util.Collection;
import org.recordswatch.agency.Side;
import org.recordswatch.tagging.Direction;

/**
 * The direction of a message from the sides of its parties (taxonomy.json): a state sender with any federal recipient
 * is state-to-federal; a federal sender with any state recipient is federal-to-state; a state sender with only state
 * recipients is internal; anything else is other.
 */
public final class DirectionRule {

    private DirectionRule() {
    }

    public static Direction of(Side sender, Collection<Side> recipients) {
        if (sender == Side.STATE) {
            if (recipients.contains(Side.FEDERAL)) {
                return Direction.STATE_TO_FEDERAL;
            }
            boolean onlyState = !recipients.isEmpty() && recipients.stream().allMatch(s -> s == Side.STATE);
            return onlyState ? Direction.INTERNAL : Direction.OTHER;
        }
        if (sender == Side.FEDERAL && recipients.contains(Side.STATE)) {
            return Direction.FEDERAL_TO_STATE;
        }
        return Direction.OTHER;
    }
}
