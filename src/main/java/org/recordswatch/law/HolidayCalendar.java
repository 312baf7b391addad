package org.recordswatch.law;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The holidays of one jurisdiction (a state, {@code US} for the federal calendar), as rules that produce any year.
 * Implements {@link Holidays} for the deadline engine. A holiday observed on another day (New Year's Day on a
 * Saturday, observed on Friday 31 December) belongs to the year it is observed in.
 */
@Entity
@Table(name = "holiday_calendar")
@NamedQuery(name = "HolidayCalendar.findAll", query = "SELECT c FROM HolidayCalendar c ORDER BY c.jurisdiction")
@NamedQuery(name = "HolidayCalendar.findByJurisdiction",
        query = "SELECT c FROM HolidayCalendar c WHERE c.jurisdiction = :jurisdiction")
public class HolidayCalendar implements Holidays {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 16)
    private String jurisdiction;

    @Column(nullable = false)
    private String name;

    @Column(columnDefinition = "TEXT")
    private String notes;

    @OneToMany(mappedBy = "calendar", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("id")
    private List<HolidayRule> rules = new ArrayList<>();

    @Version
    private long version;

    @Transient
    private Map<Integer, Map<LocalDate, Holiday>> byYear;

    protected HolidayCalendar() {
        // for JPA
    }

    public HolidayCalendar(String jurisdiction, String name) {
        if (jurisdiction == null || jurisdiction.isBlank()) {
            throw new IllegalArgumentException("A holiday calendar needs a jurisdiction");
        }
        this.jurisdiction = jurisdiction.strip().toUpperCase(Locale.ROOT);
        describe(name, null);
    }

    public void describe(String newName, String newNotes) {
        if (newName == null || newName.isBlank()) {
            throw new IllegalArgumentException("A holiday calendar needs a name");
        }
        this.name = newName.strip();
        this.notes = newNotes == null || newNotes.isBlank() ? null : newNotes.strip();
    }

    public HolidayCalendar add(HolidayRule rule) {
        if (rule(rule.getName()).isPresent()) {
            throw new IllegalArgumentException("duplicate holiday " + rule.getName());
        }
        rule.attachTo(this);
        rules.add(rule);
        byYear = null;
        return this;
    }

    public void remove(HolidayRule rule) {
        rules.remove(rule);
        byYear = null;
    }

    /** Call after a rule of this calendar was redefined. */
    public void rulesChanged() {
        byYear = null;
    }

    public Optional<HolidayRule> rule(String ruleName) {
        return rules.stream().filter(r -> r.getName().equalsIgnoreCase(ruleName)).findFirst();
    }

    /** The holidays observed in a year, in date order. */
    public List<Holiday> holidaysIn(int year) {
        return List.copyOf(year(year).values());
    }

    @Override
    public Optional<Holiday> on(LocalDate date) {
        return Optional.ofNullable(year(date.getYear()).get(date));
    }

    private Map<LocalDate, Holiday> year(int year) {
        if (byYear == null) {
            byYear = new HashMap<>();
        }
        return byYear.computeIfAbsent(year, this::compute);
    }

    private Map<LocalDate, Holiday> compute(int year) {
        Map<LocalDate, Holiday> days = new TreeMap<>();
        for (int y = year - 1; y <= year + 1; y++) {
            for (HolidayRule rule : rules) {
                Optional<Holiday> h = rule.occurrence(y, this::rule);
                if (h.isPresent() && h.get().date().getYear() == year) {
                    days.merge(h.get().date(), h.get(),
                            (a, b) -> new Holiday(a.date(), a.name() + " / " + b.name(), a.actualDate()));
                }
            }
        }
        return Collections.unmodifiableMap(days);
    }

    public Long getId() {
        return id;
    }

    public String getJurisdiction() {
        return jurisdiction;
    }

    public String getName() {
        return name;
    }

    public String getNotes() {
        return notes;
    }

    public List<HolidayRule> getRules() {
        return Collections.unmodifiableList(rules);
    }

    public long getVersion() {
        return version;
    }
}
