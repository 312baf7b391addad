package org.recordswatch.audit.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.primefaces.model.LazyDataModel;
import org.recordswatch.audit.AuditEntry;
import org.recordswatch.audit.AuditFilter;
import org.recordswatch.audit.AuditLogService;
import org.recordswatch.platform.web.Messages;
import org.recordswatch.platform.web.PagedModel;

/** Admin page: the audit trail, newest first, filtered by actor, action, target, outcome and day (UTC). */
@Named
@ViewScoped
public class AuditPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AuditLogService log;

    private String actor;
    private String action;
    private String targetType;
    private String targetId;
    private String outcome;
    private LocalDate fromDay;
    private LocalDate toDay;
    private LazyDataModel<AuditEntry> entries;

    @PostConstruct
    void init() {
        entries = PagedModel.of(() -> log.count(filter()), (first, size) -> log.entries(filter(), first, size),
                AuditEntry::getId);
    }

    AuditFilter filter() {
        return new AuditFilter(actor, action, targetType, targetId, outcome,
                fromDay == null ? null : fromDay.atStartOfDay(ZoneOffset.UTC).toInstant(),
                toDay == null ? null : toDay.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    /** Checks the hash chain and says whether it is intact. */
    public void verify() {
        Optional<String> broken = log.verify();
        if (broken.isPresent()) {
            Messages.error("audit.chainBroken", broken.get());
        } else {
            Messages.info("audit.chainIntact");
        }
    }

    public void clear() {
        actor = null;
        action = null;
        targetType = null;
        targetId = null;
        outcome = null;
        fromDay = null;
        toDay = null;
    }

    public LazyDataModel<AuditEntry> getEntries() {
        return entries;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getTargetType() {
        return targetType;
    }

    public void setTargetType(String targetType) {
        this.targetType = targetType;
    }

    public String getTargetId() {
        return targetId;
    }

    public void setTargetId(String targetId) {
        this.targetId = targetId;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    public LocalDate getFromDay() {
        return fromDay;
    }

    public void setFromDay(LocalDate fromDay) {
        this.fromDay = fromDay;
    }

    public LocalDate getToDay() {
        return toDay;
    }

    public void setToDay(LocalDate toDay) {
        this.toDay = toDay;
    }
}
