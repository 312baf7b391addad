package org.recordswatch.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void refusesPasswordsShorterThanTwelveCharacters() {
        assertEquals(Optional.of("password.tooShort"), PasswordPolicy.violation("ana", "elevenchars".toCharArray()));
    }

    @Test
    void refusesCommonPasswordsWhateverTheirCase() {
        assertEquals(Optional.of("password.tooCommon"), PasswordPolicy.violation("ana", "PassWord1234".toCharArray()));
        assertEquals(Optional.of("password.tooCommon"), PasswordPolicy.violation("ana", "qwertyuiop12".toCharArray()));
    }

    @Test
    void refusesAPasswordContainingTheUsername() {
        assertEquals(Optional.of("password.tooCommon"),
                PasswordPolicy.violation("hollister", "my-hollister-2019".toCharArray()));
    }

    @Test
    void acceptsALongPassphrase() {
        assertTrue(PasswordPolicy.violation("ana", "silver river at dawn".toCharArray()).isEmpty());
    }

    @Test
    void refusesAbsurdlyLongPasswords() {
        assertEquals(Optional.of("password.tooLong"), PasswordPolicy.violation("ana", "x".repeat(129).toCharArray()));
    }
}
