package org.recordswatch.law.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.primefaces.PrimeFaces;
import org.recordswatch.law.Holiday;
import org.recordswatch.law.HolidayCalendar;
import org.recordswatch.law.HolidayKind;
import org.recordswatch.law.HolidayRule;
import org.recordswatch.law.LawService;
import org.recordswatch.law.LawService.RuleForm;
import org.recordswatch.law.Observance;
import org.recordswatch.platform.BusinessException;
import org.recordswatch.platform.web.Messages;

/** Holiday calendars: the rules of each jurisdiction and the days they give in any year; admins edit the rules. */
@Named
@ViewScoped
public class HolidaysPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    LawService laws;

    @Inject
    transient Clock clock;

    private String jurisdiction;
    private Integer year;

    private Long editingRuleId;
    private String ruleName;
    private HolidayKind kind = HolidayKind.FIXED_DATE;
    private Integer month;
    private Integer day;
    private DayOfWeek weekday;
    private Integer nth;
    private String baseName;
    private Integer offsetDays;
    private Observance observance = Observance.NONE;
    private Integer firstYear;
    private Integer lastYear;
    private String notes;

    private String newJurisdiction;
    private String newName;
    private String calendarNotes;

    public List<HolidayCalendar> getCalendars() {
        return laws.calendars();
    }

    public HolidayCalendar getCalendar() {
        List<HolidayCalendar> all = laws.calendars();
        return all.stream().filter(c -> c.getJurisdiction().equalsIgnoreCase(jurisdiction == null ? "" : jurisdiction))
                .findFirst().orElse(all.isEmpty() ? null : all.get(0));
    }

    public List<Holiday> getHolidays() {
        HolidayCalendar c = getCalendar();
        return c == null ? List.of() : laws.holidays(c.getJurisdiction(), getYear());
    }

    public void newRule() {
        editingRuleId = null;
        ruleName = null;
        kind = HolidayKind.FIXED_DATE;
        month = null;
        day = null;
        weekday = null;
        nth = null;
        baseName = null;
        offsetDays = null;
        observance = Observance.NONE;
        firstYear = null;
        lastYear = null;
        notes = null;
    }

    public void editRule(HolidayRule r) {
        editingRuleId = r.getId();
        ruleName = r.getName();
        kind = r.getKind();
        month = r.getMonth();
        day = r.getDayOfMonth();
        weekday = r.getWeekday();
        nth = r.getNth();
        baseName = r.getBaseName();
        offsetDays = r.getOffsetDays();
        observance = r.getObservance();
        firstYear = r.getFirstYear();
        lastYear = r.getLastYear();
        notes = r.getNotes();
    }

    public void saveRule() {
        try {
            laws.saveRule(getCalendar().getJurisdiction(), editingRuleId, new RuleForm(ruleName, kind, month, day,
                    weekday, nth, baseName, offsetDays, observance, firstYear, lastYear, notes));
            Messages.info("holidays.saved", ruleName);
            PrimeFaces.current().executeScript("PF('ruleDialog').hide()");
        } catch (BusinessException e) {
            Messages.error(e.messageKey(), e.args());
        }
    }

    public void removeRule(HolidayRule r) {
        laws.removeRule(getCalendar().getJurisdiction(), r.getId());
        Messages.info("holidays.removed", r.getName());
    }

    public void createCalendar() {
        try {
            HolidayCalendar c = laws.createCalendar(newJurisdiction, newName);
            jurisdiction = c.getJurisdiction();
            newJurisdiction = null;
            newName = null;
            Messages.info("holidays.calendarCreated", c.getName());
        } catch (BusinessException e) {
            Messages.error(e.messageKey(), e.args());
        }
    }

    public void editCalendarNotes() {
        calendarNotes = getCalendar().getNotes();
    }

    public void saveCalendarNotes() {
        HolidayCalendar c = getCalendar();
        laws.describeCalendar(c.getJurisdiction(), c.getName(), calendarNotes);
        Messages.info("holidays.notesSaved");
    }

    public List<HolidayKind> getKinds() {
        return Arrays.asList(HolidayKind.values());
    }

    public List<Observance> getObservances() {
        return Arrays.asList(Observance.values());
    }

    public List<DayOfWeek> getWeekdays() {
        return Arrays.asList(DayOfWeek.values());
    }

    public String getJurisdiction() {
        return jurisdiction;
    }

    public void setJurisdiction(String jurisdiction) {
        this.jurisdiction = jurisdiction;
    }

    public int getYear() {
        return year == null ? LocalDate.now(clock).getYear() : year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public String getRuleName() {
        return ruleName;
    }

    public void setRuleName(String ruleName) {
        this.ruleName = ruleName;
    }

    public HolidayKind getKind() {
        return kind;
    }

    public void setKind(HolidayKind kind) {
        this.kind = kind;
    }

    public Integer getMonth() {
        return month;
    }

    public void setMonth(Integer month) {
        this.month = month;
    }

    public Integer getDay() {
        return day;
    }

    public void setDay(Integer day) {
        this.day = day;
    }

    public DayOfWeek getWeekday() {
        return weekday;
    }

    public void setWeekday(DayOfWeek weekday) {
        this.weekday = weekday;
    }

    public Integer getNth() {
        return nth;
    }

    public void setNth(Integer nth) {
        this.nth = nth;
    }

    public String getBaseName() {
        return baseName;
    }

    public void setBaseName(String baseName) {
        this.baseName = baseName;
    }

    public Integer getOffsetDays() {
        return offsetDays;
    }

    public void setOffsetDays(Integer offsetDays) {
        this.offsetDays = offsetDays;
    }

    public Observance getObservance() {
        return observance;
    }

    public void setObservance(Observance observance) {
        this.observance = observance;
    }

    public Integer getFirstYear() {
        return firstYear;
    }

    public void setFirstYear(Integer firstYear) {
        this.firstYear = firstYear;
    }

    public Integer getLastYear() {
        return lastYear;
    }

    public void setLastYear(Integer lastYear) {
        this.lastYear = lastYear;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public String getNewJurisdiction() {
        return newJurisdiction;
    }

    public void setNewJurisdiction(String newJurisdiction) {
        this.newJurisdiction = newJurisdiction;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }

    public String getCalendarNotes() {
        return calendarNotes;
    }

    public void setCalendarNotes(String calendarNotes) {
        this.calendarNotes = calendarNotes;
    }
}
