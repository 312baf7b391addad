package org.recordswatch.law;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class JurisdictionZonesTest {

    @Test
    void statesFederalAndZoneIds() {
        assertEquals(ZoneId.of("America/Denver"), JurisdictionZones.of("NM"));
        assertEquals(ZoneId.of("America/Denver"), JurisdictionZones.of("us-nm"));
        assertEquals(ZoneId.of("America/Los_Angeles"), JurisdictionZones.of("CA"));
        assertEquals(ZoneId.of("America/Phoenix"), JurisdictionZones.of("AZ"));
        assertEquals(ZoneId.of("America/New_York"), JurisdictionZones.of("US"));
        assertEquals(ZoneId.of("America/Chicago"), JurisdictionZones.of("America/Chicago"));
        assertEquals(JurisdictionZones.DEFAULT, JurisdictionZones.of("Atlantis"));
        assertEquals(JurisdictionZones.DEFAULT, JurisdictionZones.of(null));
        assertTrue(JurisdictionZones.find("Nowhere/Zone").isEmpty());
    }

    @Test
    void daylightSavingTimeFollowsTheDate() {
        ZoneId nm = JurisdictionZones.of("NM");
        assertEquals(ZoneOffset.ofHours(-7), nm.getRules().getOffset(LocalDateTime.parse("2019-01-15T10:00")));
        assertEquals(ZoneOffset.ofHours(-6), nm.getRules().getOffset(LocalDateTime.parse("2019-07-15T10:00")));
        ZoneId az = JurisdictionZones.of("AZ");
        assertEquals(ZoneOffset.ofHours(-7), az.getRules().getOffset(LocalDateTime.parse("2019-07-15T10:00")),
                "Arizona keeps standard time");
    }
}
