package org.recordswatch.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.recordswatch.account.AccountDirectory;
import org.recordswatch.account.AccountService;
import org.recordswatch.account.AccountService.AccountForm;
import org.recordswatch.account.UserAccount;
import org.recordswatch.agency.Agency;
import org.recordswatch.agency.AgencyForm;
import org.recordswatch.agency.AgencyRepository;
import org.recordswatch.agency.Side;
import org.recordswatch.platform.AccessDeniedException;
import org.recordswatch.platform.BusinessException;
import org.recordswatch.platform.NotFoundException;
import org.recordswatch.platform.security.Caller;
import org.recordswatch.platform.security.Role;
import org.recordswatch.tagging.Correspondent;
import org.recordswatch.tagging.LegalBasis;
import org.recordswatch.tagging.TaggableMessage;
import org.recordswatch.tagging.TaggingEngine;
import org.recordswatch.tagging.detect.CategoryHit;
import org.recordswatch.tagging.detect.Taxonomy;
import org.recordswatch.tagging.detect.TaxonomyJson;
import org.recordswatch.tagging.party.AgencyDirectory;
import org.recordswatch.tagging.party.AgencyProposal;
import org.recordswatch.tagging.party.PartyResolution;
import org.recordswatch.tagging.party.ResolutionMethod;
import org.recordswatch.tagging.proposal.DirectoryProposal;
import org.recordswatch.tagging.proposal.DirectoryProposalService;
import org.recordswatch.tagging.proposal.DirectoryProposals;
import org.recordswatch.tagging.taxonomy.CategoryForm;
import org.recordswatch.tagging.taxonomy.DetectorForm;
import org.recordswatch.tagging.taxonomy.LegalBasisForm;
import org.recordswatch.tagging.taxonomy.TaxonomyCategory;
import org.recordswatch.tagging.taxonomy.TaxonomyLegalBasis;
import org.recordswatch.tagging.taxonomy.TaxonomyRepository;
import org.recordswatch.tagging.taxonomy.TaxonomyService;

/** The taxonomy as data and the directory proposals, in the container against MariaDB. */
@ExtendWith(ArquillianExtension.class)
class TaxonomyServiceIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests(TaxonomyServiceIT.class, Fixtures.class);
    }

    @Inject
    TaxonomyService taxonomy;

    @Inject
    TaxonomyRepository repository;

    @Inject
    DirectoryProposals recorder;

    @Inject
    DirectoryProposalService proposals;

    @Inject
    AccountService accounts;

    @Inject
    AccountDirectory directory;

    @Inject
    AgencyRepository agencies;

    @Inject
    UserTransaction tx;

    @Inject
    Fixtures fixtures;

    @PersistenceContext
    EntityManager em;

    @AfterEach
    void reset() {
        TestCallers.reset();
    }

    private void actAsAdmin() {
        TestCallers.actAs(directory.findByUsername("admin").orElseThrow().toCaller());
    }

    private UserAccount user(Role role) {
        actAsAdmin();
        String name = unique(role.name().toLowerCase().substring(0, 3));
        Long org = role == Role.ADVOCATE ? accounts.createOrganization(unique("Org "), null).getId() : null;
        return accounts.create(new AccountForm(name, "U " + name, null, role, org, null),
                "a long enough passphrase 2026".toCharArray());
    }

    private static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    }

    private long audited(String action, String target) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM audit_entry WHERE action = ? AND target_id = ?")
                .setParameter(1, action).setParameter(2, target).getSingleResult()).longValue();
    }

    @Test
    void theSeedIsStoredAtFirstStart() {
        actAsAdmin();
        List<String> codes = taxonomy.categories().stream().map(TaxonomyCategory::getCode).toList();
        assertTrue(codes.containsAll(List.of("ssn", "immigration_status", "home_address", "religion")), codes.toString());
        assertTrue(taxonomy.current().legalBases().size() >= 6);
    }

    @Test
    void anAdminAddsACategoryWithAKeywordDetectorAndTheEngineFindsIt() {
        actAsAdmin();
        String code = unique("it_pet_");
        int before = taxonomy.version();
        taxonomy.saveCategory(true, new CategoryForm(code, "Pet", "Mascota", "Pets of the person", List.of(), 0.5,
                true));
        taxonomy.saveDetector(code, DetectorForm.keywords(code + ".kw", List.of("guinea pig", "cobayo"), 0.8));
        assertTrue(taxonomy.version() >= before + 2);
        Taxonomy current = taxonomy.current();
        TaggingEngine engine = TaggingEngine.create(AgencyDirectory.of(List.of()), current);
        List<CategoryHit> hits = engine.hits(TaggableMessage.builder("m1")
                .body("Hello, the client keeps a guinea pig at her apartment.").build());
        assertTrue(hits.stream().anyMatch(h -> h.category().value().equals(code) && h.excerpt().equals("guinea pig")),
                hits.toString());
        List<CategoryHit> es = engine.hits(TaggableMessage.builder("m2").body("Ella tiene un cobayo en casa.").build());
        assertTrue(es.stream().anyMatch(h -> h.category().value().equals(code)), es.toString());
        assertEquals(1, audited("TAXONOMY_CATEGORY_CREATE", code));
        assertEquals(1, audited("TAXONOMY_DETECTOR_CREATE", code + ".kw"));

        List<CategoryHit> tried = taxonomy.tryCategory(code, null, "No pets. Only a guinea pig.");
        assertEquals(1, tried.size(), tried.toString());
        taxonomy.enableDetector(code, code + ".kw", false);
        assertEquals(List.of(), TaggingEngine.create(AgencyDirectory.of(List.of()), taxonomy.current())
                .hits(TaggableMessage.builder("m3").body("She keeps a guinea pig.").build()).stream()
                .filter(h -> h.category().value().equals(code)).toList());
    }

    @Test
    void anInvalidPatternIsRefusedWithTheDetectorNamedAndNothingSaved() {
        actAsAdmin();
        String code = unique("it_bad_");
        taxonomy.saveCategory(true, new CategoryForm(code, "Bad", null, null, List.of(), 0.5, true));
        int version = taxonomy.version();
        BusinessException e = assertThrows(BusinessException.class,
                () -> taxonomy.saveDetector(code, DetectorForm.pattern(code + ".broken", "(?<value>\\d{3", 0.9)));
        assertEquals("taxonomy.invalid", e.messageKey());
        assertTrue(String.valueOf(e.args()[0]).contains("detectors[" + code + ".broken]"), e.args()[0].toString());
        assertTrue(taxonomy.category(code).getDetectors().isEmpty());
        assertEquals(version, taxonomy.version());
        assertEquals(0, audited("TAXONOMY_DETECTOR_CREATE", code + ".broken"));
        BusinessException taken = assertThrows(BusinessException.class,
                () -> taxonomy.saveDetector(code, DetectorForm.keywords("ssn.labelled", List.of("x"), 0.5)));
        assertEquals("taxonomy.detectorKeyTaken", taken.messageKey());
    }

    @Test
    void analystsReadTheTaxonomyButCannotEditIt() {
        UserAccount analyst = user(Role.ANALYST);
        TestCallers.actAs(analyst.toCaller());
        assertFalse(taxonomy.categories().isEmpty());
        assertFalse(taxonomy.current().categories().isEmpty());
        assertThrows(AccessDeniedException.class, () -> taxonomy.saveCategory(true,
                new CategoryForm(unique("it_no_"), "No", null, null, List.of(), 0.5, true)));
        assertThrows(AccessDeniedException.class, () -> taxonomy.saveDetector("ssn",
                DetectorForm.keywords("ssn.analyst", List.of("x"), 0.5)));
        assertThrows(AccessDeniedException.class, () -> taxonomy.enableCategory("ssn", false));
        UserAccount advocate = user(Role.ADVOCATE);
        TestCallers.actAs(advocate.toCaller());
        assertThrows(AccessDeniedException.class, () -> taxonomy.categories());
        assertThrows(AccessDeniedException.class, () -> proposals.count(null, null));
    }

    @Test
    void theLegalBasesAreRowsAnAdminEditsAndTheEngineUses() {
        actAsAdmin();
        assertEquals(List.of("judicial_warrant", "court_order", "criminal_subpoena", "administrative_subpoena",
                "written_consent", "none_cited"), taxonomy.legalBases().stream().map(TaxonomyLegalBasis::getCode)
                .toList());
        String key = unique("basis.it_release_");
        String phrase = "notarized release form " + key.substring(key.length() - 8);
        String request = "Please send her records; attached is the " + phrase + ".";
        assertEquals(LegalBasis.NONE_CITED, basisOf(request));
        assertTrue(taxonomy.tryLegalBasis("written_consent", DetectorForm.keywords(key, List.of(phrase), 0.9), request)
                .stream().anyMatch(f -> f.detectorId().equals(key)), "the draft is tried unsaved");
        assertEquals(LegalBasis.NONE_CITED, basisOf(request), "trying saves nothing");

        int before = taxonomy.version();
        taxonomy.saveBasisDetector("written_consent", DetectorForm.keywords(key, List.of(phrase), 0.9));
        assertEquals(before + 1, taxonomy.version());
        assertEquals(LegalBasis.WRITTEN_CONSENT, basisOf(request));
        assertEquals(1, audited("TAXONOMY_DETECTOR_CREATE", key));
        assertEquals(List.of(key), taxonomy.tryLegalBasis("written_consent", null, request).stream()
                .map(f -> f.detectorId()).toList());

        TaxonomyLegalBasis consent = taxonomy.legalBasis("written_consent");
        long updates = audited("TAXONOMY_LEGAL_BASIS_UPDATE", "written_consent");
        String label = "Consent " + key.substring(key.length() - 8);
        taxonomy.saveLegalBasis(new LegalBasisForm("written_consent", label, consent.getLabelEs(),
                consent.getRank()));
        assertEquals(updates + 1, audited("TAXONOMY_LEGAL_BASIS_UPDATE", "written_consent"));
        assertEquals(label, taxonomy.current().legalBases().stream().filter(b -> b.code().equals("written_consent"))
                .findFirst().orElseThrow().labels().get("en"));

        taxonomy.enableBasisDetector("written_consent", key, false);
        assertEquals(LegalBasis.NONE_CITED, basisOf(request));
        assertEquals(1, audited("TAXONOMY_DETECTOR_DISABLE", key));
        taxonomy.removeBasisDetector("written_consent", key);
        assertTrue(taxonomy.legalBasis("written_consent").detector(key).isEmpty());
        assertEquals(before + 4, taxonomy.version());
    }

    @Test
    void anInvalidLegalBasisChangeIsRefusedWithAMessageAndNothingSaved() {
        actAsAdmin();
        int version = taxonomy.version();
        String key = unique("basis.it_broken_");
        BusinessException bad = assertThrows(BusinessException.class, () -> taxonomy.saveBasisDetector(
                "judicial_warrant", DetectorForm.pattern(key, "\\bwarrant(", 0.9)));
        assertEquals("taxonomy.invalid", bad.messageKey());
        assertEquals("legal_bases[judicial_warrant].detectors[" + key + "]", bad.args()[0]);
        assertTrue(taxonomy.legalBasis("judicial_warrant").detector(key).isEmpty());
        assertEquals(0, audited("TAXONOMY_DETECTOR_CREATE", key));
        assertEquals("taxonomy.invalid", assertThrows(BusinessException.class, () -> taxonomy.tryLegalBasis(
                "judicial_warrant", DetectorForm.pattern(key, "\\bwarrant(", 0.9), "a warrant")).messageKey());

        assertEquals("taxonomy.detectorKeyTaken", assertThrows(BusinessException.class,
                () -> taxonomy.saveBasisDetector("court_order", DetectorForm.keywords("ssn.labelled", List.of("x"),
                        0.5))).messageKey());
        assertEquals("taxonomy.detectorKeyTaken", assertThrows(BusinessException.class,
                () -> taxonomy.saveDetector("ssn", DetectorForm.keywords("basis.court_order", List.of("x"), 0.5)))
                .messageKey());
        TaxonomyLegalBasis order = taxonomy.legalBasis("court_order");
        assertEquals("taxonomy.rankInvalid", assertThrows(BusinessException.class, () -> taxonomy.saveLegalBasis(
                new LegalBasisForm("court_order", order.getLabelEn(), null, 0))).messageKey());
        assertThrows(NotFoundException.class, () -> taxonomy.saveLegalBasis(
                new LegalBasisForm("no_such_basis", "No", null, 2)));
        assertEquals(version, taxonomy.version());
        assertEquals(order.getRank(), taxonomy.legalBasis("court_order").getRank());
    }

    @Test
    void analystsReadTheLegalBasesButCannotEditThem() {
        UserAccount analyst = user(Role.ANALYST);
        TestCallers.actAs(analyst.toCaller());
        assertFalse(taxonomy.legalBases().isEmpty());
        assertThrows(AccessDeniedException.class, () -> taxonomy.saveLegalBasis(
                new LegalBasisForm("court_order", "Court order", null, 2)));
        assertThrows(AccessDeniedException.class, () -> taxonomy.saveBasisDetector("court_order",
                DetectorForm.keywords("basis.analyst", List.of("x"), 0.5)));
        assertThrows(AccessDeniedException.class,
                () -> taxonomy.enableBasisDetector("court_order", "basis.court_order", false));
        assertThrows(AccessDeniedException.class,
                () -> taxonomy.removeBasisDetector("court_order", "basis.court_order"));
        UserAccount advocate = user(Role.ADVOCATE);
        TestCallers.actAs(advocate.toCaller());
        assertThrows(AccessDeniedException.class, () -> taxonomy.legalBases());
        assertThrows(AccessDeniedException.class, () -> taxonomy.tryLegalBasis("court_order", null, "court order"));
    }

    @Test
    void legalBasesStoredInTheJsonBeforeTheyHadRowsBecomeRowsUnchanged() throws Exception {
        actAsAdmin();
        Taxonomy before = taxonomy.current();
        String olderJson = TaxonomyJson.write(new Taxonomy(before.version(), before.fragments(), before.cues(),
                List.of(), before.legalBases()));
        tx.begin();
        em.joinTransaction();
        em.createNativeQuery("DELETE FROM taxonomy_legal_basis").executeUpdate();
        em.createNativeQuery("UPDATE taxonomy_state SET engine_json = ?").setParameter(1, olderJson).executeUpdate();
        tx.commit();
        tx.begin();
        repository.seedIfNeeded();
        tx.commit();
        Taxonomy after = taxonomy.current();
        assertEquals(before.version(), after.version());
        assertEquals(before.legalBases(), after.legalBases());
        assertEquals(List.of(), TaxonomyJson.read(repository.state().orElseThrow().getEngineJson()).legalBases());
    }

    /** The legal basis the stored taxonomy's engine finds in a request. */
    private LegalBasis basisOf(String request) {
        return TaggingEngine.create(AgencyDirectory.of(List.of()), taxonomy.current())
                .legalBasis(TaggableMessage.builder("r").body(request).build()).basis();
    }

    @Test
    void proposalsFromATaggingRunAreAcceptedIntoTheDirectoryOrDismissed() throws Exception {
        String domain = unique("parks") + ".example.gov";
        String person = unique("jo") + "@unknown.example.com";
        AgencyProposal proposal = new AgencyProposal(domain, null, "Parks Office", Side.STATE, "EX",
                "unknown government domain");
        PartyResolution flagged = new PartyResolution(Correspondent.of("Jo Doe", person), null, Side.OTHER,
                ResolutionMethod.UNRESOLVED, 0.0, null, "no agency for unknown.example.com");
        var org = fixtures.organization();
        Caller advocate = fixtures.advocate(org);
        Caller analyst = fixtures.user(Role.ANALYST, org.getId(), null);
        Caller outsider = fixtures.user(Role.ANALYST, fixtures.organization().getId(), null);
        String nm = agencies.inJurisdiction("NM").get(0).getCode().value();
        long campaignId = fixtures.submittedCampaign(advocate, nm).get(0).getCampaign().getId();
        TestCallers.reset();
        tx.begin();
        DirectoryProposals.Recorded first = recorder.record(campaignId, List.of(proposal), List.of(flagged), Map.of());
        tx.commit();
        assertEquals(2, first.created());
        tx.begin();
        DirectoryProposals.Recorded again = recorder.record(campaignId, List.of(proposal), List.of(flagged), Map.of());
        tx.commit();
        assertEquals(0, again.created());
        assertEquals(2, again.seenAgain());

        TestCallers.actAs(outsider);
        assertTrue(proposals.page(null, null, 0, 500).stream().noneMatch(p -> Long.valueOf(campaignId).equals(p.getCampaignId())),
                "another organization's analyst does not see this campaign's proposals");

        TestCallers.actAs(analyst);
        List<DirectoryProposal> open = proposals.page(DirectoryProposal.Status.OPEN, null, 0, 500);
        DirectoryProposal agencyProposal = open.stream().filter(p -> domain.equals(p.getDomain())).findFirst()
                .orElseThrow();
        assertEquals(2, agencyProposal.getSeenCount());
        DirectoryProposal party = open.stream().filter(p -> person.equals(p.getPartyEmail())).findFirst()
                .orElseThrow();

        String agencyCode = unique("parks_");
        AgencyForm draft = proposals.draft(agencyProposal.getId());
        assertEquals(List.of(domain), draft.domains());
        Agency created = proposals.accept(agencyProposal.getId(), new AgencyForm(agencyCode, "Parks Office",
                Side.STATE, "EX", List.of(), null, null, null, null, null, null, null), "checked the website");
        assertTrue(created.getDomains().contains(domain));
        assertEquals(agencyCode, agencies.findByDomain(domain).get(0).getCode().value());
        assertEquals(DirectoryProposal.Status.ACCEPTED, proposals.get(agencyProposal.getId()).getStatus());
        assertEquals(1, audited("AGENCY_CREATE_PROPOSED", agencyCode));
        assertEquals("proposal.notOpen", assertThrows(BusinessException.class,
                () -> proposals.dismiss(agencyProposal.getId(), null)).messageKey());

        TestCallers.actAs(outsider);
        assertThrows(NotFoundException.class, () -> proposals.dismiss(party.getId(), "not mine"));
        TestCallers.actAs(analyst);
        proposals.dismiss(party.getId(), "a private person");
        assertEquals(DirectoryProposal.Status.DISMISSED, proposals.get(party.getId()).getStatus());

        tx.begin();
        DirectoryProposals.Recorded third = recorder.record(campaignId, List.of(proposal), List.of(flagged), Map.of());
        tx.commit();
        assertEquals(0, third.created(), "a domain now in the directory is not proposed again");
        assertEquals(DirectoryProposal.Status.DISMISSED, proposals.get(party.getId()).getStatus());
    }
}
