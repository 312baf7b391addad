package org.recordswatch.tagging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.recordswatch.agency.AgencyCode;
import org.recordswatch.agency.Side;
import org.recordswatch.tagging.detect.CategoryCode;
import org.recordswatch.tagging.detect.TaxonomyJson;
import org.recordswatch.tagging.party.AgencyDirectory;
import org.recordswatch.tagging.party.DirectoryAgency;
import org.recordswatch.tagging.party.ResolutionMethod;

/** The engine on small batches written for this test: an Arizona agency, ICE, and a Texas agency not in the directory. */
class TaggingEngineTest {

    private static final AgencyDirectory DIRECTORY = AgencyDirectory.of(List.of(
            DirectoryAgency.of("ice_ero", "ICE ERO", Side.FEDERAL, "US", "ice.dhs.gov"),
            DirectoryAgency.of("ice_hsi", "ICE HSI", Side.FEDERAL, "US", "ice.dhs.gov", "hsi.dhs.gov"),
            DirectoryAgency.of("az_mvd", "Arizona MVD", Side.STATE, "AZ", "azdot.gov"),
            DirectoryAgency.of("az_acj", "Arizona Adult Probation", Side.STATE, "AZ", "probation.az.example")))
            .withSeedAliases();
    private static final TaggingEngine ENGINE = TaggingEngine.create(DIRECTORY, TaxonomyJson.seed());

    private static final String OFFICER = "\n\nThank you,\n\nRita Cho\nDeportation Officer\n"
            + "Enforcement and Removal Operations\nPhoenix Field Office\nOffice: (602) 555-0130\nrita.cho@ice.dhs.gov\n";
    private static final String CLERK = "\n\nThanks,\n\nOmar Benally\nRecords Technician\nMotor Vehicle Division\n"
            + "Arizona Department of Transportation\nOffice: (602) 555-0120\nomar.benally@azdot.gov\n";

    private static Instant at(int day, int hour) {
        return Instant.parse(String.format("2021-03-%02dT%02d:00:00Z", day, hour));
    }

    private static Set<String> codes(Set<CategoryCode> set) {
        Set<String> out = new TreeSet<>();
        set.forEach(c -> out.add(c.value()));
        return out;
    }

    @Test
    void aRequestAndADisclosingReplyThatQuotesIt() {
        String request = "Omar,\n\nCould you run MORALES, Dina, DOB 06/11/1985? Need her address of record and "
                + "any vehicles." + OFFICER;
        TaggableMessage ask = TaggableMessage.builder("m1").from("Cho, Rita", "rita.cho@ice.dhs.gov")
                .to("Benally, Omar", "omar.benally@azdot.gov").subject("Records check").body(request).sentAt(at(1, 15))
                .producingAgency("az_mvd").build();
        TaggableMessage reply = TaggableMessage.builder("m2").from("Benally, Omar", "omar.benally@azdot.gov")
                .to("Cho, Rita", "rita.cho@ice.dhs.gov").subject("RE: Records check")
                .body("Rita,\n\nDina Morales: 3140 E Ocotillo Rd, Mesa, AZ 85204. Vehicle: 2016 Nissan Rogue, "
                        + "AZ plate CKR-4471." + CLERK)
                .quotedHistory("From: Cho, Rita <rita.cho@ice.dhs.gov>\nSent: Monday\nSubject: Records check\n\n"
                        + request)
                .sentAt(at(1, 17)).producingAgency("az_mvd").build();
        TaggingRun run = ENGINE.tag(List.of(new MessageThread("t1", List.of(reply, ask))));

        MessageTags first = run.message("m1");
        assertEquals("ice_ero", first.sender().exportCode());
        assertEquals(ResolutionMethod.SIGNATURE, first.sender().method());
        assertEquals(Direction.FEDERAL_TO_STATE, first.direction());
        assertEquals(Set.of("date_of_birth"), codes(first.categories()));
        assertEquals(Set.of(), codes(first.disclosed()));
        assertTrue(first.asksForData());
        assertEquals(LegalBasis.NONE_CITED, first.legalBasis());

        MessageTags second = run.message("m2");
        assertEquals(Direction.STATE_TO_FEDERAL, second.direction());
        assertEquals(Set.of("home_address", "vehicle_registration"), codes(second.categories()),
                "the DOB in the quoted request does not count for the reply");
        assertEquals(second.categories(), second.disclosed());
        assertNull(second.legalBasis());
        assertEquals(List.of("ice_ero"), second.recipientAgencyCodes());

        ThreadTags thread = run.thread("t1");
        assertEquals(Side.FEDERAL, thread.initiator());
        assertEquals("federal", thread.initiatorCode());
        assertEquals(ThreadOutcome.DISCLOSED, thread.outcome());
        assertEquals(LegalBasis.NONE_CITED, thread.legalBasis());
        assertEquals("ice_ero", thread.counterpart());
        assertEquals("m1", thread.firstMessageId());
    }

    @Test
    void anInternalForwardCarriesCategoriesButDisclosesNothing() {
        TaggableMessage forward = TaggableMessage.builder("f1").from("Benally, Omar", "omar.benally@azdot.gov")
                .to("Reyna, Bea", "bea.reyna@azdot.gov").subject("FW: check")
                .body("Bea, ICE is asking about GARZA, Eli (DOB 01/02/1990). He has a driving authorization card. "
                        + "Can I release it?" + CLERK)
                .sentAt(at(2, 10)).producingAgency("az_mvd").build();
        MessageTags tags = ENGINE.tag(List.of(new MessageThread("t2", List.of(forward)))).message("f1");
        assertEquals(Direction.INTERNAL, tags.direction());
        assertEquals(Set.of("date_of_birth", "immigration_status"), codes(tags.categories()));
        assertEquals(Set.of(), codes(tags.disclosed()));
        assertNull(tags.legalBasis(), "state senders cite no basis");
    }

    @Test
    void textMessagesResolveByNameAndPhoneAndCountLiveWhereabouts() {
        TaggableMessage email = TaggableMessage.builder("e1").from("Lund, Kay", "kay.lund@probation.az.example")
                .to("Cho, Rita", "rita.cho@ice.dhs.gov").subject("Participant")
                .body("Rita, VEGA, Tomas is on probation for theft. He reports Tuesday 3/9 at 9:00 AM.\n\nKay\n\n"
                        + "Kay Lund\nProbation Officer\nAdult Probation Department\n")
                .sentAt(at(3, 9)).producingAgency("az_acj").build();
        TaggableMessage text = TaggableMessage.builder("s1").from(new Correspondent("Kay Lund", null, "(520) 555-0161"))
                .to(new Correspondent("Rita Cho", null, "(602) 555-0130")).body("Esta en el lobby, walking out now.")
                .medium(Medium.TEXT_MESSAGE).sentAt(at(9, 16)).producingAgency("az_acj").build();
        TaggingRun run = ENGINE.tag(List.of(new MessageThread("t3", List.of(email)),
                new MessageThread("t4", List.of(text))));
        MessageTags s1 = run.message("s1");
        assertEquals("az_acj", s1.sender().exportCode());
        assertEquals("ice_ero", s1.recipients().get(0).exportCode());
        assertEquals(Direction.STATE_TO_FEDERAL, s1.direction());
        assertEquals(Set.of("court_or_appointment"), codes(s1.categories()));
        assertEquals(Side.STATE, run.thread("t4").initiator());
        assertEquals(Set.of("court_or_appointment", "criminal_history"), codes(run.message("e1").categories()));
        assertEquals(LegalBasis.NONE_CITED, run.thread("t3").legalBasis());
    }

    @Test
    void anAgentPressingAfterARefusalIsStillAskingButThanksIsNot() {
        TaggableMessage ask = TaggableMessage.builder("a").from("Cho, Rita", "rita.cho@ice.dhs.gov")
                .to("Benally, Omar", "omar.benally@azdot.gov").subject("Address").body("Need the address for RUIZ, Ana."
                        + OFFICER).sentAt(at(4, 9)).producingAgency("az_mvd").build();
        TaggableMessage no = TaggableMessage.builder("b").from("Benally, Omar", "omar.benally@azdot.gov")
                .to("Cho, Rita", "rita.cho@ice.dhs.gov").subject("RE: Address")
                .body("We cannot release records for civil immigration enforcement without a judicial warrant." + CLERK)
                .sentAt(at(4, 10)).producingAgency("az_mvd").build();
        TaggableMessage insist = TaggableMessage.builder("c").from("Cho, Rita", "rita.cho@ice.dhs.gov")
                .to("Benally, Omar", "omar.benally@azdot.gov").subject("RE: Address")
                .body("Omar, she is a convicted felon. This is a public safety matter." + OFFICER)
                .sentAt(at(4, 11)).producingAgency("az_mvd").build();
        TaggableMessage thanks = TaggableMessage.builder("d").from("Cho, Rita", "rita.cho@ice.dhs.gov")
                .to("Benally, Omar", "omar.benally@azdot.gov").subject("RE: Address").body("Understood, thanks anyway."
                        + OFFICER).sentAt(at(4, 13)).producingAgency("az_mvd").build();
        TaggableMessage no2 = TaggableMessage.builder("e").from("Benally, Omar", "omar.benally@azdot.gov")
                .to("Cho, Rita", "rita.cho@ice.dhs.gov").subject("RE: Address")
                .body("My answer is the same." + CLERK).sentAt(at(4, 12)).producingAgency("az_mvd").build();
        TaggingRun run = ENGINE.tag(List.of(new MessageThread("t5", List.of(ask, no, insist, no2, thanks))));
        assertTrue(run.message("c").asksForData());
        assertEquals(LegalBasis.NONE_CITED, run.message("c").legalBasis());
        assertEquals(Set.of("criminal_history"), codes(run.message("c").categories()));
        assertFalse(run.message("d").asksForData());
        assertNull(run.message("d").legalBasis());
        assertEquals(ThreadOutcome.REFUSED, run.thread("t5").outcome());
    }

    @Test
    void anUnknownStateDomainIsProposedAndItsSideGivesTheDirection() {
        TaggableMessage m = TaggableMessage.builder("x").from("Kent, Jo", "jo.kent@dps.texas.gov")
                .to("Cho, Rita", "rita.cho@ice.dhs.gov").subject("Inquiry")
                .body("Rita, DIAZ, Leo, DOB 09/09/1988, lives at 88 Ranch Rd 12, Eagle Pass, TX 78852.\n\nRegards,\n\n"
                        + "Jo Kent\nTrooper\nTexas Department of Public Safety\n")
                .sentAt(at(5, 9)).producingAgency("az_mvd").build();
        TaggingRun run = ENGINE.tag(List.of(new MessageThread("t6", List.of(m))));
        MessageTags tags = run.message("x");
        assertEquals(ResolutionMethod.PROPOSED, tags.sender().method());
        assertEquals("tx_dps", tags.sender().exportCode());
        assertEquals(Direction.STATE_TO_FEDERAL, tags.direction());
        assertEquals(1, run.proposals().size());
        assertEquals("Texas Department of Public Safety", run.proposals().get(0).suggestedName());
        assertTrue(run.needsReview().stream().anyMatch(r -> r.method() == ResolutionMethod.PROPOSED));
    }

    @Test
    void aStaffNumberSeenInASignatureIsNeverASubjectsPhone() {
        TaggableMessage m = TaggableMessage.builder("p").from("Benally, Omar", "omar.benally@azdot.gov")
                .to("Cho, Rita", "rita.cho@ice.dhs.gov").subject("Re")
                .body("Rita, call me at (602) 555-0120 about Ana. Her own number is (480) 555-0199." + CLERK)
                .sentAt(at(6, 9)).producingAgency("az_mvd").build();
        MessageTags tags = ENGINE.tag(List.of(new MessageThread("t7", List.of(m)))).message("p");
        assertEquals(Set.of("phone_number"), codes(tags.categories()));
        assertTrue(tags.hits().stream().noneMatch(h -> h.excerpt().contains("555-0120")));
        assertTrue(tags.hits().stream().anyMatch(h -> h.excerpt().contains("555-0199")));
    }

    @Test
    void attachmentsCountForTheMessageAndCarryTheLegalBasis() {
        TaggableMessage m = TaggableMessage.builder("o").from("Hale, Ben", "ben.hale@hsi.dhs.gov")
                .to("Benally, Omar", "omar.benally@azdot.gov").subject("Court order")
                .body("Omar, please see the attached order.\n\nBen Hale\nSpecial Agent\nHomeland Security Investigations\n")
                .attachment(new AttachmentText("Order.pdf", "application/pdf",
                        "UNITED STATES DISTRICT COURT\nIt is ORDERED that the custodian produce all records concerning "
                                + "LEON, Ada (date of birth 12/12/1970)."))
                .attachment(new AttachmentText("LEON_photo.jpg", "image/jpeg", ""))
                .sentAt(at(7, 9)).producingAgency("az_mvd").build();
        MessageTags tags = ENGINE.tag(List.of(new MessageThread("t8", List.of(m)))).message("o");
        assertEquals("ice_hsi", tags.sender().exportCode());
        assertEquals(LegalBasis.COURT_ORDER, tags.legalBasis());
        assertEquals(Set.of("date_of_birth", "photo"), codes(tags.categories()));
    }

    @Test
    void singleMessageHitsNeedNoBatch() {
        TaggableMessage m = TaggableMessage.builder("z").from("A B", "a.b@azdot.gov").body("SSN 401-22-7784").build();
        assertEquals(Set.of("ssn"), ENGINE.hits(m).stream().map(h -> h.category().value())
                .collect(java.util.stream.Collectors.toSet()));
        assertEquals(new AgencyCode("az_mvd"), ENGINE.directory().agency("az_mvd").orElseThrow().code());
    }
}
