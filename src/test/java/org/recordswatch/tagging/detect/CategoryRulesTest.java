package org.recordswatch.tagging.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The counting rules of FORMATS.md on whole messages written for this test: signatures never count, labelled
 * redactions do, unlabelled ones do not, only explicit statements count, requests reveal only the values they carry,
 * in English, Spanish and OCR-noisy text.
 */
class CategoryRulesTest {

    private static final String OFFICER_SIGNATURE = """

            Thanks,

            Renee Okafor
            Deportation Officer
            Enforcement and Removal Operations, Phoenix Field Office
            2035 N Central Ave, Phoenix, AZ 85004
            Office: (602) 555-0131 | Cell: (602) 555-0132
            renee.okafor@ice.dhs.gov
            """;

    @Test
    void officeSignatureCountsForNothing() {
        String body = "Got it, I'll pass it along." + OFFICER_SIGNATURE;
        assertEquals(Set.of(), Seed.categories(body));
    }

    @Test
    void aSignatureWithoutClosingIsFoundFromTheSendersName() {
        String body = """
                Luis,

                Tomas is on my caseload. Cell (928) 555-0144.

                Paul

                Paul Whitehorse
                Probation Officer II
                Adult Probation Department, Coconino County
                Office: (928) 555-0101
                200 N San Francisco St, Flagstaff, AZ 86001
                """;
        var hits = Seed.hits(body, "Whitehorse, Paul");
        assertEquals(Set.of("criminal_history", "phone_number"), Seed.counted(hits));
        assertTrue(hits.stream().anyMatch(h -> h.excerpt().equals("(928) 555-0144")));
        assertFalse(hits.stream().anyMatch(h -> h.excerpt().contains("555-0101")));
    }

    @Test
    void aSubjectsPhoneOnItsOwnLineAboveTheClosingStillCounts() {
        String body = """
                Mr. Ruiz,

                Address: 1818 E Desert Willow Dr, Yuma, AZ 85365
                Phone: (928) 555-0187

                Regards,

                Dana Ashworth
                Eligibility Specialist
                Arizona Department of Economic Security
                """;
        assertEquals(Set.of("home_address", "phone_number"), Seed.categories(body));
    }

    @Test
    void labelledRedactionsCountForTheirCategory() {
        assertEquals(Set.of("ssn"), Seed.categories("Ms. Kaur registered in 2020. SSN on file: [REDACTED (b)(6)]."));
        assertEquals(Set.of("health_disability"), Seed.categories("He left the unit last week. Diagnosis: [WITHHELD]"));
        assertEquals(Set.of("itin"), Seed.categories("ITIN: [REDACTED]"));
    }

    @Test
    void unlabelledRedactionsCountForNothing() {
        assertEquals(Set.of(), Seed.categories("Please see the note: [REDACTED (b)(6)] and call me back."));
    }

    @Test
    void ocrNoiseInNumbersIsRepaired() {
        assertTrue(Seed.categories("CRUZ, Ana, D0B O4/l2/1987, was seen.").contains("date_of_birth"));
        assertTrue(Seed.categories("SSN 4O1-22-7784 was reported.").contains("ssn"));
    }

    @Test
    void aRequestRevealsTheValuesItCarriesButNotTheKindsOfDataItAsksFor() {
        String request = "Could you pull the wage records, employer, UI claims and SNAP case for PEREZ, Ana, "
                + "DOB 02/14/1990, SSN 429-11-3030? I also need her license photo and vehicle info.";
        assertEquals(Set.of("date_of_birth", "ssn"), Seed.categories(request));
    }

    @Test
    void askingWhetherSomeoneLeftAHospitalRevealsTheStay() {
        assertTrue(Seed.categories("Has SOLIS, Pedro been discharged from the State Psychiatric Hospital yet?")
                .contains("health_disability"));
    }

    @Test
    void aGenericRefusalAboutPatientsRevealsNothing() {
        assertEquals(Set.of(), Seed.categories(
                "Privacy law does not let us confirm or deny whether any person is or was a patient of the hospital."));
    }

    @Test
    void speculationIsNotAStatement() {
        assertEquals(Set.of(), Seed.categories("I think she may be homeless now."));
        assertEquals(Set.of(), Seed.categories("He is under federal investigation."));
    }

    @Test
    void aPastAppointmentIsNotWhereSomeoneWillBe() {
        assertEquals(Set.of(), Seed.categories("He missed his appointment on Tuesday at 10:00 AM."));
        assertEquals(Set.of("court_or_appointment"),
                Seed.categories("His next report date is Tuesday 5/6 at 10:00 AM at the Yuma office."));
    }

    @Test
    void anOfficeAddressInsideAnAppointmentIsNotAHomeAddress() {
        Set<String> found = Seed.categories(
                "She reports 8/2 at 9:30 AM at our Tucson office, 32 N Stone Ave, Tucson, AZ 85701.");
        assertTrue(found.contains("court_or_appointment"));
        assertFalse(found.contains("home_address"));
    }

    @Test
    void realTimeWhereaboutsDuringASupervisionVisitCount() {
        assertEquals(Set.of("court_or_appointment"), Seed.categories("Ya llego, esta en la sala de espera."));
        assertEquals(Set.of("court_or_appointment"), Seed.categories("He's in the lobby now."));
    }

    @Test
    void spanishCaseNotesCount() {
        Set<String> found = Seed.categories(
                "Notas del caso: vive con su esposa y dos hijos en el 410 Calle Mina, Nogales; trabaja en la "
                        + "construccion. Nacio en Hermosillo, Sonora. Recibe cupones de alimentos.");
        assertTrue(found.containsAll(Set.of("family_members", "employment_wage", "national_origin",
                "public_assistance")), found::toString);
    }

    @Test
    void aDrivingAuthorizationCardIsImmigrationStatusNotALicenceRecord() {
        assertEquals(Set.of("immigration_status"), Seed.categories("She has a driving authorization card."));
        assertEquals(Set.of("immigration_status", "drivers_license"),
                Seed.categories("She was issued a driving authorization card in 2018, card no. 552210987."));
    }

    @Test
    void ssnVerifiedOrNotIsAboutTheSsn() {
        assertEquals(Set.of("ssn"), Seed.categories("His SSN was not verified."));
        assertEquals(Set.of("immigration_status"), Seed.categories("He is not eligible for an SSN."));
    }

    @Test
    void aNineHundredNumberIsAnItinNeverAnSsn() {
        assertEquals(Set.of("itin"), Seed.categories("She filed with 912-78-1234 on the return."));
        assertEquals(Set.of(), Seed.categories("The number 912-45-1234 is not valid."));
    }

    @Test
    void aVehicleMentionWithoutIdentifiersIsWeak() {
        assertEquals(Set.of(), Seed.categories("One vehicle is registered to him."));
        assertEquals(Set.of("vehicle_registration"), Seed.categories("He drives a 2014 Ford F-150, plate BRT-5521."));
    }

    @Test
    void aRelationshipCountsWhenTheRelativeIsNamedOrLocated() {
        assertEquals(Set.of(), Seed.categories("His two children receive lunch at school."));
        assertEquals(Set.of("family_members"), Seed.categories("His daughter Lucia drives him to work."));
        assertEquals(Set.of("family_members"), Seed.categories("He stays with his brother most nights."));
    }

    @Test
    void aStatementLeadingIntoAQuestionStillCounts() {
        assertEquals(Set.of("family_members"),
                Seed.categories("His wife Marisol keeps calling me, what should I tell her?"));
    }

    @Test
    void staffMeetingsAndInstitutionNamesAreNotAboutADataSubject() {
        assertEquals(Set.of(), Seed.categories("Our staff meeting is scheduled for Tuesday at 10:00 AM."));
        assertEquals(Set.of(), Seed.categories("The Americans with Disabilities Act applies to the lobby."));
        assertEquals(Set.of(), Seed.categories("Disability Rights Arizona asked for the policy."));
    }

    @Test
    void policyTextAboutKindsOfRecordsRevealsNothing() {
        assertEquals(Set.of(), Seed.categories("The Department does not share wage, claimant or benefit information "
                + "for civil immigration enforcement without an order signed by a judge."));
    }
}
