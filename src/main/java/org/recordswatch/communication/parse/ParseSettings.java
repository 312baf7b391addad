package org.recordswatch.communication.parse;

import java.time.ZoneId;
import java.util.Objects;

/**
 * What the splitter needs to know besides the document.
 *
 * @param agencyZone the producing agency's time zone: print-outs and exports show local times without offset, and
 *     they are read in this zone (daylight saving time applied for the date)
 * @param producingAgency the code of the agency that produced the document (carried into {@link SourceRef}); may be
 *     {@code null}
 * @param dayFirst whether numeric dates such as 03/05/2019 are day-first (5 March) rather than month-first; dates
 *     whose first number exceeds 12 are read day-first anyway
 */
public record ParseSettings(ZoneId agencyZone, String producingAgency, boolean dayFirst) {

    public ParseSettings {
        Objects.requireNonNull(agencyZone, "agencyZone");
    }

    public static ParseSettings of(ZoneId zone, String producingAgency) {
        return new ParseSettings(zone, producingAgency, false);
    }
}
