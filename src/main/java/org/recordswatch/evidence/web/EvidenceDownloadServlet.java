package org.recordswatch.evidence.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.recordswatch.evidence.EvidenceQuery;
import org.recordswatch.evidence.EvidenceService;
import org.recordswatch.evidence.ExportFormat;
import org.recordswatch.platform.AccessDeniedException;
import org.recordswatch.platform.NotFoundException;
import org.recordswatch.platform.web.ContentDisposition;

/**
 * Evidence downloads, streamed: {@code /evidence/export/csv|xlsx|json?<search parameters>} for every result of a
 * search, {@code /evidence/export/packet?campaign=N} for a campaign's evidence packet. {@code unmasked=true} is
 * honoured only for a role allowed to (403 otherwise). The service checks the caller and audits the export.
 */
@WebServlet(name = "EvidenceDownload", urlPatterns = "/evidence/export/*")
public class EvidenceDownloadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    EvidenceService evidence;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String what = request.getPathInfo() == null ? "" : request.getPathInfo().replace("/", "")
                .toLowerCase(Locale.ROOT);
        Map<String, String> params = new LinkedHashMap<>();
        request.getParameterMap().forEach((k, v) -> params.put(k, v.length == 0 ? null : v[0]));
        EvidenceQuery q = EvidenceQuery.fromMap(params);
        boolean unmasked = "true".equals(params.get("unmasked"));
        response.setHeader("Cache-Control", "no-store");
        try {
            if ("packet".equals(what)) {
                if (q.campaignId() == null) {
                    response.sendError(HttpServletResponse.SC_NOT_FOUND);
                    return;
                }
                response.setContentType("application/zip");
                response.setHeader("Content-Disposition",
                        ContentDisposition.attachment("evidence-packet-campaign-" + q.campaignId() + ".zip"));
                evidence.packet(q.campaignId(), unmasked, response.getOutputStream());
                return;
            }
            ExportFormat format;
            try {
                format = ExportFormat.valueOf(what.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            response.setContentType(format.mediaType());
            response.setHeader("Content-Disposition", ContentDisposition.attachment("communications."
                    + format.extension()));
            evidence.export(q, format, unmasked, response.getOutputStream());
        } catch (AccessDeniedException e) {
            if (!response.isCommitted()) {
                response.reset();
                response.sendError(HttpServletResponse.SC_FORBIDDEN);
            }
        } catch (NotFoundException e) {
            if (!response.isCommitted()) {
                response.reset();
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
            }
        }
    }
}
