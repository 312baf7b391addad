package org.recordswatch.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.recordswatch.account.Organization;
import org.recordswatch.agency.Agency;
import org.recordswatch.agency.AgencyCode;
import org.recordswatch.agency.Side;
import org.recordswatch.platform.security.Caller;
import org.recordswatch.platform.security.Role;
import org.recordswatch.request.Actor;
import org.recordswatch.request.Campaign;
import org.recordswatch.request.RecordsRequest;

/** Who may re-run a failed extraction: the organization's advocates, analysts, admins, the agency's officers. */
class ExtractionRerunPolicyTest {

    private RecordsRequest request;

    private static <T> T withId(T entity, long id) throws Exception {
        Field f = entity.getClass().getDeclaredField("id");
        f.setAccessible(true);
        f.set(entity, id);
        return entity;
    }

    private static Caller caller(Role role, Long org, Long agency) {
        return new Caller(99L, "someone", role, org, null, agency);
    }

    @BeforeEach
    void setUp() throws Exception {
        Campaign campaign = new Campaign(withId(new Organization("Somos", null), 10), "ana", 1L,
                Instant.parse("2026-01-15T10:00:00Z"));
        Agency agency = withId(new Agency(new AgencyCode("nm_doh"), "Department of Health", Side.STATE, "NM"), 20);
        request = new RecordsRequest(campaign, agency, null, "IPRA request", "Dear custodian", Instant.now());
        LocalDate friday = LocalDate.parse("2026-01-16");
        request.submit(friday, new Actor("ana", Role.ADVOCATE, Instant.parse("2026-01-16T15:00:00Z"), friday), null);
    }

    @Test
    void theOrganizationsAdvocatesAnalystsAndAdminsMayRerun() {
        assertTrue(ExtractionService.mayRerun(caller(Role.ADVOCATE, 10L, null), request));
        assertTrue(ExtractionService.mayRerun(caller(Role.ANALYST, 10L, null), request));
        assertTrue(ExtractionService.mayRerun(caller(Role.ADMIN, null, null), request));
    }

    @Test
    void advocatesOfAnotherOrganizationMayNot() {
        assertFalse(ExtractionService.mayRerun(caller(Role.ADVOCATE, 11L, null), request));
        assertFalse(ExtractionService.mayRerun(caller(Role.ANALYST, 11L, null), request));
    }

    @Test
    void officersOnlyOnTheirOwnAgencysRequests() {
        assertTrue(ExtractionService.mayRerun(caller(Role.RECORDS_OFFICER, null, 20L), request));
        assertFalse(ExtractionService.mayRerun(caller(Role.RECORDS_OFFICER, null, 21L), request));
    }
}
