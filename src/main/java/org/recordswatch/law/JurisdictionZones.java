package org.recordswatch.law;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The time zone in which a jurisdiction's agencies write local times (print-outs and exports show times without an
 * offset): one zone per U.S. state or territory (its capital's; daylight saving time applies by date), Eastern time for
 * the federal government ({@code US}) and for jurisdictions not listed. A jurisdiction may also be given directly as
 * an IANA zone id ({@code America/Denver}).
 */
public final class JurisdictionZones {

    /** The zone used when nothing better is known (federal agencies sit in Washington, D.C.). */
    public static final ZoneId DEFAULT = ZoneId.of("America/New_York");

    private static final Map<String, String> ZONES = Map.ofEntries(
            Map.entry("AL", "America/Chicago"), Map.entry("AK", "America/Anchorage"),
            Map.entry("AZ", "America/Phoenix"), Map.entry("AR", "America/Chicago"),
            Map.entry("CA", "America/Los_Angeles"), Map.entry("CO", "America/Denver"),
            Map.entry("CT", "America/New_York"), Map.entry("DE", "America/New_York"),
            Map.entry("DC", "America/New_York"), Map.entry("FL", "America/New_York"),
            Map.entry("GA", "America/New_York"), Map.entry("HI", "Pacific/Honolulu"),
            Map.entry("ID", "America/Boise"), Map.entry("IL", "America/Chicago"),
            Map.entry("IN", "America/Indiana/Indianapolis"), Map.entry("IA", "America/Chicago"),
            Map.entry("KS", "America/Chicago"), Map.entry("KY", "America/New_York"),
            Map.entry("LA", "America/Chicago"), Map.entry("ME", "America/New_York"),
            Map.entry("MD", "America/New_York"), Map.entry("MA", "America/New_York"),
            Map.entry("MI", "America/Detroit"), Map.entry("MN", "America/Chicago"),
            Map.entry("MS", "America/Chicago"), Map.entry("MO", "America/Chicago"),
            Map.entry("MT", "America/Denver"), Map.entry("NE", "America/Chicago"),
            Map.entry("NV", "America/Los_Angeles"), Map.entry("NH", "America/New_York"),
            Map.entry("NJ", "America/New_York"), Map.entry("NM", "America/Denver"),
            Map.entry("NY", "America/New_York"), Map.entry("NC", "America/New_York"),
            Map.entry("ND", "America/Chicago"), Map.entry("OH", "America/New_York"),
            Map.entry("OK", "America/Chicago"), Map.entry("OR", "America/Los_Angeles"),
            Map.entry("PA", "America/New_York"), Map.entry("RI", "America/New_York"),
            Map.entry("SC", "America/New_York"), Map.entry("SD", "America/Chicago"),
            Map.entry("TN", "America/Chicago"), Map.entry("TX", "America/Chicago"),
            Map.entry("UT", "America/Denver"), Map.entry("VT", "America/New_York"),
            Map.entry("VA", "America/New_York"), Map.entry("WA", "America/Los_Angeles"),
            Map.entry("WV", "America/New_York"), Map.entry("WI", "America/Chicago"),
            Map.entry("WY", "America/Denver"), Map.entry("PR", "America/Puerto_Rico"),
            Map.entry("GU", "Pacific/Guam"), Map.entry("VI", "America/St_Thomas"),
            Map.entry("AS", "Pacific/Pago_Pago"), Map.entry("MP", "Pacific/Saipan"),
            Map.entry("US", "America/New_York"));

    private JurisdictionZones() {
    }

    /** The zone of a jurisdiction code ({@code NM}, {@code US-NM}, {@code US}) or IANA id; {@link #DEFAULT} else. */
    public static ZoneId of(String jurisdiction) {
        return find(jurisdiction).orElse(DEFAULT);
    }

    /** The zone of a jurisdiction when it is known. */
    public static Optional<ZoneId> find(String jurisdiction) {
        if (jurisdiction == null || jurisdiction.isBlank()) {
            return Optional.empty();
        }
        String j = jurisdiction.strip();
        if (j.contains("/")) {
            try {
                return Optional.of(ZoneId.of(j));
            } catch (java.time.DateTimeException e) {
                return Optional.empty();
            }
        }
        String code = j.toUpperCase(Locale.ROOT);
        if (code.startsWith("US-") && code.length() > 3) {
            code = code.substring(3);
        }
        int dash = code.indexOf('-');
        if (dash > 0) {
            code = code.substring(0, dash);
        }
        String zone = ZONES.get(code);
        return zone == null ? Optional.empty() : Optional.of(ZoneId.of(zone));
    }
}
