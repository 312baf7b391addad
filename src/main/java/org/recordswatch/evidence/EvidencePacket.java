package org.recordswatch.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.recordswatch.communication.Communication;
import org.recordswatch.communication.CommunicationAppearance;
import org.recordswatch.document.Document;
import org.recordswatch.document.DocumentReceipt;
import org.recordswatch.document.DocumentService;
import org.recordswatch.platform.csv.CsvWriter;
import org.recordswatch.request.Letter;
import org.recordswatch.request.PdfLetterRenderer;
import org.recordswatch.tagging.CommunicationTag;
import org.recordswatch.tagging.ExportRow;
import org.recordswatch.tagging.TagKind;
import org.recordswatch.tagging.TagStatus;

/**
 * Writes a campaign's evidence packet as a ZIP: {@code report.html} and {@code report.pdf} (the board's tables, each
 * figure followed by the communications behind it with their documents and pages, and the cited excerpts),
 * {@code communications.csv} (the export of every communication) and {@code chain-of-custody.csv} (every receipt of
 * every cited document). Personal data masked unless the masking says otherwise. Called by {@link EvidenceService},
 * which checks and audits the caller.
 */
@ApplicationScoped
public class EvidencePacket {

    private static final int MAX_CITED = 10_000;

    @PersistenceContext
    EntityManager em;

    @Inject
    EvidenceRepository repository;

    @Inject
    ExportRows exportRows;

    @Inject
    DocumentService documents;

    @Inject
    PdfLetterRenderer pdf;

    @Inject
    Clock clock;

    /** One figure's sources: a communication and the excerpts cited for it. */
    record Citation(long id, String document, String where, List<String> excerpts) {
    }

    public void write(long campaignId, EvidenceBoard board, Masking masking, OutputStream out) throws IOException {
        Set<Long> citedDocuments = new LinkedHashSet<>();
        StringBuilder html = new StringBuilder();
        StringBuilder text = new StringBuilder();
        html.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Evidence packet, campaign ")
                .append(campaignId).append("</title><style>body{font-family:sans-serif;max-width:70em;margin:auto}"
                        + "table{border-collapse:collapse}td,th{border:1px solid #999;padding:2px 6px}"
                        + ".cite{font-size:90%;color:#333}</style></head><body>");
        html.append("<h1>Evidence packet, campaign ").append(campaignId).append("</h1><p>Generated ")
                .append(esc(clock.instant().toString())).append(". Personal data ")
                .append(masking.masked() ? "masked (SSN last four, birth year, city, initials)." : "NOT masked.")
                .append("</p>");
        text.append("Generated ").append(clock.instant()).append(". Personal data ")
                .append(masking.masked() ? "masked." : "NOT masked.").append("\n\n");
        for (EvidenceTable table : board.tables()) {
            String title = TITLES.getOrDefault(table.titleKey(), table.titleKey());
            html.append("<h2>").append(esc(title)).append("</h2>");
            text.append("== ").append(title).append(" ==\n");
            if (table.isEmpty()) {
                html.append("<p>None.</p>");
                text.append("None.\n\n");
                continue;
            }
            html.append("<table><tr><th></th>");
            table.columns().forEach(c -> html.append("<th>").append(esc(c)).append("</th>"));
            html.append("<th>total</th></tr>");
            for (EvidenceTable.Row row : table.rows()) {
                html.append("<tr><th>").append(esc(row.label())).append("</th>");
                for (EvidenceTable.Cell cell : row.cells()) {
                    html.append("<td>").append(cell.count() == 0 ? "" : "<a href=\"#" + anchor(table, row, cell)
                            + "\">" + cell.count() + "</a>").append("</td>");
                }
                html.append("<td>").append(row.total()).append("</td></tr>");
            }
            html.append("</table>");
            for (EvidenceTable.Row row : table.rows()) {
                for (EvidenceTable.Cell cell : row.cells()) {
                    if (cell.count() == 0) {
                        continue;
                    }
                    String label = (row.label().isEmpty() ? "" : row.label() + " / ") + cell.column();
                    List<Citation> cites = citations(cell.query(), masking, citedDocuments);
                    html.append("<h3 id=\"").append(anchor(table, row, cell)).append("\">").append(esc(label))
                            .append(": ").append(cell.count()).append("</h3><ul class=\"cite\">");
                    text.append(label).append(": ").append(cell.count()).append("\n");
                    for (Citation c : cites) {
                        html.append("<li>communication ").append(c.id()).append(" — ").append(esc(c.document()))
                                .append(c.where().isEmpty() ? "" : ", " + esc(c.where()));
                        text.append("  - communication ").append(c.id()).append(", ").append(c.document())
                                .append(c.where().isEmpty() ? "" : ", " + c.where()).append("\n");
                        for (String e : c.excerpts()) {
                            html.append("<br><q>").append(esc(e)).append("</q>");
                            text.append("      \"").append(e).append("\"\n");
                        }
                        html.append("</li>");
                    }
                    html.append("</ul>");
                }
            }
            text.append("\n");
        }
        List<DocumentReceipt> custody = new ArrayList<>();
        for (Long documentId : citedDocuments) {
            custody.addAll(documents.custody(documentId));
        }
        html.append("<h2>Chain of custody of the cited documents</h2><table><tr><th>document</th><th>name</th>"
                + "<th>sha256</th><th>received</th><th>uploaded by</th><th>affiliation</th><th>channel</th>"
                + "<th>bates</th></tr>");
        text.append("== Chain of custody of the cited documents ==\n");
        for (DocumentReceipt r : custody) {
            Document d = r.getDocument();
            html.append("<tr><td>").append(d.getId()).append("</td><td>").append(esc(d.getOriginalName()))
                    .append("</td><td>").append(esc(d.getSha256())).append("</td><td>")
                    .append(esc(String.valueOf(r.getReceivedAt()))).append("</td><td>")
                    .append(esc(r.getUploadedBy())).append("</td><td>").append(esc(r.getAffiliation()))
                    .append("</td><td>").append(esc(String.valueOf(r.getChannel()))).append("</td><td>")
                    .append(esc(r.getBatesRange())).append("</td></tr>");
            text.append("document ").append(d.getId()).append(" ").append(d.getOriginalName()).append(" sha256 ")
                    .append(d.getSha256()).append(" received ").append(r.getReceivedAt()).append(" by ")
                    .append(r.getUploadedBy()).append("\n");
        }
        html.append("</table></body></html>");

        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        zip.putNextEntry(new ZipEntry("report.html"));
        zip.write(html.toString().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
        zip.putNextEntry(new ZipEntry("report.pdf"));
        zip.write(pdf.render(new Letter(List.of("Records Watch"), List.of("Campaign " + campaignId), null,
                "Evidence packet, campaign " + campaignId, text.toString(), "Evidence packet")));
        zip.closeEntry();
        zip.putNextEntry(new ZipEntry("communications.csv"));
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        try (ExportWriter w = ExportWriter.of(ExportFormat.CSV, csv)) {
            EvidenceQuery all = EvidenceQuery.ofCampaign(campaignId);
            for (int first = 0;; first += EvidenceService.PAGE) {
                List<Long> page = repository.ids(all, first, EvidenceService.PAGE);
                for (ExportRow row : exportRows.rows(page, masking)) {
                    w.write(row);
                }
                if (page.size() < EvidenceService.PAGE) {
                    break;
                }
            }
        }
        zip.write(csv.toByteArray());
        zip.closeEntry();
        zip.putNextEntry(new ZipEntry("chain-of-custody.csv"));
        Writer cw = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
        CsvWriter custodyCsv = new CsvWriter(cw);
        custodyCsv.row("document_id", "original_name", "path", "sha256", "size_bytes", "received_at", "uploaded_by",
                "uploader_role", "affiliation", "channel", "duplicate", "bates_range");
        for (DocumentReceipt r : custody) {
            Document d = r.getDocument();
            custodyCsv.row(d.getId(), d.getOriginalName(), d.getPath(), d.getSha256(), d.getSize(), r.getReceivedAt(),
                    r.getUploadedBy(), r.getUploaderRole(), r.getAffiliation(), r.getChannel(), r.isDuplicate(),
                    r.getBatesRange());
        }
        cw.flush();
        zip.closeEntry();
        zip.finish();
        out.flush();
    }

    private List<Citation> citations(EvidenceQuery q, Masking masking, Set<Long> citedDocuments) {
        List<Long> ids = repository.ids(q, 0, MAX_CITED);
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Communication> byId = new LinkedHashMap<>();
        for (Communication c : em.createQuery("SELECT c FROM Communication c WHERE c.id IN :ids", Communication.class)
                .setParameter("ids", ids).getResultList()) {
            byId.put(c.getId(), c);
        }
        Map<Long, List<String>> excerpts = new LinkedHashMap<>();
        if (q.category() != null) {
            for (CommunicationTag t : em.createQuery("SELECT t FROM CommunicationTag t WHERE t.communication.id IN :ids "
                    + "AND t.kind = :k AND t.code = :code AND t.decision.status <> :rejected AND t.excerpt IS NOT NULL",
                    CommunicationTag.class).setParameter("ids", ids).setParameter("k", TagKind.CATEGORY)
                    .setParameter("code", q.category()).setParameter("rejected", TagStatus.REJECTED)
                    .getResultList()) {
                Communication c = t.getCommunication();
                String e = masking.masked() ? Masker.get().text(t.getExcerpt(), EvidenceService.names(c))
                        : t.getExcerpt();
                excerpts.computeIfAbsent(c.getId(), k -> new ArrayList<>()).add(e);
            }
        }
        List<Citation> out = new ArrayList<>();
        for (Long id : ids) {
            Communication c = byId.get(id);
            if (c == null) {
                continue;
            }
            for (CommunicationAppearance a : c.getAppearances()) {
                citedDocuments.add(a.getDocumentId());
            }
            citedDocuments.add(c.getDocumentId());
            String where = c.pages().isEmpty() ? c.getLocator() : "pages " + c.pages();
            out.add(new Citation(id, c.getDocumentName(), where == null ? "" : where,
                    excerpts.getOrDefault(id, List.of())));
        }
        return out;
    }

    private static String anchor(EvidenceTable table, EvidenceTable.Row row, EvidenceTable.Cell cell) {
        return (table.titleKey() + "-" + row.label() + "-" + cell.column()).replaceAll("[^A-Za-z0-9_-]", "_");
    }

    private static final Map<String, String> TITLES = Map.of(
            "evboard.disclosures", "Disclosures, state to federal (producing agency x category, messages)",
            "evboard.initiators", "Threads by initiating side, per agency",
            "evboard.counterparts", "Threads by counterpart, per agency",
            "evboard.legalBases", "Legal bases cited, per agency (messages)",
            "evboard.timeline", "Disclosing messages per month");

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
