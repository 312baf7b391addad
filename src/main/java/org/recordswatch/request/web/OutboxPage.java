package org.recordswatch.request.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.StreamedContent;
import org.recordswatch.platform.BusinessException;
import org.recordswatch.platform.mail.OutboxMessage;
import org.recordswatch.platform.web.Messages;
import org.recordswatch.platform.web.PagedModel;
import org.recordswatch.request.OutboxService;

/** Outgoing mail: what was sent, what failed, and what waits to be delivered by hand. */
@Named
@ViewScoped
public class OutboxPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OutboxService outbox;

    private OutboxMessage.Status status;
    private LazyDataModel<OutboxMessage> model;
    private OutboxMessage shown;

    @PostConstruct
    void init() {
        model = PagedModel.of(() -> outbox.count(status), (first, size) -> outbox.page(status, first, size),
                OutboxMessage::getId, outbox::get);
    }

    public void show(OutboxMessage m) {
        shown = outbox.get(m.getId());
    }

    public void deliveredByHand(OutboxMessage m) {
        try {
            outbox.markDeliveredByHand(m.getId());
            Messages.info("outbox.markedDelivered");
        } catch (BusinessException e) {
            Messages.error(e.messageKey(), e.args());
        }
    }

    public void requeue(OutboxMessage m) {
        try {
            outbox.requeue(m.getId());
            Messages.info("outbox.requeued");
        } catch (BusinessException e) {
            Messages.error(e.messageKey(), e.args());
        }
    }

    public StreamedContent attachment(OutboxMessage m) {
        byte[] content = outbox.attachment(m.getId());
        return DefaultStreamedContent.builder().name(m.getAttachmentName()).contentType(m.getAttachmentType())
                .stream(() -> new ByteArrayInputStream(content)).build();
    }

    public boolean isSmtp() {
        return outbox.smtpConfigured();
    }

    public List<OutboxMessage.Status> getStatuses() {
        return Arrays.asList(OutboxMessage.Status.values());
    }

    public LazyDataModel<OutboxMessage> getModel() {
        return model;
    }

    public OutboxMessage getShown() {
        return shown;
    }

    public OutboxMessage.Status getStatus() {
        return status;
    }

    public void setStatus(OutboxMessage.Status status) {
        this.status = status;
    }
}
