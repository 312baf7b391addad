package org.recordswatch.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.recordswatch.platform.AccessDeniedException;
import org.recordswatch.platform.security.Caller;
import org.recordswatch.platform.security.Role;

class MaskingTest {

    private static Caller as(Role role) {
        return new Caller(1L, "u", role, null, null, null);
    }

    @Test
    void everyoneGetsMaskedOutputByDefault() {
        for (Role r : Role.values()) {
            assertEquals(Masking.MASKED, Masking.forRequest(as(r), false));
        }
    }

    @Test
    void onlyAnAdministratorMayHaveUnmaskedOutput() {
        assertEquals(Masking.UNMASKED, Masking.forRequest(as(Role.ADMIN), true));
        assertThrows(AccessDeniedException.class, () -> Masking.forRequest(as(Role.ANALYST), true));
        assertThrows(AccessDeniedException.class, () -> Masking.forRequest(as(Role.RECORDS_OFFICER), true));
        assertThrows(AccessDeniedException.class, () -> Masking.forRequest(Caller.system(), true));
    }
}
