package org.recordswatch.law;

/** What a law may require a written denial to contain. */
public enum DenialElement {
    /** A description of the records withheld. */
    RECORDS_DESCRIBED,
    /** The names and titles or positions of each person responsible for the denial. */
    RESPONSIBLE_PERSONS,
    /** The reason for the denial. */
    REASON,
    /** The specific statute or other legal authority relied on. */
    LEGAL_AUTHORITY,
    /** The requester's right to appeal and how. */
    APPEAL_RIGHTS,
    /** An estimate of the volume of records withheld. */
    VOLUME_ESTIMATE;

    public String labelKey() {
        return "denialElement." + name();
    }
}
