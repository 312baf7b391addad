package org.recordswatch.request;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.recordswatch.law.DenialElement;

/**
 * What a written denial said, element by element, so that what the law requires and the letter left out can be
 * flagged (an enforcement letter or a complaint needs exactly that). An element counts as present when its text is
 * not blank.
 */
@Embeddable
public class DenialDetails implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "records_withheld", columnDefinition = "TEXT")
    private String recordsWithheld;

    @Column(name = "responsible_persons", columnDefinition = "TEXT")
    private String responsiblePersons;

    @Column(name = "denial_reason", columnDefinition = "TEXT")
    private String reason;

    @Column(name = "legal_authority", columnDefinition = "TEXT")
    private String legalAuthority;

    @Column(name = "appeal_rights", columnDefinition = "TEXT")
    private String appealRights;

    @Column(name = "volume_estimate", columnDefinition = "TEXT")
    private String volumeEstimate;

    public DenialDetails() {
        // nothing said
    }

    public DenialDetails(String recordsWithheld, String responsiblePersons, String reason, String legalAuthority,
            String appealRights, String volumeEstimate) {
        this.recordsWithheld = clean(recordsWithheld);
        this.responsiblePersons = clean(responsiblePersons);
        this.reason = clean(reason);
        this.legalAuthority = clean(legalAuthority);
        this.appealRights = clean(appealRights);
        this.volumeEstimate = clean(volumeEstimate);
    }

    private static String clean(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public String text(DenialElement element) {
        return switch (element) {
            case RECORDS_DESCRIBED -> recordsWithheld;
            case RESPONSIBLE_PERSONS -> responsiblePersons;
            case REASON -> reason;
            case LEGAL_AUTHORITY -> legalAuthority;
            case APPEAL_RIGHTS -> appealRights;
            case VOLUME_ESTIMATE -> volumeEstimate;
        };
    }

    public boolean isEmpty() {
        for (DenialElement e : DenialElement.values()) {
            if (text(e) != null) {
                return false;
            }
        }
        return true;
    }

    /** The required elements this denial does not contain. */
    public Set<DenialElement> missing(Set<DenialElement> required) {
        Set<DenialElement> missing = EnumSet.noneOf(DenialElement.class);
        for (DenialElement e : required) {
            if (text(e) == null) {
                missing.add(e);
            }
        }
        return missing;
    }

    static String format(Set<DenialElement> elements) {
        return elements.isEmpty() ? null
                : elements.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    public String getRecordsWithheld() {
        return recordsWithheld;
    }

    public String getResponsiblePersons() {
        return responsiblePersons;
    }

    public String getReason() {
        return reason;
    }

    public String getLegalAuthority() {
        return legalAuthority;
    }

    public String getAppealRights() {
        return appealRights;
    }

    public String getVolumeEstimate() {
        return volumeEstimate;
    }
}
