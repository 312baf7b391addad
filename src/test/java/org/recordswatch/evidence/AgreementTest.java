package org.recordswatch.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgreementTest {

    private static List<Agreement.Pair> pairs(int yesYes, int yesNo, int noYes, int noNo) {
        List<Agreement.Pair> out = new ArrayList<>();
        for (int i = 0; i < yesYes; i++) {
            out.add(new Agreement.Pair(true, true));
        }
        for (int i = 0; i < yesNo; i++) {
            out.add(new Agreement.Pair(true, false));
        }
        for (int i = 0; i < noYes; i++) {
            out.add(new Agreement.Pair(false, true));
        }
        for (int i = 0; i < noNo; i++) {
            out.add(new Agreement.Pair(false, false));
        }
        return out;
    }

    @Test
    void kappaMatchesTheTextbookExample() {
        // 50 items: 20 yes/yes, 5 yes/no, 10 no/yes, 15 no/no → po 0.7, pe 0.5, kappa 0.4
        Agreement a = Agreement.of(pairs(20, 5, 10, 15));
        assertEquals(50, a.messages());
        assertEquals(0.7, a.observed(), 1e-9);
        assertEquals(0.5, a.expected(), 1e-9);
        assertEquals(0.4, a.kappa(), 1e-9);
    }

    @Test
    void perfectAgreementIsOneAndSystematicDisagreementIsNegative() {
        assertEquals(1.0, Agreement.of(pairs(3, 0, 0, 7)).kappa(), 1e-9);
        assertTrue(Agreement.of(pairs(0, 5, 5, 0)).kappa() < 0);
        assertEquals(1.0, Agreement.of(pairs(0, 0, 0, 4)).kappa(), 1e-9, "both always said no");
        assertTrue(Double.isNaN(Agreement.of(List.of()).kappa()));
    }
}
