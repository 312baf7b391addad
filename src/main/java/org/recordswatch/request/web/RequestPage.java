package org.recordswatch.request.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.primefaces.PrimeFaces;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.recordswatch.law.DenialElement;
import org.recordswatch.platform.BusinessException;
import org.recordswatch.platform.security.CallerContext;
import org.recordswatch.platform.web.Messages;
import org.recordswatch.request.Correspondence;
import org.recordswatch.request.CorrespondenceForm;
import org.recordswatch.request.DeadlineChange;
import org.recordswatch.request.DenialDetails;
import org.recordswatch.request.RecordsRequest;
import org.recordswatch.request.RequestDeadline;
import org.recordswatch.request.RequestService;
import org.recordswatch.request.RequestStatus;
import org.recordswatch.request.RequestTransition;
import org.recordswatch.request.TransitionForm;

/**
 * One request: its deadlines with how each was computed, its history, the deadline-change log, correspondence and
 * letter; and recording what happened (submission, answers, denial with the law's required elements).
 */
@Named
@ViewScoped
public class RequestPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RequestService requests;

    @Inject
    CallerContext callers;

    private long id;
    private RecordsRequest request;
    private LocalDate today;

    private RequestStatus to;
    private LocalDate on;
    private LocalDate statedDate;
    private String note;
    private String recordsWithheld;
    private String responsiblePersons;
    private String reason;
    private String legalAuthority;
    private String appealRights;
    private String volumeEstimate;

    private LocalDate receivedOn;
    private boolean byEmail = true;

    private String letterSubject;
    private String letterText;
    private String trackingNumber;

    private Correspondence.Kind kind = Correspondence.Kind.NOTE;
    private Correspondence.Direction direction = Correspondence.Direction.INCOMING;
    private LocalDate correspondenceOn;
    private String subject;
    private String body;

    /** Loads the request named by {@code ?id=} (a view action: 404 when the caller may not see it). */
    public void load() {
        request = requests.request(id);
        today = requests.today();
        letterSubject = request.getLetterSubject();
        letterText = request.getLetterText();
        trackingNumber = request.getTrackingNumber();
    }

    private void reload() {
        request = requests.request(id);
    }

    public void startRecording(RequestStatus status) {
        to = status;
        on = today;
        statedDate = null;
        note = null;
        recordsWithheld = null;
        responsiblePersons = null;
        reason = null;
        legalAuthority = null;
        appealRights = null;
        volumeEstimate = null;
    }

    public void record() {
        DenialDetails denial = to == RequestStatus.DENIED ? new DenialDetails(recordsWithheld, responsiblePersons,
                reason, legalAuthority, appealRights, volumeEstimate) : null;
        try {
            requests.record(id, new TransitionForm(to, on, statedDate, note, denial));
            reload();
            Messages.info("request.recorded", Messages.get(to.labelKey()));
            if (to == RequestStatus.DENIED) {
                RequestTransition last = request.getTransitions().get(request.getTransitions().size() - 1);
                if (!last.getMissingElements().isEmpty()) {
                    Messages.warn("request.denialMissing", elementList(last.getMissingElements()));
                }
            }
            PrimeFaces.current().executeScript("PF('recordDialog').hide()");
        } catch (BusinessException e) {
            Messages.error(e.messageKey(), e.args());
        }
    }

    public void submit() {
        try {
            requests.submit(id, receivedOn == null ? today : receivedOn, byEmail, note);
            reload();
            Messages.info("request.submitted");
            PrimeFaces.current().executeScript("PF('submitDialog').hide()");
        } catch (BusinessException e) {
            Messages.error(e.messageKey(), e.args());
        }
    }

    public void saveLetter() {
        try {
            requests.editLetter(id, letterSubject, letterText);
            reload();
            Messages.info("request.letterSaved");
        } catch (BusinessException e) {
            Messages.error(e.messageKey(), e.args());
        }
    }

    public void saveTrackingNumber() {
        requests.setTrackingNumber(id, trackingNumber);
        reload();
        Messages.info("request.trackingSaved");
    }

    public void addCorrespondence() {
        try {
            requests.addCorrespondence(id, new CorrespondenceForm(kind, direction,
                    correspondenceOn == null ? today : correspondenceOn, subject, body));
            subject = null;
            body = null;
            Messages.info("correspondence.added");
        } catch (BusinessException e) {
            Messages.error(e.messageKey(), e.args());
        }
    }

    public StreamedContent getLetterPdf() {
        byte[] pdf = requests.letterPdf(id);
        return DefaultStreamedContent.builder().name(requests.letterFileName(id)).contentType("application/pdf")
                .stream(() -> new ByteArrayInputStream(pdf)).build();
    }

    /** The steps the caller may record now (submission has its own dialog). */
    public List<RequestStatus> getAllowedNext() {
        return request.getStatus().next().stream().filter(s -> s != RequestStatus.SUBMITTED)
                .filter(s -> request.mayRecord(callers.current(), s)).sorted().toList();
    }

    public boolean isTrackable() {
        return request.isTrackableBy(callers.current());
    }

    public boolean isDraft() {
        return request.getStatus() == RequestStatus.DRAFT;
    }

    public boolean isDenial() {
        return to == RequestStatus.DENIED;
    }

    public boolean isRequired(DenialElement e) {
        return request.requiredDenialElements().contains(e);
    }

    public String elementList(Set<DenialElement> elements) {
        return elements.stream().sorted().map(e -> Messages.get(e.labelKey())).collect(Collectors.joining("; "));
    }

    public BigDecimal getDamagesCap() {
        return request.damagesCap(today).orElse(null);
    }

    public List<DenialElement> getDenialElements() {
        return Arrays.asList(DenialElement.values());
    }

    public List<RequestDeadline> getDeadlines() {
        return requests.deadlines(id);
    }

    public List<RequestTransition> getTransitions() {
        return requests.transitions(id);
    }

    public List<DeadlineChange> getChanges() {
        return requests.deadlineChanges(id);
    }

    public List<Correspondence> getCorrespondence() {
        return requests.correspondence(id);
    }

    public List<Correspondence.Kind> getKinds() {
        return Arrays.asList(Correspondence.Kind.values());
    }

    public List<Correspondence.Direction> getDirections() {
        return Arrays.asList(Correspondence.Direction.values());
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public RecordsRequest getRequest() {
        return request;
    }

    public LocalDate getToday() {
        return today;
    }

    public RequestStatus getTo() {
        return to;
    }

    public void setTo(RequestStatus to) {
        this.to = to;
    }

    public LocalDate getOn() {
        return on;
    }

    public void setOn(LocalDate on) {
        this.on = on;
    }

    public LocalDate getStatedDate() {
        return statedDate;
    }

    public void setStatedDate(LocalDate statedDate) {
        this.statedDate = statedDate;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getRecordsWithheld() {
        return recordsWithheld;
    }

    public void setRecordsWithheld(String recordsWithheld) {
        this.recordsWithheld = recordsWithheld;
    }

    public String getResponsiblePersons() {
        return responsiblePersons;
    }

    public void setResponsiblePersons(String responsiblePersons) {
        this.responsiblePersons = responsiblePersons;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getLegalAuthority() {
        return legalAuthority;
    }

    public void setLegalAuthority(String legalAuthority) {
        this.legalAuthority = legalAuthority;
    }

    public String getAppealRights() {
        return appealRights;
    }

    public void setAppealRights(String appealRights) {
        this.appealRights = appealRights;
    }

    public String getVolumeEstimate() {
        return volumeEstimate;
    }

    public void setVolumeEstimate(String volumeEstimate) {
        this.volumeEstimate = volumeEstimate;
    }

    public LocalDate getReceivedOn() {
        return receivedOn == null ? today : receivedOn;
    }

    public void setReceivedOn(LocalDate receivedOn) {
        this.receivedOn = receivedOn;
    }

    public boolean isByEmail() {
        return byEmail;
    }

    public void setByEmail(boolean byEmail) {
        this.byEmail = byEmail;
    }

    public String getLetterSubject() {
        return letterSubject;
    }

    public void setLetterSubject(String letterSubject) {
        this.letterSubject = letterSubject;
    }

    public String getLetterText() {
        return letterText;
    }

    public void setLetterText(String letterText) {
        this.letterText = letterText;
    }

    public String getTrackingNumber() {
        return trackingNumber;
    }

    public void setTrackingNumber(String trackingNumber) {
        this.trackingNumber = trackingNumber;
    }

    public Correspondence.Kind getKind() {
        return kind;
    }

    public void setKind(Correspondence.Kind kind) {
        this.kind = kind;
    }

    public Correspondence.Direction getDirection() {
        return direction;
    }

    public void setDirection(Correspondence.Direction direction) {
        this.direction = direction;
    }

    public LocalDate getCorrespondenceOn() {
        return correspondenceOn == null ? today : correspondenceOn;
    }

    public void setCorrespondenceOn(LocalDate correspondenceOn) {
        this.correspondenceOn = correspondenceOn;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }
}
