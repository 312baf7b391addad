package org.recordswatch.document.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.recordswatch.document.Document;
import org.recordswatch.document.DocumentReceipt;
import org.recordswatch.document.DocumentService;
import org.recordswatch.platform.NotFoundException;
import org.recordswatch.platform.csv.CsvWriter;
import org.recordswatch.platform.web.ContentDisposition;

/**
 * The chain of custody as CSV: {@code /documents/custody/request/{id}} for every original of a request,
 * {@code /documents/custody/document/{id}} for one document. One row per receipt.
 */
@WebServlet(name = "CustodyCsv", urlPatterns = "/documents/custody/*")
public class CustodyCsvServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern PATH = Pattern.compile("/(request|document)/(\\d{1,18})");

    @Inject
    DocumentService documents;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher m = PATH.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        if (!m.matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        long id = Long.parseLong(m.group(2));
        List<DocumentReceipt> receipts;
        try {
            receipts = "request".equals(m.group(1)) ? documents.custodyOfRequest(id) : documents.custody(id);
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition",
                ContentDisposition.attachment("chain-of-custody-" + m.group(1) + "-" + id + ".csv"));
        response.setHeader("Cache-Control", "no-store");
        Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        CsvWriter csv = new CsvWriter(writer);
        csv.row("document_id", "request_id", "original_name", "path", "sha256", "size_bytes", "media_type",
                "received_at", "uploaded_by", "uploader_role", "affiliation", "channel", "name_at_upload", "duplicate",
                "bates_range");
        for (DocumentReceipt r : receipts) {
            Document d = r.getDocument();
            csv.row(d.getId(), d.getRequestId(), d.getOriginalName(), d.getPath(), d.getSha256(), d.getSize(),
                    d.getMediaType(), r.getReceivedAt(), r.getUploadedBy(), r.getUploaderRole(), r.getAffiliation(),
                    r.getChannel(), r.getOriginalName(), r.isDuplicate(), r.getBatesRange());
        }
        csv.flush();
    }
}
