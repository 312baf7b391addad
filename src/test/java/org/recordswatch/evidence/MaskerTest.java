package org.recordswatch.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class MaskerTest {

    private final Masker masker = Masker.get();

    @Test
    void socialSecurityNumbersKeepTheirLastFourDigits() {
        assertEquals("SSN: ***-**-6789", masker.text("SSN: 123-45-6789"));
        assertEquals("his number is ***-**-4321 on file", masker.text("his number is 987 65 4321 on file"));
        assertEquals("SSN ***-**-1122", masker.text("SSN 555331122"));
        assertEquals("número de seguro social: ***-**-0001", masker.text("número de seguro social: 900120001"));
    }

    @Test
    void numbersThatAreNotSocialSecurityNumbersStay() {
        assertEquals("case 2019-03-05 and zip 87501-1234", masker.text("case 2019-03-05 and zip 87501-1234"));
        assertEquals("Bates NMDOC-000123456", masker.text("Bates NMDOC-000123456"));
        assertEquals("invoice 123456789 paid", masker.text("invoice 123456789 paid"));
    }

    @Test
    void aDateOfBirthKeepsOnlyItsYear() {
        assertEquals("DOB: 1985", masker.text("DOB: 03/14/1985"));
        assertEquals("date of birth 1990, verified", masker.text("date of birth 1990-07-02, verified"));
        assertEquals("born on 1979 in Juárez", masker.text("born on July 4, 1979 in Juárez"));
        assertEquals("fecha de nacimiento: 1992", masker.text("fecha de nacimiento: 5 de marzo de 1992"));
        assertEquals("nacida el 2001", masker.text("nacida el 12/11/2001"));
        assertEquals("D.O.B. 1987", masker.text("D.O.B. 4-9-87"));
    }

    @Test
    void datesWithoutABirthLabelStay() {
        String sent = "Sent: 03/05/2019 10:14 AM. Hearing on March 9, 2020.";
        assertEquals(sent, masker.text(sent));
    }

    @Test
    void aStreetAddressBecomesItsCity() {
        assertEquals("lives at Santa Fe, NM now", masker.text("lives at 1234 Cerrillos Road, Santa Fe, NM 87505 now"));
        assertEquals("address: Las Cruces", masker.text("address: 55 N Main St., Apt 4, Las Cruces"));
        assertEquals("moved to [address] last week", masker.text("moved to 908 Old Pecos Trail last week"));
        assertEquals("vive en Albuquerque", masker.text("vive en 411 Camino del Sol, Albuquerque"));
        assertEquals("domicilio: Madrid", masker.text("domicilio: Calle de Alcalá 42, Madrid"));
    }

    @Test
    void textThatOnlyLooksLikeAnAddressStays() {
        String s = "We received 3 files on Tuesday and 2 Main concerns remain.";
        assertEquals(s, masker.text(s));
    }

    @Test
    void labelledAndAddressedNamesBecomeInitials() {
        assertEquals("Name: J. R.", masker.text("Name: Roe, Jane"));
        assertEquals("Nombre: M. E. G.", masker.text("Nombre: María Elena Gómez"));
        assertEquals("Name: T. V., DOB: 1988", masker.text("Name: Tomas Vega, DOB: 04/12/1988"));
        assertEquals("please locate Mr. J. D. today", masker.text("please locate Mr. John Doe today"));
        assertEquals("la Sra. L. O. llamó", masker.text("la Sra. Lucía Ortega llamó"));
    }

    @Test
    void knownPartyNamesBecomeInitialsInEveryOrder() {
        String masked = masker.text("Jane Roe wrote; ROE, JANE is cc'd; jane   roe again. Janet Roentgen stays.",
                List.of("Jane Roe"));
        assertEquals("J. R. wrote; J. R. is cc'd; J. R. again. Janet Roentgen stays.", masked);
        assertEquals("Plain prose with Roe only", masker.text("Plain prose with Roe only", List.of("Roe")));
    }

    @Test
    void phoneNumbersEmailsLicencesAndANumbersAreMasked() {
        assertEquals("call ***-***-1234 or ***-***-9876",
                masker.text("call (505) 555-1234 or +1 505.555.9876"));
        assertEquals("from j***@ice.dhs.gov", masker.text("from jane.roe@ice.dhs.gov"));
        assertEquals("DL# ******789", masker.text("DL# 123456789"));
        assertEquals("licencia de conducir: ****B12", masker.text("licencia de conducir: NM4AB12"));
        assertEquals("A-*****6789 in removal", masker.text("A123456789 in removal"));
        assertEquals("A-*****4567 pending", masker.text("A# 201-234-567 pending"));
    }

    @Test
    void wordsAfterALicenceLabelWithoutDigitsStay() {
        String s = "license suspended; licencia vencida";
        assertEquals(s, masker.text(s));
    }

    @Test
    void singleValuesAreMasked() {
        assertEquals("J. Q. R.", masker.name("Jane Q. Roe"));
        assertEquals("J. R.", masker.name("Roe, Jane"));
        assertEquals("a***@nmcourts.gov", masker.email("ana.ruiz@nmcourts.gov"));
        assertEquals("***-***-0100", masker.phone("505-827-0100"));
        assertEquals(null, masker.name(null));
        assertEquals("", masker.email(""));
    }

    @Test
    void maskedTextNoLongerContainsTheOriginalValues() {
        String original = "Subject Ana Ruiz, DOB 01/02/1980, SSN 111-22-3333, A# 098765432, at 12 Elm Street, Taos.";
        String masked = masker.text(original, List.of("Ana Ruiz"));
        for (String secret : List.of("Ana Ruiz", "01/02", "111-22", "0987", "12 Elm")) {
            assertFalse(masked.contains(secret), secret + " leaked in " + masked);
        }
        assertTrue(masked.contains("1980") && masked.contains("3333") && masked.contains("Taos"), masked);
    }
}
