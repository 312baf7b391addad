package org.recordswatch.tagging.detect;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ValidatorsTest {

    @Test
    void socialSecurityNumbersFollowTheAreaGroupAndSerialRules() {
        assertTrue(Validators.ssn("401-22-7784"));
        assertTrue(Validators.ssn("772 11 0934"));
        assertFalse(Validators.ssn("000-22-7784"));
        assertFalse(Validators.ssn("666-22-7784"));
        assertFalse(Validators.ssn("912-78-1234"));
        assertFalse(Validators.ssn("401-00-7784"));
        assertFalse(Validators.ssn("401-22-0000"));
        assertFalse(Validators.ssn("078-05-1120"));
        assertFalse(Validators.ssn("40122778"));
    }

    @Test
    void itinsStartWithNineAndUseTheIssuedGroups() {
        assertTrue(Validators.itin("912-78-1234"));
        assertTrue(Validators.itin("900-50-0001"));
        assertTrue(Validators.itin("999-99-9999"));
        assertTrue(Validators.itin("950-90-1234"));
        assertFalse(Validators.itin("912-93-1234"));
        assertFalse(Validators.itin("912-49-1234"));
        assertFalse(Validators.itin("912-66-1234"));
        assertFalse(Validators.itin("812-78-1234"));
    }

    @Test
    void vinsNeedTheRightCheckDigit() {
        assertTrue(Validators.vin("1HGCM82633A004352"));
        assertTrue(Validators.vin("1M8GDM9AXKP042788"));
        assertFalse(Validators.vin("1HGCM82633A004353"));
        assertFalse(Validators.vin("1HGCM82633A00435"));
        assertFalse(Validators.vin("1HGCM82O33A004352"));
        assertFalse(Validators.vin("11111111111111111"));
    }

    @Test
    void birthDatesAreRealPastDates() {
        assertTrue(Validators.birthdate("04/12/1987"));
        assertTrue(Validators.birthdate("14/03/1988"));
        assertTrue(Validators.birthdate("1987-04-12"));
        assertTrue(Validators.birthdate("June 4, 1998"));
        assertFalse(Validators.birthdate("02/30/1987"));
        assertFalse(Validators.birthdate("04/12/2999"));
        assertFalse(Validators.birthdate("04/12/1850"));
    }

    @Test
    void phonesAreNorthAmericanOrInternational() {
        assertTrue(Validators.phone("(505) 555-0147"));
        assertTrue(Validators.phone("+1 505.555.0147"));
        assertTrue(Validators.phone("+52 656 123 4567"));
        assertFalse(Validators.phone("(105) 555-0147"));
        assertFalse(Validators.phone("505-055-0147"));
    }

    @Test
    void platesMixLettersAndDigits() {
        assertTrue(Validators.plate("ABC-123"));
        assertTrue(Validators.plate("7XYZ123"));
        assertFalse(Validators.plate("ABCDEF"));
        assertFalse(Validators.plate("123456"));
        assertFalse(Validators.plate("A1B2C3D4E5"));
    }

    @Test
    void validatorsAreFoundByName() {
        assertTrue(Validators.named("SSN").isPresent());
        assertFalse(Validators.named("luhn").isPresent());
    }
}
