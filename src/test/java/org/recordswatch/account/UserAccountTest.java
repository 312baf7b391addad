package org.recordswatch.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.recordswatch.agency.Agency;
import org.recordswatch.agency.AgencyCode;
import org.recordswatch.agency.Side;
import org.recordswatch.platform.security.Role;

class UserAccountTest {

    private static final Instant T0 = Instant.parse("2026-01-05T10:00:00Z");

    private static UserAccount user() {
        return new UserAccount("Ana.Lopez", "Ana López", "ana@example.org", "hash", T0);
    }

    @Test
    void usernamesAreCaseInsensitive() {
        assertEquals("ana.lopez", user().getUsername());
    }

    @Test
    void refusesUsernamesWithUnsafeCharacters() {
        assertThrows(IllegalArgumentException.class, () -> new UserAccount("ana lopez", "A", null, "h", T0));
        assertThrows(IllegalArgumentException.class, () -> new UserAccount("<script>", "A", null, "h", T0));
    }

    @Test
    void aRecordsOfficerNeedsAnAgencyAndLosesTheOrganization() {
        UserAccount u = user();
        Agency mvd = new Agency(new AgencyCode("nm_mvd"), "MVD", Side.STATE, "nm");
        u.assign(Role.RECORDS_OFFICER, new Organization("ACLU", null), mvd);
        assertEquals(mvd, u.getAgency());
        assertNull(u.getOrganization());
        assertThrows(IllegalArgumentException.class, () -> u.assign(Role.RECORDS_OFFICER, null, null));
    }

    @Test
    void onlyRecordsOfficersAreBoundToAnAgency() {
        UserAccount u = user();
        Agency mvd = new Agency(new AgencyCode("nm_mvd"), "MVD", Side.STATE, "NM");
        assertThrows(IllegalArgumentException.class, () -> u.assign(Role.ANALYST, null, mvd));
    }

    @Test
    void anAdvocateBelongsToAnOrganization() {
        UserAccount u = user();
        assertThrows(IllegalArgumentException.class, () -> u.assign(Role.ADVOCATE, null, null));
        u.assign(Role.ADVOCATE, new Organization("Somos", null), null);
        assertEquals(Role.ADVOCATE, u.getRole());
    }

    @Test
    void fiveFailuresLockForFiveMinutesThenTheLockLapses() {
        UserAccount u = user();
        for (int i = 0; i < 4; i++) {
            u.recordFailedLogin(T0);
        }
        assertFalse(u.isLocked(T0));
        u.recordFailedLogin(T0);
        assertTrue(u.isLocked(T0.plusSeconds(299)));
        assertFalse(u.isLocked(T0.plusSeconds(301)));
    }

    @Test
    void onlyEnglishAndSpanishAreOffered() {
        UserAccount u = user();
        u.preferLocale("es");
        assertEquals("es", u.getLocale());
        assertThrows(IllegalArgumentException.class, () -> u.preferLocale("fr"));
    }
}
