package org.recordswatch.law;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A public-records statute of one jurisdiction: its name and citation, its clocks (in the order they apply), when a
 * request counts as received, what a written denial must contain, and statutory damages for not answering. Where the
 * text of the statute could not be confirmed, the law's or the clock's notes say so.
 */
@Entity
@Table(name = "law")
@NamedQuery(name = "Law.findAll", query = "SELECT l FROM Law l ORDER BY l.jurisdiction")
@NamedQuery(name = "Law.findByJurisdiction", query = "SELECT l FROM Law l WHERE l.jurisdiction = :jurisdiction")
@NamedQuery(name = "Law.findByCode", query = "SELECT l FROM Law l WHERE l.code = :code")
public class Law {

    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9_]{1,31}");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 32)
    private String code;

    @Column(nullable = false, unique = true, length = 16)
    private String jurisdiction;

    @Column(nullable = false)
    private String name;

    @Column(name = "short_name", nullable = false, length = 64)
    private String shortName;

    @Column(nullable = false)
    private String citation;

    @Column(length = 1000)
    private String url;

    @Column(columnDefinition = "TEXT")
    private String notes;

    @Column(name = "calendar_jurisdiction", nullable = false, length = 16)
    private String calendarJurisdiction;

    @Enumerated(EnumType.STRING)
    @Column(name = "receipt_rule", nullable = false, length = 32)
    private ReceiptRule receiptRule = ReceiptRule.SAME_DAY;

    @Column(name = "denial_elements", length = 255)
    private String denialElements;

    @Column(name = "denial_citation", length = 255)
    private String denialCitation;

    @Column(name = "damages_per_day", precision = 10, scale = 2)
    private BigDecimal damagesPerDay;

    @Column(name = "damages_note", length = 2000)
    private String damagesNote;

    @OneToMany(mappedBy = "law", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("position")
    private List<StatutoryClock> clocks = new ArrayList<>();

    @Version
    private long version;

    protected Law() {
        // for JPA
    }

    public Law(String code, String jurisdiction, String name, String shortName, String citation) {
        if (code == null || !CODE.matcher(code.strip()).matches()) {
            throw new IllegalArgumentException("A law code is 2-32 lower-case letters, digits or underscores");
        }
        this.code = code.strip();
        if (jurisdiction == null || jurisdiction.isBlank()) {
            throw new IllegalArgumentException("A law needs a jurisdiction");
        }
        this.jurisdiction = jurisdiction.strip().toUpperCase(Locale.ROOT);
        this.calendarJurisdiction = this.jurisdiction;
        describe(name, shortName, citation, null, null);
    }

    public void describe(String newName, String newShortName, String newCitation, String newUrl, String newNotes) {
        if (newName == null || newName.isBlank() || newCitation == null || newCitation.isBlank()) {
            throw new IllegalArgumentException("A law needs a name and a citation");
        }
        this.name = newName.strip();
        this.shortName = newShortName == null || newShortName.isBlank() ? this.name : newShortName.strip();
        this.citation = newCitation.strip();
        this.url = blankToNull(newUrl);
        this.notes = blankToNull(newNotes);
    }

    public Law useCalendarOf(String newCalendarJurisdiction) {
        if (newCalendarJurisdiction != null && !newCalendarJurisdiction.isBlank()) {
            this.calendarJurisdiction = newCalendarJurisdiction.strip().toUpperCase(Locale.ROOT);
        }
        return this;
    }

    public Law receive(ReceiptRule rule) {
        this.receiptRule = rule == null ? ReceiptRule.SAME_DAY : rule;
        return this;
    }

    public Law requireInDenial(Set<DenialElement> elements, String newDenialCitation) {
        this.denialElements = EnumCodes.format(elements);
        this.denialCitation = blankToNull(newDenialCitation);
        return this;
    }

    public Law damages(BigDecimal perDay, String note) {
        if (perDay != null && perDay.signum() < 0) {
            throw new IllegalArgumentException("Damages cannot be negative");
        }
        this.damagesPerDay = perDay;
        this.damagesNote = blankToNull(note);
        return this;
    }

    /** Adds a clock at the end. A clock counting from another must come after it. */
    public Law add(StatutoryClock clock) {
        if (clock(clock.getCode()).isPresent()) {
            throw new IllegalArgumentException("duplicate clock code " + clock.getCode());
        }
        if (clock.getCountFrom() != null && clock(clock.getCountFrom()).isEmpty()) {
            throw new IllegalArgumentException("clock " + clock.getCode() + " counts from unknown clock "
                    + clock.getCountFrom());
        }
        clock.attachTo(this, clocks.size());
        clocks.add(clock);
        return this;
    }

    /** Removes a clock; refused while another clock counts from it. */
    public void remove(String clockCode) {
        StatutoryClock clock = clock(clockCode).orElseThrow(() -> new IllegalArgumentException(clockCode));
        for (StatutoryClock other : clocks) {
            if (clockCode.equals(other.getCountFrom())) {
                throw new IllegalArgumentException("clock " + other.getCode() + " counts from " + clockCode);
            }
        }
        clocks.remove(clock);
        for (int i = 0; i < clocks.size(); i++) {
            clocks.get(i).moveTo(i);
        }
    }

    /** Checks the references between clocks after an edit: each counts from an earlier clock. */
    public void checkClocks() {
        for (int i = 0; i < clocks.size(); i++) {
            String from = clocks.get(i).getCountFrom();
            if (from == null) {
                continue;
            }
            int at = -1;
            for (int j = 0; j < clocks.size(); j++) {
                if (clocks.get(j).getCode().equals(from)) {
                    at = j;
                }
            }
            if (at < 0 || at >= i) {
                throw new IllegalArgumentException("clock " + clocks.get(i).getCode()
                        + " must count from an earlier clock");
            }
        }
    }

    public Optional<StatutoryClock> clock(String clockCode) {
        return clocks.stream().filter(c -> c.getCode().equals(clockCode)).findFirst();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getJurisdiction() {
        return jurisdiction;
    }

    public String getName() {
        return name;
    }

    public String getShortName() {
        return shortName;
    }

    public String getCitation() {
        return citation;
    }

    public String getUrl() {
        return url;
    }

    public String getNotes() {
        return notes;
    }

    public String getCalendarJurisdiction() {
        return calendarJurisdiction;
    }

    public ReceiptRule getReceiptRule() {
        return receiptRule;
    }

    public Set<DenialElement> getDenialElements() {
        return Collections.unmodifiableSet(EnumCodes.parse(denialElements, DenialElement.class));
    }

    public String getDenialCitation() {
        return denialCitation;
    }

    public BigDecimal getDamagesPerDay() {
        return damagesPerDay;
    }

    public String getDamagesNote() {
        return damagesNote;
    }

    public List<StatutoryClock> getClocks() {
        return Collections.unmodifiableList(clocks);
    }

    public long getVersion() {
        return version;
    }

    @Override
    public String toString() {
        return shortName + " (" + citation + ")";
    }
}
