package org.recordswatch.evidence;

import java.io.Serializable;
import java.util.List;

/**
 * Agreement of two coders on one yes/no question (does this message reveal category X?) over the messages both coded:
 * observed agreement, agreement expected by chance, and Cohen's kappa = (po − pe) / (1 − pe). Kappa is 1 for perfect
 * agreement, 0 for chance-level; when both coders gave one and the same answer throughout (pe = 1) it is reported as
 * 1 if they agree everywhere.
 */
public record Agreement(int messages, double observed, double expected, double kappa) implements Serializable {

    /** One message coded by both: the first and the second coder's answers. */
    public record Pair(boolean first, boolean second) {
    }

    public static Agreement of(List<Pair> pairs) {
        int n = pairs.size();
        if (n == 0) {
            return new Agreement(0, Double.NaN, Double.NaN, Double.NaN);
        }
        int both = 0;
        int neither = 0;
        int firstYes = 0;
        int secondYes = 0;
        for (Pair p : pairs) {
            if (p.first() && p.second()) {
                both++;
            } else if (!p.first() && !p.second()) {
                neither++;
            }
            firstYes += p.first() ? 1 : 0;
            secondYes += p.second() ? 1 : 0;
        }
        double po = (double) (both + neither) / n;
        double pe = ((double) firstYes / n) * ((double) secondYes / n)
                + ((double) (n - firstYes) / n) * ((double) (n - secondYes) / n);
        double kappa = pe >= 1.0 ? (po >= 1.0 ? 1.0 : 0.0) : (po - pe) / (1 - pe);
        return new Agreement(n, po, pe, kappa);
    }
}
