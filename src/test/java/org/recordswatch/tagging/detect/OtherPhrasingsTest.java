package org.recordswatch.tagging.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Whole messages in styles the development corpus does not use (another state's licence office, a county probation
 * report, a Spanish case note, a check-in note), so the seed is held to general phrasing rather than one corpus.
 */
class OtherPhrasingsTest {

    @Test
    void aLicenceOfficeReplyFromAnotherState() {
        String body = """
                Hi Officer Tran,

                Per your request: Maria Elena Quiroga, D.O.B. 3/14/81, holds California DL D4412873 (AB 60, exp. \
                2025). Residence address: 2231 Sunnyslope Ave, Apt 7, Van Nuys, CA 91405. Registered vehicle: 2009 \
                Honda Civic.

                Best,

                Gloria Park
                Licensing Registration Examiner
                California Department of Motor Vehicles
                Tel: (916) 555-0133
                """;
        assertEquals(Set.of("date_of_birth", "drivers_license", "home_address", "immigration_status",
                "vehicle_registration"), Seed.categories(body));
    }

    @Test
    void aCountyProbationReport() {
        String body = "Subject: HERRERA-SOTO, Jaime (DOB 11/02/1979, POB Michoacan, MX). He is currently on felony "
                + "probation and his next court date is 05/12 at 8:30 AM in Dept. 4 of the Hall of Justice. He resides "
                + "with his girlfriend and her 2 kids at 455 Alder Ln, Salinas.";
        assertEquals(Set.of("court_or_appointment", "criminal_history", "date_of_birth", "family_members",
                "home_address", "national_origin"), Seed.categories(body));
    }

    @Test
    void aSpanishCaseNote() {
        String body = """
                Buenas tardes agente,

                El señor Rubén Ortega Díaz, fecha de nacimiento 12 de abril de 1987, es originario de San Pedro \
                Sula, Honduras. Tiene una orden de deportación desde 2017. Su esposa se llama Lidia y trabajan los \
                dos en una empacadora de chile en Hatch. Su número de celular es 575-555-0166.

                Atentamente,
                Lic. Ana Beltrán
                Coordinadora de Casos
                """;
        assertEquals(Set.of("date_of_birth", "employment_wage", "family_members", "immigration_status",
                "national_origin", "phone_number"), Seed.categories(body));
    }

    @Test
    void aCheckInNoteWithLiveWhereabouts() {
        assertEquals(Set.of("court_or_appointment", "employment_wage", "shelter_or_homelessness"), Seed.categories(
                "Participant checked in at 9:05 and is currently in the waiting room. He mentioned he lost his job "
                        + "at the dairy last week and is staying at the Salvation Army shelter downtown."));
    }

    @Test
    void healthAndBenefits() {
        assertEquals(Set.of("health_disability", "public_assistance"), Seed.categories(
                "He is HIV positive and receives SSI due to a disability. He was hospitalized in March."));
    }

    @Test
    void aVictimVisaIsBothVictimAndStatus() {
        assertEquals(Set.of("crime_victim", "date_of_birth", "immigration_status"),
                Seed.categories("Any update on the address for LOPEZ, Marta? She is a U visa applicant, DOB 7/7/1992."));
    }

    @Test
    void policiesAndLogisticsRevealNothing() {
        assertEquals(Set.of(), Seed.categories("FYI our unit meeting got moved to Thursday 6/2 at 3:00 PM, room B."));
        assertEquals(Set.of(), Seed.categories("Per policy, MVD does not release photographs, SSNs or medical "
                + "information to law enforcement without a court order."));
    }
}
