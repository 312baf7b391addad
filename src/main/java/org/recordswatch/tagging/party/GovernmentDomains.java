package org.recordswatch.tagging.party;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.recordswatch.agency.Side;

/**
 * Reads what an unknown e-mail domain says about its owner: {@code .mil} and federal {@code .gov} domains, state
 * domains ({@code dps.texas.gov}, {@code dot.ca.gov}, {@code state.co.us}), local ones ({@code co.dona-ana.nm.us},
 * {@code cityofabq.gov}, {@code lacounty.gov}). Anything else is not a government domain.
 */
public final class GovernmentDomains {

    /** A guess: side, jurisdiction, and a code for the proposed agency. */
    public record Guess(Side side, String jurisdiction, String code) {
    }

    private static final Map<String, String> STATE_NAMES = new TreeMap<>();
    private static final Set<String> STATE_CODES;

    static {
        String[][] states = {{"al", "alabama"}, {"ak", "alaska"}, {"az", "arizona"}, {"ar", "arkansas"},
            {"ca", "california"}, {"co", "colorado"}, {"ct", "connecticut"}, {"de", "delaware"},
            {"dc", "districtofcolumbia"}, {"fl", "florida"}, {"ga", "georgia"}, {"hi", "hawaii"}, {"id", "idaho"},
            {"il", "illinois"}, {"in", "indiana"}, {"ia", "iowa"}, {"ks", "kansas"}, {"ky", "kentucky"},
            {"la", "louisiana"}, {"me", "maine"}, {"md", "maryland"}, {"ma", "massachusetts"}, {"mi", "michigan"},
            {"mn", "minnesota"}, {"ms", "mississippi"}, {"mo", "missouri"}, {"mt", "montana"}, {"ne", "nebraska"},
            {"nv", "nevada"}, {"nh", "newhampshire"}, {"nj", "newjersey"}, {"nm", "newmexico"}, {"ny", "newyork"},
            {"nc", "northcarolina"}, {"nd", "northdakota"}, {"oh", "ohio"}, {"ok", "oklahoma"}, {"or", "oregon"},
            {"pa", "pennsylvania"}, {"ri", "rhodeisland"}, {"sc", "southcarolina"}, {"sd", "southdakota"},
            {"tn", "tennessee"}, {"tx", "texas"}, {"ut", "utah"}, {"vt", "vermont"}, {"va", "virginia"},
            {"wa", "washington"}, {"wv", "westvirginia"}, {"wi", "wisconsin"}, {"wy", "wyoming"},
            {"pr", "puertorico"}};
        for (String[] s : states) {
            STATE_NAMES.put(s[1], s[0]);
        }
        STATE_CODES = Set.copyOf(STATE_NAMES.values());
    }

    private GovernmentDomains() {
    }

    public static Optional<Guess> guess(String domain) {
        if (domain == null || domain.isBlank()) {
            return Optional.empty();
        }
        String[] labels = domain.strip().toLowerCase(Locale.ROOT).split("\\.");
        int n = labels.length;
        if (n < 2) {
            return Optional.empty();
        }
        String tld = labels[n - 1];
        String sld = labels[n - 2];
        String third = n >= 3 ? labels[n - 3] : null;
        if (tld.equals("mil")) {
            return Optional.of(new Guess(Side.FEDERAL, "US", code(third != null ? sld + "_" + third : sld)));
        }
        if (tld.equals("gov")) {
            String state = STATE_CODES.contains(sld) ? sld : STATE_NAMES.get(sld.replace("-", ""));
            if (state != null) {
                if (third != null && isLocal(third)) {
                    return Optional.of(new Guess(Side.LOCAL, state.toUpperCase(Locale.ROOT), code(state + "_" + third)));
                }
                return Optional.of(new Guess(Side.STATE, state.toUpperCase(Locale.ROOT),
                        code(third == null ? state + "_state" : state + "_" + third)));
            }
            if (isLocal(sld)) {
                return Optional.of(new Guess(Side.LOCAL, "", code(sld)));
            }
            return Optional.of(new Guess(Side.FEDERAL, "US", code(third == null ? sld : sld + "_" + third)));
        }
        if (tld.equals("us")) {
            if (STATE_CODES.contains(sld)) {
                if ("state".equals(third)) {
                    String agencyLabel = n >= 4 ? labels[n - 4] : "state";
                    return Optional.of(new Guess(Side.STATE, sld.toUpperCase(Locale.ROOT),
                            code(sld + "_" + agencyLabel)));
                }
                return Optional.of(new Guess(Side.LOCAL, sld.toUpperCase(Locale.ROOT),
                        code(sld + "_" + (third == null ? "local" : third))));
            }
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static boolean isLocal(String label) {
        return label.startsWith("cityof") || label.startsWith("countyof") || label.startsWith("townof")
                || label.startsWith("villageof") || label.endsWith("county") || label.endsWith("city")
                || label.equals("co") || label.equals("ci") || label.equals("k12") || label.startsWith("co-")
                || label.contains("sheriff") || label.contains("police") || label.startsWith("da-")
                || label.endsWith("da");
    }

    private static String code(String raw) {
        String c = raw.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        if (c.isEmpty() || !Character.isLetter(c.charAt(0))) {
            c = "agency_" + c;
        }
        return c.length() > 64 ? c.substring(0, 64) : c;
    }
}
