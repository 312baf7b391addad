package org.recordswatch.tagging.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.recordswatch.agency.Side;
import org.recordswatch.tagging.Direction;

class DirectionRuleTest {

    @Test
    void stateStaffWritingToAnyFederalRecipientDiscloseOutward() {
        assertEquals(Direction.STATE_TO_FEDERAL, DirectionRule.of(Side.STATE, List.of(Side.FEDERAL)));
        assertEquals(Direction.STATE_TO_FEDERAL, DirectionRule.of(Side.STATE, List.of(Side.STATE, Side.FEDERAL)));
    }

    @Test
    void federalSendersWritingToStateStaff() {
        assertEquals(Direction.FEDERAL_TO_STATE, DirectionRule.of(Side.FEDERAL, List.of(Side.STATE)));
        assertEquals(Direction.FEDERAL_TO_STATE, DirectionRule.of(Side.FEDERAL, List.of(Side.FEDERAL, Side.STATE)));
    }

    @Test
    void onlyStateStaffIsInternal() {
        assertEquals(Direction.INTERNAL, DirectionRule.of(Side.STATE, List.of(Side.STATE, Side.STATE)));
    }

    @Test
    void everythingElseIsOther() {
        assertEquals(Direction.OTHER, DirectionRule.of(Side.STATE, List.of(Side.LOCAL)));
        assertEquals(Direction.OTHER, DirectionRule.of(Side.STATE, List.of(Side.STATE, Side.LOCAL)));
        assertEquals(Direction.OTHER, DirectionRule.of(Side.FEDERAL, List.of(Side.FEDERAL)));
        assertEquals(Direction.OTHER, DirectionRule.of(Side.LOCAL, List.of(Side.STATE)));
        assertEquals(Direction.OTHER, DirectionRule.of(Side.STATE, List.of()));
        assertEquals(Direction.OTHER, DirectionRule.of(Side.OTHER, List.of(Side.FEDERAL)));
    }
}
