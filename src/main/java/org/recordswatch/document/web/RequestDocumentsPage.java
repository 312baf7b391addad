package org.recordswatch.document.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.file.UploadedFile;
import org.recordswatch.document.Channel;
import org.recordswatch.document.Document;
import org.recordswatch.document.DocumentService;
import org.recordswatch.document.UploadBatch;
import org.recordswatch.platform.BusinessException;
import org.recordswatch.platform.security.CallerContext;
import org.recordswatch.platform.security.Role;
import org.recordswatch.platform.web.Messages;
import org.recordswatch.platform.web.PagedModel;

/**
 * "Records received" for one request: upload files (many at once, any size up to the limit, zips included) with the
 * channel and OCR choices of the batch, and the lazy list of originals received.
 */
@Named
@ViewScoped
public class RequestDocumentsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DocumentService documents;

    @Inject
    CallerContext callers;

    private Long requestId;
    private LazyDataModel<Document> originals;
    private Channel channel = Channel.EMAIL;
    private boolean ocr = true;
    private String ocrLanguages = "eng+spa";
    private String bates;
    private Long batchId;
    private final List<DocumentService.UploadResult> uploaded = new ArrayList<>();

    /** Called from f:viewAction once the id parameter is set; a request the caller may not see is a 404. */
    public void load() {
        if (requestId == null) {
            throw new org.recordswatch.platform.NotFoundException("records_request", "none");
        }
        documents.countOriginals(requestId);
        long id = requestId;
        originals = PagedModel.of(() -> documents.countOriginals(id),
                (first, size) -> documents.originals(id, first, size), Document::getId, documents::get);
    }

    /** One file arrived (PrimeFaces sends the files of a selection one request each). */
    public void upload(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        try {
            if (batchId == null) {
                UploadBatch batch = documents.startBatch(requestId, channel, ocr, ocrLanguages);
                batchId = batch.getId();
            }
            try (InputStream in = file.getInputStream()) {
                DocumentService.UploadResult result = documents.upload(batchId, file.getFileName(), in, bates);
                uploaded.add(0, result);
                if (result.duplicate()) {
                    Messages.warn("upload.duplicate", result.fileName());
                } else {
                    Messages.info("upload.stored", result.fileName());
                }
            }
        } catch (BusinessException e) {
            Messages.error(e.messageKey(), e.args());
        } catch (IOException e) {
            Messages.error("upload.failed");
        } finally {
            try {
                file.delete();
            } catch (IOException ignored) {
                // the container removes its temporary file at the end of the request anyway
            }
        }
    }

    /** Options changed: the next files form a new batch. */
    public void newBatch() {
        batchId = null;
        uploaded.clear();
    }

    public boolean isOfficer() {
        return callers.current().hasRole(Role.RECORDS_OFFICER);
    }

    public List<Channel> getChannels() {
        return Arrays.stream(Channel.values()).filter(c -> c != Channel.AGENCY_PORTAL && c != Channel.API).toList();
    }

    public long getMaxBytes() {
        return documents.maxFileBytes();
    }

    public Long getRequestId() {
        return requestId;
    }

    public void setRequestId(Long requestId) {
        this.requestId = requestId;
    }

    public LazyDataModel<Document> getOriginals() {
        return originals;
    }

    public Channel getChannel() {
        return channel;
    }

    public void setChannel(Channel channel) {
        this.channel = channel;
    }

    public boolean isOcr() {
        return ocr;
    }

    public void setOcr(boolean ocr) {
        this.ocr = ocr;
    }

    public String getOcrLanguages() {
        return ocrLanguages;
    }

    public void setOcrLanguages(String ocrLanguages) {
        this.ocrLanguages = ocrLanguages;
    }

    public String getBates() {
        return bates;
    }

    public void setBates(String bates) {
        this.bates = bates;
    }

    public List<DocumentService.UploadResult> getUploaded() {
        return uploaded;
    }
}
