package org.recordswatch.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.recordswatch.evidence.EvidenceBoard;
import org.recordswatch.evidence.EvidenceQuery;
import org.recordswatch.evidence.EvidenceService;
import org.recordswatch.evidence.EvidenceTable;
import org.recordswatch.evidence.ExportFormat;
import org.recordswatch.tagging.ExportRow;
import org.recordswatch.evidence.Highlight;
import org.recordswatch.evidence.ReviewConflictException;
import org.recordswatch.evidence.Views;
import org.recordswatch.platform.AccessDeniedException;
import org.recordswatch.platform.csv.Csv;
import org.recordswatch.platform.security.Caller;
import org.recordswatch.platform.security.Role;
import org.recordswatch.tagging.TagKind;

/**
 * The evidence set against MariaDB: full-text search with facets, review with optimistic locking, masking and formula
 * escaping in every export, audited exports, the board and the packet, and who may use any of it.
 */
@ExtendWith(ArquillianExtension.class)
class EvidenceServiceIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests(EvidenceServiceIT.class, Fixtures.class, EvidenceSeed.class, EvidenceRows.class);
    }

    @Inject
    EvidenceService evidence;

    @Inject
    EvidenceSeed seeder;

    @Inject
    org.recordswatch.communication.CommunicationService communications;

    @Inject
    Fixtures fixtures;

    @PersistenceContext
    EntityManager em;

    private static org.recordswatch.account.Organization organization;
    private static EvidenceRows.Seeded seed;
    private static Caller outsider;
    private static Caller analyst;
    private static Caller secondAnalyst;
    private static Caller officer;

    @BeforeEach
    void fixture() {
        if (seed == null) {
            organization = fixtures.organization();
            seed = seeder.seed(organization);
            analyst = fixtures.user(Role.ANALYST, organization.getId(), null);
            secondAnalyst = fixtures.user(Role.ANALYST, organization.getId(), null);
            outsider = fixtures.user(Role.ANALYST, fixtures.organization().getId(), null);
            officer = fixtures.officer("nm_mvd");
        }
        TestCallers.actAs(analyst);
    }

    @AfterEach
    void reset() {
        TestCallers.reset();
    }

    private EvidenceQuery campaign() {
        return EvidenceQuery.ofCampaign(seed.campaignId());
    }

    private List<Long> ids(EvidenceQuery q) {
        return evidence.search(q, 0, 50).stream().map(Views.Hit::id).toList();
    }

    @Test
    void fullTextAndFacetsFindTheMessageAndItsHitIsHighlightedInMaskedText() {
        List<Views.Hit> hits = evidence.search(campaign().withText(seed.word().toUpperCase()), 0, 10);
        assertEquals(List.of(seed.stateDisclosure()), hits.stream().map(Views.Hit::id).toList());
        Views.Hit hit = hits.get(0);
        assertTrue(hit.snippet().contains(new Highlight.Segment(seed.word(), true)), hit.snippet().toString());
        String shown = hit.snippet().stream().map(Highlight.Segment::text).collect(Collectors.joining());
        assertFalse(shown.contains("123-45-6789") || shown.contains("Tomas Vega") || shown.contains("04/12"), shown);
        assertEquals("R. O.", hit.from());

        assertEquals(List.of(), ids(campaign().withText(seed.word()).withAgency("nm_doh")));
        assertEquals(List.of(seed.dohDisclosure()), ids(campaign().withAgency("nm_doh")));
        assertEquals(List.of(seed.stateDisclosure(), seed.dohDisclosure()),
                ids(campaign().withDirection("state_to_federal")));
        assertEquals(List.of(seed.stateDisclosure()), ids(campaign().withCategory("date_of_birth", true)));
        assertEquals(List.of(seed.federalAsk(), seed.stateDisclosure()), ids(campaign().withCategory("date_of_birth",
                false)));
        assertEquals(List.of(seed.federalAsk()), ids(campaign().withLegalBasis("none_cited")));
        assertEquals(List.of(seed.dohDisclosure()), ids(campaign().withDates(java.time.LocalDate.parse("2019-04-01"),
                java.time.LocalDate.parse("2019-04-30"))));
        assertEquals(List.of(seed.federalAsk(), seed.stateDisclosure()), ids(campaign().withThread(seed.mvdThread())));
        assertEquals(List.of(seed.dohDisclosure()), ids(campaign().withInitiator("state")));

        Map<String, Map<String, Long>> facets = evidence.facets(campaign());
        assertEquals(Map.of("nm_mvd", 2L, "nm_doh", 1L), facets.get("agency"));
        assertEquals(2L, facets.get("category").get("date_of_birth"));
        assertEquals(3L, facets.get("counterpart").get("ice_ero"));
    }

    @Test
    void theSecondAnalystIsToldAboutTheFirstOnesChangeAndNothingIsLost() {
        Views.CommunicationView seenByFirst = evidence.open(seed.federalAsk());
        TestCallers.actAs(secondAnalyst);
        Views.CommunicationView seenBySecond = evidence.open(seed.federalAsk());
        long tagId = seenByFirst.tags().stream().filter(t -> t.code().equals("date_of_birth")).findFirst()
                .orElseThrow().id();

        TestCallers.actAs(analyst);
        Views.CommunicationView afterFirst = evidence.decide(seed.federalAsk(), seenByFirst.version(), tagId, true,
                "asked, not disclosed");
        assertTrue(afterFirst.version() > seenByFirst.version());

        TestCallers.actAs(secondAnalyst);
        ReviewConflictException conflict = assertThrows(ReviewConflictException.class,
                () -> evidence.decide(seed.federalAsk(), seenBySecond.version(), tagId, false, null));
        assertEquals("review.conflict", conflict.messageKey());
        assertThrows(ReviewConflictException.class, () -> evidence.addTag(seed.federalAsk(), seenBySecond.version(),
                TagKind.CATEGORY, "home_address", null));

        Views.CommunicationView reloaded = evidence.open(seed.federalAsk());
        Views.TagView kept = reloaded.tags().stream().filter(t -> t.id() == tagId).findFirst().orElseThrow();
        assertEquals("CONFIRMED", kept.status());
        assertEquals(analyst.username(), kept.decidedBy());
        assertEquals(reloaded.tags().size(), seenBySecond.tags().size(), "the second analyst's tag was not added");

        Views.CommunicationView afterSecond = evidence.addTag(seed.federalAsk(), reloaded.version(), TagKind.CATEGORY,
                "home_address", "asked for it");
        Views.TagView added = afterSecond.tags().stream().filter(t -> t.code().equals("home_address")).findFirst()
                .orElseThrow();
        assertEquals("ANALYST", added.source());
        assertEquals(secondAnalyst.username(), added.decidedBy());
        assertFalse(added.disclosed(), "a federal request discloses nothing");
    }

    @Test
    void exportsAreMaskedByDefaultWithFormulaCellsDefusedAndAudited() throws IOException {
        EvidenceQuery q = campaign().withAgency("nm_mvd");
        String csv = export(q, ExportFormat.CSV, false);
        for (String secret : List.of("Rita Ocampo", "rita.ocampo@", "Kay Lund", "kay.lund@", "123-45-6789")) {
            assertFalse(csv.contains(secret), secret + " leaked:\n" + csv);
        }
        List<List<String>> rows = Csv.read(csv, 10);
        List<String> header = rows.get(0);
        Map<String, String> disclosure = row(rows, header, seed.stateDisclosure());
        assertEquals("R. O.", disclosure.get("from_name"));
        assertEquals("r***@mvd.example.gov", disclosure.get("from_email"));
        assertTrue(disclosure.get("subject").startsWith("'=HYPERLINK"), disclosure.get("subject"));
        assertEquals("nm_mvd", disclosure.get("from_org"));
        assertEquals("ice_ero", disclosure.get("to_orgs"));
        assertEquals("state_to_federal", disclosure.get("direction"));
        assertEquals("federal", disclosure.get("initiated_by"));
        assertEquals("date_of_birth;home_address;ssn", disclosure.get("disclosed"));
        assertEquals(2, rows.size() - 1);

        byte[] xlsx = exportBytes(q, ExportFormat.XLSX, false);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            int subject = ExportRow.COLUMNS.indexOf("subject");
            int fromName = ExportRow.COLUMNS.indexOf("from_name");
            boolean found = false;
            for (Row r : wb.getSheetAt(0)) {
                String s = r.getCell(subject).getStringCellValue();
                assertFalse(s.startsWith("="), s);
                assertFalse(r.getCell(fromName).getStringCellValue().contains("Ocampo"));
                found |= s.startsWith("'=HYPERLINK");
            }
            assertTrue(found);
        }
        String json = export(q, ExportFormat.JSON, false);
        assertFalse(json.contains("Rita Ocampo"), json);

        assertTrue(audited(analyst.username(), "EXPORT_CSV", "OK") >= 1);
        assertTrue(audited(analyst.username(), "EXPORT_XLSX", "OK") >= 1);
        long auditCount = (Long) em.createQuery("SELECT COUNT(e) FROM AuditEntry e WHERE e.actor = :a AND "
                + "(e.targetId LIKE '%Ocampo%' OR e.targetId LIKE '%123-45%')").setParameter("a", analyst.username())
                .getSingleResult();
        assertEquals(0, auditCount, "the audit trail never holds the data");
    }

    @Test
    void onlyAnAdministratorExportsUnmaskedAndBothAttemptsAreAudited() throws IOException {
        assertThrows(AccessDeniedException.class, () -> export(campaign(), ExportFormat.CSV, true));
        assertEquals(1, audited(analyst.username(), "EXPORT_CSV_UNMASKED", "DENIED"));

        Caller admin = fixtures.admin();
        TestCallers.actAs(admin);
        String csv = export(campaign(), ExportFormat.CSV, true);
        assertTrue(csv.contains("Rita Ocampo") && csv.contains("rita.ocampo@mvd.example.gov"), csv);
        assertTrue(audited(admin.username(), "EXPORT_CSV_UNMASKED", "OK") >= 1);
    }

    @Test
    void theBoardCountsDisclosuresAndEveryNumberListsItsCommunications() {
        EvidenceBoard board = evidence.board(seed.campaignId());
        EvidenceTable.Cell ssn = cell(board.disclosures(), "nm_mvd", "ssn");
        assertEquals(1, ssn.count());
        assertEquals(List.of(seed.stateDisclosure()), ids(EvidenceQuery.fromParameters(ssn.parameters())));
        assertEquals(1, cell(board.disclosures(), "nm_doh", "phone_number").count());
        assertEquals(0, cell(board.disclosures(), "nm_doh", "ssn").count(), "an empty cell has no link");
        EvidenceTable.Cell federal = cell(board.initiators(), "nm_mvd", "federal");
        assertEquals(1, federal.count());
        assertEquals(List.of(seed.federalAsk(), seed.stateDisclosure()),
                ids(EvidenceQuery.fromParameters(federal.parameters())));
        assertEquals(1, cell(board.initiators(), "nm_doh", "state").count());
        assertEquals(1, cell(board.legalBases(), "nm_mvd", "none_cited").count());
        assertEquals(List.of("2019-03", "2019-04"), board.timeline().columns());
    }

    @Test
    void aRejectedTagStopsCountingAndBulkTaggingTagsTheWholeResult() {
        EvidenceRows.Seeded seed = seeder.seed(organization);
        TestCallers.actAs(analyst);
        EvidenceQuery campaign = EvidenceQuery.ofCampaign(seed.campaignId());
        Views.CommunicationView doh = evidence.open(seed.dohDisclosure());
        long phone = doh.tags().stream().filter(t -> t.code().equals("phone_number")).findFirst().orElseThrow().id();
        evidence.decide(seed.dohDisclosure(), doh.version(), phone, false, "office phone");
        assertEquals(0, cell(evidence.board(seed.campaignId()).disclosures(), "nm_doh", "phone_number").count());

        int tagged = evidence.bulkTag(campaign.withDirection("state_to_federal"), null, TagKind.CATEGORY,
                "family_members");
        assertEquals(2, tagged);
        assertEquals(List.of(seed.stateDisclosure(), seed.dohDisclosure()),
                ids(campaign.withCategory("family_members", true)));
        assertEquals(0, evidence.bulkTag(campaign.withDirection("state_to_federal"), null, TagKind.CATEGORY,
                "family_members"), "tagging twice changes nothing");
    }

    @Test
    void thePacketHoldsReportsThatCiteCommunicationsMaskedAndTheChainOfCustody() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        evidence.packet(seed.campaignId(), false, out);
        Map<String, byte[]> entries = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                entries.put(e.getName(), zip.readAllBytes());
            }
        }
        assertEquals(java.util.Set.of("report.html", "report.pdf", "communications.csv", "chain-of-custody.csv"),
                entries.keySet());
        String html = new String(entries.get("report.html"), StandardCharsets.UTF_8);
        assertTrue(html.contains("communication " + seed.stateDisclosure()), html);
        assertTrue(html.contains(seed.mvdDocumentName()) && html.contains("pages 2"), html);
        assertTrue(html.contains("***-**-6789"), "the cited excerpt, masked");
        for (String secret : List.of("123-45-6789", "Tomas Vega", "04/12/1988", "12 Elm Street", "Rita Ocampo")) {
            assertFalse(html.contains(secret), secret + " leaked");
        }
        assertTrue(new String(entries.get("report.pdf"), 0, 5, StandardCharsets.ISO_8859_1).startsWith("%PDF"));
        String custody = new String(entries.get("chain-of-custody.csv"), StandardCharsets.UTF_8);
        assertTrue(custody.contains(seed.mvdDocumentName()) && custody.contains("officer.seed"), custody);
        assertFalse(new String(entries.get("communications.csv"), StandardCharsets.UTF_8).contains("Rita Ocampo"));
        assertTrue(audited(analyst.username(), "EXPORT_PACKET", "OK") >= 1);
    }

    @Test
    void recordsOfficersAndAdvocatesCannotUseTheEvidenceSet() {
        TestCallers.actAs(officer);
        assertThrows(AccessDeniedException.class, () -> evidence.search(campaign(), 0, 10));
        assertThrows(AccessDeniedException.class, () -> evidence.open(seed.stateDisclosure()));
        assertThrows(AccessDeniedException.class, () -> evidence.board(seed.campaignId()));
        assertThrows(AccessDeniedException.class, () -> export(campaign(), ExportFormat.CSV, false));
    }

    @Test
    void anAnalystOfAnotherOrganizationSeesNoneOfTheCampaign() {
        TestCallers.actAs(outsider);
        assertThrows(org.recordswatch.platform.NotFoundException.class, () -> evidence.search(campaign(), 0, 10));
        assertThrows(org.recordswatch.platform.NotFoundException.class, () -> evidence.open(seed.stateDisclosure()));
        assertThrows(org.recordswatch.platform.NotFoundException.class, () -> evidence.board(seed.campaignId()));
        assertThrows(org.recordswatch.platform.NotFoundException.class,
                () -> export(campaign(), ExportFormat.CSV, false));
        assertThrows(org.recordswatch.platform.NotFoundException.class,
                () -> evidence.packet(seed.campaignId(), false, new ByteArrayOutputStream()));
    }

    @Test
    void viewsAreAuditedWithoutTheirContent() {
        evidence.open(seed.stateDisclosure());
        long before = viewsOf(seed.dohDisclosure());
        communications.communication(seed.dohDisclosure());
        assertEquals(before + 1, viewsOf(seed.dohDisclosure()), "the explorer's message view is audited too");
        assertTrue(em.createQuery("SELECT COUNT(e) FROM AuditEntry e WHERE e.actor = :a AND e.action = "
                + "'VIEW_COMMUNICATION' AND e.targetType = 'communication' AND e.targetId = :id", Long.class)
                .setParameter("a", analyst.username()).setParameter("id", Long.toString(seed.stateDisclosure()))
                .getSingleResult() >= 1);
    }

    @Test
    void aSecondCoderIsComparedWithTheTagsPerCategoryAndCannotBeTheFirstCoder() {
        EvidenceRows.Seeded seed = seeder.seed(organization);
        TestCallers.actAs(secondAnalyst);
        evidence.secondCode(seed.stateDisclosure(), List.of("ssn", "date_of_birth", "home_address", "phone_number"),
                List.of("ssn", "date_of_birth"));
        evidence.secondCode(seed.dohDisclosure(), List.of("ssn", "phone_number"), List.of("phone_number"));
        Map<String, org.recordswatch.evidence.Agreement> agreement = evidence.agreement(seed.campaignId());
        assertEquals(2, agreement.get("ssn").messages());
        assertEquals(1.0, agreement.get("ssn").kappa(), 1e-9);
        assertEquals(0.0, agreement.get("home_address").observed(), 1e-9);
        assertEquals(2, agreement.get("phone_number").messages());
        assertEquals(1.0, agreement.get("phone_number").observed(), 1e-9);

        TestCallers.actAs(analyst);
        Views.CommunicationView doh = evidence.open(seed.dohDisclosure());
        evidence.decide(seed.dohDisclosure(), doh.version(), doh.tags().get(0).id(), true, null);
        org.recordswatch.platform.BusinessException refused = assertThrows(
                org.recordswatch.platform.BusinessException.class,
                () -> evidence.secondCode(seed.dohDisclosure(), List.of("ssn"), List.of()));
        assertEquals("review.secondCoderIsFirst", refused.messageKey());
    }

    @Test
    void savedSearchesBelongToTheirOwner() {
        Views.SavedSearchView saved = evidence.saveSearch("mvd ssn", campaign().withAgency("nm_mvd"));
        assertEquals(campaign().withAgency("nm_mvd"), EvidenceQuery.fromParameters(saved.parameters()));
        assertTrue(evidence.savedSearches().contains(saved));
        TestCallers.actAs(secondAnalyst);
        assertFalse(evidence.savedSearches().contains(saved));
    }

    private static EvidenceTable.Cell cell(EvidenceTable table, String row, String column) {
        return table.rows().stream().filter(r -> r.label().equals(row)).flatMap(r -> r.cells().stream())
                .filter(c -> c.column().equals(column)).findFirst()
                .orElse(new EvidenceTable.Cell(column, 0, null));
    }

    private static Map<String, String> row(List<List<String>> rows, List<String> header, long id) {
        for (List<String> r : rows.subList(1, rows.size())) {
            if (r.get(header.indexOf("communication_id")).equals(Long.toString(id))) {
                Map<String, String> m = new HashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    m.put(header.get(i), r.get(i));
                }
                return m;
            }
        }
        throw new AssertionError("no row " + id);
    }

    private String export(EvidenceQuery q, ExportFormat f, boolean unmasked) throws IOException {
        return new String(exportBytes(q, f, unmasked), StandardCharsets.UTF_8);
    }

    private byte[] exportBytes(EvidenceQuery q, ExportFormat f, boolean unmasked) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        evidence.export(q, f, unmasked, out);
        return out.toByteArray();
    }

    private long viewsOf(long communicationId) {
        return em.createQuery("SELECT COUNT(e) FROM AuditEntry e WHERE e.action = 'VIEW_COMMUNICATION' AND "
                + "e.targetType = 'communication' AND e.targetId = :id", Long.class)
                .setParameter("id", Long.toString(communicationId)).getSingleResult();
    }

    private long audited(String actor, String action, String outcome) {
        return em.createQuery("SELECT COUNT(e) FROM AuditEntry e WHERE e.actor = :a AND e.action = :x AND "
                + "e.outcome = :o", Long.class).setParameter("a", actor).setParameter("x", action)
                .setParameter("o", outcome).getSingleResult();
    }
}
