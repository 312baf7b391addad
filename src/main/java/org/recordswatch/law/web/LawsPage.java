package org.recordswatch.law.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.primefaces.PrimeFaces;
import org.recordswatch.law.ClockEvent;
import org.recordswatch.law.ClockKind;
import org.recordswatch.law.ClockReading;
import org.recordswatch.law.DayCount;
import org.recordswatch.law.DenialElement;
import org.recordswatch.law.Law;
import org.recordswatch.law.LawService;
import org.recordswatch.law.LawService.ClockForm;
import org.recordswatch.law.LawService.LawForm;
import org.recordswatch.law.ReceiptRule;
import org.recordswatch.law.Roll;
import org.recordswatch.law.StatutoryClock;
import org.recordswatch.platform.BusinessException;
import org.recordswatch.platform.web.Messages;

/**
 * The laws and their clocks (everyone reads them; admins edit them), with a "try a date" preview of the deadlines a
 * request received on that date would get.
 */
@Named
@ViewScoped
public class LawsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    LawService laws;

    @Inject
    transient Clock clock;

    private String code;
    private LocalDate tryDate;
    private List<ClockReading> preview;

    private Long editingLawId;
    private String editingClockCode;
    private ClockFormBean clockForm = new ClockFormBean();

    /** The selected law: the one named by {@code ?code=}, else the first. */
    public Law getLaw() {
        List<Law> all = laws.laws();
        return all.stream().filter(l -> l.getCode().equals(code)).findFirst()
                .orElse(all.isEmpty() ? null : all.get(0));
    }

    public List<Law> getLaws() {
        return laws.laws();
    }

    public void tryIt() {
        Law law = getLaw();
        if (law != null && tryDate != null) {
            preview = laws.preview(law.getId(), tryDate);
        }
    }

    // ------------------------------------------------------------- law form

    private static LawForm emptyLaw() {
        return new LawForm(null, null, null, null, null, null, null, null, ReceiptRule.SAME_DAY,
                EnumSet.noneOf(DenialElement.class), null, null, null);
    }

    public void newLaw() {
        editingLawId = null;
        lawBean = new LawFormBean(emptyLaw());
    }

    public void editLaw() {
        Law l = getLaw();
        editingLawId = l.getId();
        lawBean = new LawFormBean(new LawForm(l.getCode(), l.getJurisdiction(), l.getName(), l.getShortName(),
                l.getCitation(), l.getUrl(), l.getNotes(), l.getCalendarJurisdiction(), l.getReceiptRule(),
                l.getDenialElements(), l.getDenialCitation(), l.getDamagesPerDay(), l.getDamagesNote()));
    }

    private LawFormBean lawBean = new LawFormBean(emptyLaw());

    public void saveLaw() {
        try {
            Law saved = laws.saveLaw(editingLawId, lawBean.toForm());
            code = saved.getCode();
            Messages.info("laws.saved", saved.getShortName());
            PrimeFaces.current().executeScript("PF('lawDialog').hide()");
        } catch (BusinessException e) {
            Messages.error(e.messageKey(), e.args());
        }
    }

    // ----------------------------------------------------------- clock form

    public void newClock() {
        editingClockCode = null;
        clockForm = new ClockFormBean();
    }

    public void editClock(StatutoryClock c) {
        editingClockCode = c.getCode();
        clockForm = ClockFormBean.of(c);
    }

    public void saveClock() {
        try {
            laws.saveClock(getLaw().getId(), editingClockCode, clockForm.toForm());
            Messages.info("laws.clockSaved", clockForm.getName());
            PrimeFaces.current().executeScript("PF('clockDialog').hide()");
        } catch (BusinessException e) {
            Messages.error(e.messageKey(), e.args());
        }
    }

    public void removeClock(StatutoryClock c) {
        try {
            laws.removeClock(getLaw().getId(), c.getCode());
            Messages.info("laws.clockRemoved", c.getName());
        } catch (BusinessException e) {
            Messages.error(e.messageKey(), e.args());
        }
    }

    public List<ClockKind> getKinds() {
        return Arrays.asList(ClockKind.values());
    }

    public List<DayCount> getUnits() {
        return Arrays.asList(DayCount.values());
    }

    public List<ClockEvent> getEvents() {
        return Arrays.asList(ClockEvent.values());
    }

    public List<Roll> getRolls() {
        return Arrays.asList(Roll.values());
    }

    public List<ReceiptRule> getReceiptRules() {
        return Arrays.asList(ReceiptRule.values());
    }

    public List<DenialElement> getDenialElements() {
        return Arrays.asList(DenialElement.values());
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public LocalDate getTryDate() {
        if (tryDate == null) {
            tryDate = LocalDate.now(clock);
        }
        return tryDate;
    }

    public void setTryDate(LocalDate tryDate) {
        this.tryDate = tryDate;
    }

    public List<ClockReading> getPreview() {
        return preview;
    }

    public LawFormBean getLawBean() {
        return lawBean;
    }

    public boolean isNewLaw() {
        return editingLawId == null;
    }

    public ClockFormBean getClockForm() {
        return clockForm;
    }

    public boolean isNewClock() {
        return editingClockCode == null;
    }

    /** The law dialog's fields. */
    public static class LawFormBean implements Serializable {
        private static final long serialVersionUID = 1L;
        private String code;
        private String jurisdiction;
        private String name;
        private String shortName;
        private String citation;
        private String url;
        private String notes;
        private String calendarJurisdiction;
        private ReceiptRule receiptRule;
        private DenialElement[] denialElements;
        private String denialCitation;
        private BigDecimal damagesPerDay;
        private String damagesNote;

        LawFormBean(LawForm f) {
            code = f.code();
            jurisdiction = f.jurisdiction();
            name = f.name();
            shortName = f.shortName();
            citation = f.citation();
            url = f.url();
            notes = f.notes();
            calendarJurisdiction = f.calendarJurisdiction();
            receiptRule = f.receiptRule();
            denialElements = f.denialElements().toArray(new DenialElement[0]);
            denialCitation = f.denialCitation();
            damagesPerDay = f.damagesPerDay();
            damagesNote = f.damagesNote();
        }

        LawForm toForm() {
            Set<DenialElement> elements = EnumSet.noneOf(DenialElement.class);
            if (denialElements != null) {
                elements.addAll(Arrays.asList(denialElements));
            }
            return new LawForm(code, jurisdiction, name, shortName, citation, url, notes,
                    calendarJurisdiction == null || calendarJurisdiction.isBlank() ? jurisdiction
                            : calendarJurisdiction,
                    receiptRule, elements, denialCitation, damagesPerDay, damagesNote);
        }

        public String getCode() {
            return code;
        }

        public void setCode(String code) {
            this.code = code;
        }

        public String getJurisdiction() {
            return jurisdiction;
        }

        public void setJurisdiction(String jurisdiction) {
            this.jurisdiction = jurisdiction;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getShortName() {
            return shortName;
        }

        public void setShortName(String shortName) {
            this.shortName = shortName;
        }

        public String getCitation() {
            return citation;
        }

        public void setCitation(String citation) {
            this.citation = citation;
        }

        public String getUrl() {
            return url;
        }

        public void setUrl(String url) {
            this.url = url;
        }

        public String getNotes() {
            return notes;
        }

        public void setNotes(String notes) {
            this.notes = notes;
        }

        public String getCalendarJurisdiction() {
            return calendarJurisdiction;
        }

        public void setCalendarJurisdiction(String calendarJurisdiction) {
            this.calendarJurisdiction = calendarJurisdiction;
        }

        public ReceiptRule getReceiptRule() {
            return receiptRule;
        }

        public void setReceiptRule(ReceiptRule receiptRule) {
            this.receiptRule = receiptRule;
        }

        public DenialElement[] getDenialElements() {
            return denialElements == null ? null : denialElements.clone();
        }

        public void setDenialElements(DenialElement[] denialElements) {
            this.denialElements = denialElements == null ? null : denialElements.clone();
        }

        public String getDenialCitation() {
            return denialCitation;
        }

        public void setDenialCitation(String denialCitation) {
            this.denialCitation = denialCitation;
        }

        public BigDecimal getDamagesPerDay() {
            return damagesPerDay;
        }

        public void setDamagesPerDay(BigDecimal damagesPerDay) {
            this.damagesPerDay = damagesPerDay;
        }

        public String getDamagesNote() {
            return damagesNote;
        }

        public void setDamagesNote(String damagesNote) {
            this.damagesNote = damagesNote;
        }
    }

    /** The clock dialog's fields. */
    public static class ClockFormBean implements Serializable {
        private static final long serialVersionUID = 1L;
        private String code;
        private String name;
        private ClockKind kind = ClockKind.DETERMINE;
        private Integer length;
        private DayCount unit = DayCount.BUSINESS_DAYS;
        private ClockEvent startsOn = ClockEvent.RECEIVED;
        private String countFrom;
        private Roll roll = Roll.NEXT_BUSINESS_DAY;
        private ClockEvent[] metBy = ClockEvent.ANY_RESPONSE.toArray(new ClockEvent[0]);
        private ClockEvent[] supersededBy = new ClockEvent[0];
        private boolean deemedDenial;
        private String citation;
        private String notes;
        private boolean uncertain;

        static ClockFormBean of(StatutoryClock c) {
            ClockFormBean b = new ClockFormBean();
            b.code = c.getCode();
            b.name = c.getName();
            b.kind = c.getKind();
            b.length = c.getLength();
            b.unit = c.getUnit();
            b.startsOn = c.getStartsOn();
            b.countFrom = c.getCountFrom();
            b.roll = c.getRoll();
            b.metBy = c.getMetBy().toArray(new ClockEvent[0]);
            b.supersededBy = c.getSupersededBy().toArray(new ClockEvent[0]);
            b.deemedDenial = c.isDeemedDenial();
            b.citation = c.getCitation();
            b.notes = c.getNotes();
            b.uncertain = c.isUncertain();
            return b;
        }

        ClockForm toForm() {
            return new ClockForm(code, name, kind, length, unit, startsOn, countFrom, roll, events(metBy),
                    events(supersededBy), deemedDenial, citation, notes, uncertain);
        }

        private static Set<ClockEvent> events(ClockEvent[] chosen) {
            Set<ClockEvent> set = EnumSet.noneOf(ClockEvent.class);
            if (chosen != null) {
                set.addAll(Arrays.asList(chosen));
            }
            return set;
        }

        public String getCode() {
            return code;
        }

        public void setCode(String code) {
            this.code = code;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public ClockKind getKind() {
            return kind;
        }

        public void setKind(ClockKind kind) {
            this.kind = kind;
        }

        public Integer getLength() {
            return length;
        }

        public void setLength(Integer length) {
            this.length = length;
        }

        public DayCount getUnit() {
            return unit;
        }

        public void setUnit(DayCount unit) {
            this.unit = unit;
        }

        public ClockEvent getStartsOn() {
            return startsOn;
        }

        public void setStartsOn(ClockEvent startsOn) {
            this.startsOn = startsOn;
        }

        public String getCountFrom() {
            return countFrom;
        }

        public void setCountFrom(String countFrom) {
            this.countFrom = countFrom;
        }

        public Roll getRoll() {
            return roll;
        }

        public void setRoll(Roll roll) {
            this.roll = roll;
        }

        public ClockEvent[] getMetBy() {
            return metBy == null ? null : metBy.clone();
        }

        public void setMetBy(ClockEvent[] metBy) {
            this.metBy = metBy == null ? null : metBy.clone();
        }

        public ClockEvent[] getSupersededBy() {
            return supersededBy == null ? null : supersededBy.clone();
        }

        public void setSupersededBy(ClockEvent[] supersededBy) {
            this.supersededBy = supersededBy == null ? null : supersededBy.clone();
        }

        public boolean isDeemedDenial() {
            return deemedDenial;
        }

        public void setDeemedDenial(boolean deemedDenial) {
            this.deemedDenial = deemedDenial;
        }

        public String getCitation() {
            return citation;
        }

        public void setCitation(String citation) {
            this.citation = citation;
        }

        public String getNotes() {
            return notes;
        }

        public void setNotes(String notes) {
            this.notes = notes;
        }

        public boolean isUncertain() {
            return uncertain;
        }

        public void setUncertain(boolean uncertain) {
            this.uncertain = uncertain;
        }
    }
}
