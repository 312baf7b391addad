package org.recordswatch.document.api;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.recordswatch.document.Channel;
import org.recordswatch.document.DocumentService;
import org.recordswatch.document.ExtractionStatusLookup;
import org.recordswatch.document.UploadBatch;
import org.recordswatch.platform.BusinessException;

/**
 * The files of a records request, for scripts: upload many files at once (multipart/form-data, streamed to disk by
 * the servlet container, never held in memory) and list what was received.
 */
@Path("requests/{requestId}/documents")
@Tag(name = "documents")
@Produces(MediaType.APPLICATION_JSON)
public class RequestDocumentsResource {

    @Inject
    DocumentService documents;

    @Inject
    Instance<ExtractionStatusLookup> extractionStatus;

    @Context
    HttpServletRequest http;

    /** The answer to an upload: one entry per file, in the order sent. */
    public record UploadAnswer(long batchId, List<DocumentService.UploadResult> files) {
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Upload files to a request",
            description = "Form fields: one or more `file` parts; optional `channel` (EMAIL, MAIL, PORTAL_DOWNLOAD, "
                    + "API; officers' uploads are always AGENCY_PORTAL), `bates` (a Bates number or range), `ocr` "
                    + "(true/false, default true) and `ocrLanguages` (eng, spa, eng+spa). Files already received for "
                    + "the request are recorded as duplicates, not stored twice.")
    @RequestBody(content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
            schema = @Schema(type = SchemaType.OBJECT)))
    public UploadAnswer upload(@PathParam("requestId") long requestId) throws IOException, ServletException {
        List<Part> files = new ArrayList<>();
        String channel = null;
        String bates = null;
        String ocr = null;
        String languages = null;
        for (Part part : http.getParts()) {
            if (part.getSubmittedFileName() != null) {
                files.add(part);
                continue;
            }
            switch (part.getName()) {
                case "channel" -> channel = text(part);
                case "bates" -> bates = text(part);
                case "ocr" -> ocr = text(part);
                case "ocrLanguages" -> languages = text(part);
                default -> {
                    // unknown fields are ignored
                }
            }
        }
        if (files.isEmpty()) {
            throw new BadRequestException("No file part in the request");
        }
        Channel chosen = channel == null || channel.isBlank() ? Channel.API : parseChannel(channel);
        UploadBatch batch = documents.startBatch(requestId, chosen, ocr == null || Boolean.parseBoolean(ocr),
                languages);
        List<DocumentService.UploadResult> results;
        try {
            results = documents.uploadAll(batch.getId(), files.stream().map(PartFile::new).toList(), bates);
        } finally {
            for (Part file : files) {
                file.delete();
            }
        }
        return new UploadAnswer(batch.getId(), results);
    }

    @GET
    @Operation(summary = "The originals received for a request, newest first")
    public List<DocumentView> list(@PathParam("requestId") long requestId,
            @QueryParam("first") @DefaultValue("0") int first, @QueryParam("max") @DefaultValue("100") int max) {
        return documents.originals(requestId, Math.max(0, first), Math.min(Math.max(1, max), 1000)).stream()
                .map(d -> DocumentView.of(d, extractionStatus)).toList();
    }

    /** A multipart file part as an upload. */
    private record PartFile(Part part) implements DocumentService.IncomingFile {
        @Override
        public String name() {
            return part.getSubmittedFileName();
        }

        @Override
        public InputStream open() throws IOException {
            return part.getInputStream();
        }
    }

    private static Channel parseChannel(String value) {
        try {
            return Channel.valueOf(value.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BusinessException("upload.channelInvalid");
        }
    }

    private static String text(Part part) throws IOException {
        try (InputStream in = part.getInputStream()) {
            byte[] bytes = in.readNBytes(1024);
            return new String(bytes, StandardCharsets.UTF_8).strip();
        }
    }
}
