package org.recordswatch.document.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Set;
import org.recordswatch.document.DocumentService;
import org.recordswatch.platform.NotFoundException;
import org.recordswatch.platform.web.ContentDisposition;

/**
 * {@code GET /documents/file/{id}}: a stored document, always as an attachment (never rendered by the browser in the
 * app's origin), with a safe {@code Content-Disposition}, {@code no-store} and {@code nosniff}. Only types that
 * cannot run script in a browser keep their media type; everything else is sent as a byte stream.
 */
@WebServlet(name = "DocumentDownload", urlPatterns = "/documents/file/*")
public class DownloadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Set<String> PASSIVE_TYPES = Set.of("application/pdf", "image/png", "image/jpeg",
            "image/tiff", "image/gif", "text/plain", "text/csv", "message/rfc822", "application/zip",
            "application/vnd.ms-outlook", "application/mbox", "application/msword", "application/vnd.ms-excel",
            "application/x-tika-ooxml", "application/x-tika-msoffice");

    @Inject
    DocumentService documents;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long id;
        try {
            String info = request.getPathInfo();
            id = Long.parseLong(info == null ? "" : info.substring(1));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        DocumentService.Download download;
        try {
            download = documents.download(id);
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String type = download.document().getMediaType();
        response.setContentType(PASSIVE_TYPES.contains(type) ? type : "application/octet-stream");
        response.setHeader("Content-Disposition", ContentDisposition.attachment(download.document().getOriginalName()));
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", "default-src 'none'; sandbox");
        if (download.document().getSize() != null) {
            response.setContentLengthLong(download.document().getSize());
        }
        try (InputStream in = download.bytes(); OutputStream out = response.getOutputStream()) {
            in.transferTo(out);
        }
    }
}
