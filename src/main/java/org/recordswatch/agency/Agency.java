package org.recordswatch.agency;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Collection;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/** An agency of the directory: who it is, which side it is on, how to reach its records custodian. */
@Entity
@Table(name = "agency")
@NamedQuery(name = "Agency.findByCode", query = "SELECT a FROM Agency a WHERE a.code.value = :code")
@NamedQuery(name = "Agency.findAll", query = "SELECT a FROM Agency a ORDER BY a.name")
public class Agency {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Embedded
    private AgencyCode code;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Side side;

    @Column(nullable = false, length = 16)
    private String jurisdiction;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "agency_domain", joinColumns = @JoinColumn(name = "agency_id"))
    @Column(name = "domain", nullable = false, length = 253)
    private Set<String> domains = new TreeSet<>();

    @Embedded
    private Custodian custodian = new Custodian();

    @Column(name = "portal_url", length = 1000)
    private String portalUrl;

    @Column(columnDefinition = "TEXT")
    private String notes;

    @Version
    private long version;

    protected Agency() {
        // for JPA
    }

    public Agency(AgencyCode code, String name, Side side, String jurisdiction) {
        this.code = Objects.requireNonNull(code, "code");
        rename(name);
        this.side = Objects.requireNonNull(side, "side");
        moveTo(jurisdiction);
    }

    public void rename(String newName) {
        if (newName == null || newName.isBlank()) {
            throw new IllegalArgumentException("An agency needs a name");
        }
        this.name = newName.strip();
    }

    public void placeOn(Side newSide) {
        this.side = Objects.requireNonNull(newSide, "side");
    }

    public void moveTo(String newJurisdiction) {
        if (newJurisdiction == null || newJurisdiction.isBlank()) {
            throw new IllegalArgumentException("An agency needs a jurisdiction");
        }
        this.jurisdiction = newJurisdiction.strip().toUpperCase(Locale.ROOT);
    }

    /** Replaces the e-mail domains; each is lower-cased and stripped of a leading {@code @}. */
    public void useDomains(Collection<String> newDomains) {
        Set<String> cleaned = new TreeSet<>();
        for (String d : newDomains) {
            String domain = normaliseDomain(d);
            if (!domain.isEmpty()) {
                cleaned.add(domain);
            }
        }
        domains.clear();
        domains.addAll(cleaned);
    }

    public static String normaliseDomain(String domain) {
        if (domain == null) {
            return "";
        }
        String d = domain.strip().toLowerCase(Locale.ROOT);
        while (d.startsWith("@") || d.startsWith(".")) {
            d = d.substring(1);
        }
        return d;
    }

    public void describe(Custodian newCustodian, String newPortalUrl, String newNotes) {
        this.custodian = newCustodian == null ? new Custodian() : newCustodian;
        this.portalUrl = blankToNull(newPortalUrl);
        this.notes = blankToNull(newNotes);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public Long getId() {
        return id;
    }

    public AgencyCode getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public Side getSide() {
        return side;
    }

    public String getJurisdiction() {
        return jurisdiction;
    }

    public Set<String> getDomains() {
        return java.util.Collections.unmodifiableSet(domains);
    }

    public Custodian getCustodian() {
        return custodian == null ? new Custodian() : custodian;
    }

    public String getPortalUrl() {
        return portalUrl;
    }

    public String getNotes() {
        return notes;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public String toString() {
        return code + " (" + name + ")";
    }
}
