package org.recordswatch.tagging.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every detector of the seed taxonomy with an example it must fire on and a close example it must not fire on, in
 * English and Spanish, with OCR-like noise here and there. All examples are written for this test (fictional people,
 * places and numbers). A detector added to the seed without examples here fails {@link #everySeedDetectorHasExamples}.
 */
class DetectorExamplesTest {

    private record Example(String positive, String negative) {
    }

    private static final Map<String, Example> CATEGORY = new LinkedHashMap<>();
    private static final Map<String, Example> BASIS = new LinkedHashMap<>();

    private static void c(String id, String positive, String negative) {
        CATEGORY.put(id, new Example(positive, negative));
    }

    private static void b(String id, String positive, String negative) {
        BASIS.put(id, new Example(positive, negative));
    }

    static {
        c("ssn.labelled", "Her social security number is 401-22-7784.", "Her social security number is 000-22-7784.");
        c("ssn.dashed", "The claim lists 512-44-9081 for the worker.", "Call 512-449-0813 about the worker.");
        c("ssn.redacted", "SSN: [REDACTED (b)(6)]", "Case number: [REDACTED (b)(6)]");
        c("ssn.status", "The SSN was verified at issuance.", "Do you have an SSN on file for him?");
        c("ssn.last_four", "The last four of his SSN are 4471.", "The last four of his card are 4471.");
        c("itin.labelled", "He files his taxes with ITIN 931-72-5510.", "He files his taxes with ITIN 931-42-5510.");
        c("itin.dashed", "The return shows 978-81-2203 as the filer.", "The return shows 878-81-2203 as the filer.");
        c("itin.redacted", "ITIN on file: [REDACTED]", "Claim on file: [REDACTED]");
        c("itin.mention", "She has an ITIN and pays taxes every year.", "Does she have an ITIN?");
        c("immigration.status_terms", "La senora es indocumentada, segun el expediente.",
                "We never ask about anyone's background at intake.");
        c("immigration.data_terms", "She could not show work authorization when she applied.",
                "Please confirm work authorization for the applicant.");
        c("immigration.no_papers", "Me dijo que no tiene papeles.", "He keeps all his papers in a folder.");
        c("immigration.visa", "She came on a student visa in 2015 and stayed.", "She applied for a library card.");
        c("immigration.save", "SAVE verification returned a parole status.", "Please SAVE the file before closing it.");
        c("immigration.a_number", "His alien number is A 212-334-556.", "He drives a Class A 2125 truck.");
        c("immigration.removed", "He was deported to Honduras in 2016.", "The sign was removed from the lobby.");
        c("origin.born_in", "Nacio en Oaxaca, Mexico, segun su acta.", "She was born in 1990 and raised here.");
        c("origin.labelled", "Country of birth: Honduras", "Country of birth: unknown");
        c("origin.demonym", "He is a Honduran national.", "They ate at a Honduran restaurant.");
        c("origin.demonym_es", "Es ciudadano hondureño y vive aqui.", "Es ciudadano de este pueblo.");
        c("origin.foreign_born", "All three of them are foreign-born.", "Could you list your foreign-born clients?");
        c("origin.from", "She is originally from Tegucigalpa, Honduras.", "She is originally from Tucson.");
        c("origin.country_in_profile", "GARZA, Luis, DOB 3/3/1980, Honduras.",
                "They drove to the Mexico border crossing at noon.");
        c("address.street", "She lives at 412 W Oak Street, Tucson, AZ 85701.",
                "Our office is at 400 Main Street, Tucson, AZ 85701.");
        c("address.labelled", "Domicilio: 77 Luna Azul, Nogales", "Domicilio: desconocido");
        c("address.spanish_format", "Vive en Calle Hidalgo 245, colonia centro.", "Nuestra oficina: Calle Hidalgo 245");
        c("shelter.terms", "He has been homeless since March.", "He is not homeless.");
        c("shelter.named", "She is staying at the Good Shepherd Shelter this week.",
                "She is staying at the Desert Palms Hotel this week.");
        c("dob.labelled", "Fecha de nacimiento: 14/03/1988", "DOB: 14/03/2099");
        c("dob.parenthesized", "Maria Lopez Garcia (03/14/1988) was seen today.", "Hearing Notice (09/12/2019) attached.");
        c("dob.table_row", "Name         DOB          Plate\nREYES, Ana   02/11/1979   XYZ-123",
                "Name         Filed        Plate\nREYES, Ana   02/11/1979   XYZ-123");
        c("dl.number", "Texas DL 12345678 came back valid.", "The DL check came back clean.");
        c("dl.holds", "She holds a California driver license.", "Does she hold a driver license?");
        c("dl.record", "Her license was issued in 2016.", "The report was issued in 2016.");
        c("dl.status", "His license is suspended.", "His license is at home.");
        c("vehicle.vin_labelled", "VIN: 2T1BURHE5JC034461", "VIN: unknown");
        c("vehicle.vin", "The truck, 1HGCM82633A004352, is grey.", "The truck, 1HGCM82633A004353, is grey.");
        c("vehicle.plate", "Placa ABC-1234 de Sonora.", "The plate number is unknown.");
        c("vehicle.make_model", "He drives a 2011 Toyota Tacoma.", "A Toyota dealership hired him.");
        c("vehicle.registered", "Two vehicles are registered to her.", "No vehicles are registered to her.");
        c("photo.attached", "Adjunto la foto de su licencia.", "¿Me puede mandar la foto?");
        c("photo.credential", "His license photo from 2018 is below.", "Can you send the license photo?");
        c("phone.labelled", "Her cell is 602-555-0199.", "Call our main office at 602-555-0100.");
        c("phone.bare", "You can reach her at (602) 555-0177 after five.", "Call our main office at (602) 555-0100.");
        c("phone.mexico", "Su celular en Mexico es +52 656 123 4567.", "Su celular en Mexico empieza con +52 656.");
        c("wage.amount", "She earns $14.50 per hour at the packing plant.", "Bail was set at $5,000.");
        c("wage.amount_in_wage_table", "QUARTERLY WAGES\nSMITH, Ann    $4,210.00", "Total fees\nSMITH, Ann    $4,210.00");
        c("wage.quarter_row", "2021Q3  Desert Roofing Inc  $7,100.00", "2021Q3 report attached.");
        c("wage.employer_named", "His employer is Mesa Verde Dairy.", "His employer is unknown.");
        c("wage.works_at", "Trabaja en una lecheria en Hatch.", "I work for the county.");
        c("wage.ui_claim", "He filed an unemployment claim last month.", "Did he file an unemployment claim?");
        c("wage.job_terms", "She was laid off in May.", "She was not laid off.");
        c("assistance.terms", "The family receives food stamps.", "Where do people apply for food stamps?");
        c("assistance.programs", "She is enrolled in Medicaid and WIC.", "Does she get SNAP?");
        c("health.terms", "Tiene esquizofrenia y toma medicamentos.", "The Mental Health Center called back.");
        c("health.facility_stay", "He was admitted to the state psychiatric hospital in May.",
                "He was discharged from probation in May.");
        c("health.patient", "She is a patient at Valley Hospital.", "Any patient at the clinic may ask for records.");
        c("health.diagnosis", "Diagnosis: [REDACTED]", "No diagnosis was given.");
        c("appointment.scheduled", "Su proxima cita es el martes a las 10.",
                "He missed his last appointment on Monday at 9 AM.");
        c("appointment.when_where", "She reports here 6/4 at 2:30 PM.", "The letter was sent 6/4 at 2:30 PM.");
        c("appointment.live_whereabouts", "She just arrived, she's in the lobby.", "She was in the lobby yesterday.");
        c("appointment.habit", "He is always early for his 8:30 check-in.", "He is always early.");
        c("criminal.terms", "Esta en libertad condicional por robo.", "Is he on probation?");
        c("criminal.case_number", "Case D-412-CR-2017-00123 was closed.", "Case D-412-CV-2017-00123 was closed.");
        c("criminal.supervises", "I supervise Carlos Mendoza.", "I supervise the night shift.");
        c("family.possessive", "His wife works nights.", "Is his wife home?");
        c("family.named_relation", "Her son Diego lives in Phoenix.", "Her son lives in Phoenix.");
        c("family.lives_with", "Vive con su madre y dos hermanos.", "He lives with a roommate.");
        c("family.whereabouts", "Her brother stays at the same address.", "Her brother is unknown to us.");
        c("family.with", "She was at the clinic with her daughter.", "She was at the clinic with her lawyer.");
        c("family.named_called", "Su esposa se llama Lidia.", "Su esposa se llama a veces al trabajo.");
        c("family.household", "Household members: spouse and two children.", "What are the household members?");
        c("family.parent_of", "He is the non-custodial parent of two children.", "Parenting classes were offered.");
        c("victim.stated", "Ella fue victima de violencia domestica.", "There were no victims.");
        c("sogi.terms", "She is a transgender woman.", "Gender identity was not recorded.");
        c("sogi.lowercase_terms", "He is openly gay.", "Officer Gay handled the call.");
        c("sogi.pronouns", "Alex uses they/them pronouns.", "Alex uses the bus.");
        c("religion.attends", "He attends mass every Sunday.", "He does not attend anything.");
        c("religion.terms", "She is a member of the Baptist congregation on Elm.", "Meet me at 200 Church St.");

        b("basis.warrant_judge_signed", "Attached is a search warrant signed by a federal magistrate judge.",
                "This warrant is not signed by a judge.");
        b("basis.warrant_form", "SEARCH AND SEIZURE WARRANT\nUnited States District Court\nMagistrate Judge",
                "WARRANT FOR ARREST OF ALIEN\nImmigration Officer");
        b("basis.warrant_terms", "We have a judicial warrant for his arrest.", "We don't have a judicial warrant.");
        b("basis.orden_firmada", "Tenemos una orden de arresto firmada por un juez.",
                "No tenemos una orden firmada por un juez.");
        b("basis.court_order", "Pursuant to the enclosed court order, produce the file.", "Do you have a court order?");
        b("basis.grand_jury", "Enclosed is a federal grand jury subpoena.", "A grand jury subpoena is not required.");
        b("basis.court_subpoena_form", "SUBPOENA TO PRODUCE DOCUMENTS\nUNITED STATES DISTRICT COURT",
                "SUBPOENA TO PRODUCE DOCUMENTS\nDepartment of Homeland Security");
        b("basis.admin_subpoena", "Please find attached an ICE administrative subpoena (Form I-138).",
                "We have not issued an administrative subpoena.");
        b("basis.written_consent", "La persona firmo un consentimiento por escrito.", "No written consent was obtained.");
    }

    @Test
    void everySeedDetectorHasExamples() {
        Set<String> missing = new TreeSet<>();
        for (CategoryDefinition c : TaxonomyJson.seed().categories()) {
            for (DetectorDefinition d : c.detectors()) {
                if (d.type() != DetectorType.ATTACHMENT && !CATEGORY.containsKey(d.id())) {
                    missing.add(d.id());
                }
            }
        }
        for (LegalBasisDefinition b : TaxonomyJson.seed().legalBases()) {
            for (DetectorDefinition d : b.detectors()) {
                if (!BASIS.containsKey(d.id())) {
                    missing.add(d.id());
                }
            }
        }
        assertEquals(Set.of(), missing);
    }

    @TestFactory
    Stream<DynamicTest> categoryDetectorsFireOnTheirExampleAndNotOnItsTwin() {
        List<DynamicTest> tests = new ArrayList<>();
        CATEGORY.forEach((id, ex) -> {
            tests.add(DynamicTest.dynamicTest(id + " fires: " + ex.positive(),
                    () -> assertTrue(Seed.detectorIds(Seed.hits(ex.positive())).contains(id),
                            () -> id + " did not fire; hits: " + Seed.hits(ex.positive()))));
            tests.add(DynamicTest.dynamicTest(id + " stays quiet: " + ex.negative(),
                    () -> assertFalse(Seed.detectorIds(Seed.hits(ex.negative())).contains(id),
                            () -> id + " fired; hits: " + Seed.hits(ex.negative()))));
        });
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> legalBasisDetectorsFireOnTheirExampleAndNotOnItsTwin() {
        List<DynamicTest> tests = new ArrayList<>();
        BASIS.forEach((id, ex) -> {
            tests.add(DynamicTest.dynamicTest(id + " fires: " + ex.positive(),
                    () -> assertTrue(Seed.basisDetectors(ex.positive()).contains(id),
                            () -> id + " did not fire: " + Seed.basisDetectors(ex.positive()))));
            tests.add(DynamicTest.dynamicTest(id + " stays quiet: " + ex.negative(),
                    () -> assertFalse(Seed.basisDetectors(ex.negative()).contains(id),
                            () -> id + " fired: " + Seed.basisDetectors(ex.negative()))));
        });
        return tests.stream();
    }

    @Test
    void photoAttachmentDetectorsReadNamesAndMediaTypes() {
        assertTrue(Seed.detectorIds(Seed.SCANNER.attachment(0, "suspect.jpg", "image/jpeg"))
                .contains("photo.image_attachment"));
        assertTrue(Seed.detectorIds(Seed.SCANNER.attachment(0, "booking_photo.JPG", null))
                .contains("photo.image_file_name"));
        assertEquals(Set.of(), Seed.detectorIds(Seed.SCANNER.attachment(0, "image001.png", "image/png")));
        assertEquals(Set.of(), Seed.detectorIds(Seed.SCANNER.attachment(0, "agency_logo.png", null)));
        assertEquals(Set.of(), Seed.detectorIds(Seed.SCANNER.attachment(0, "report.pdf", "application/pdf")));
    }
}
