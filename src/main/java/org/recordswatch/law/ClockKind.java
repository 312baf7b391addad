package org.recordswatch.law;

/** What a statutory clock is for; used to label it and to find "the first deadline" of a request. */
public enum ClockKind {
    /** The agency must acknowledge the request or explain in writing when records will be available. */
    ACKNOWLEDGE,
    /** The agency must decide: grant, deny, or say when. */
    DETERMINE,
    /** The records must be produced (inspection permitted, copies sent). */
    PRODUCE,
    /** A longer period the agency took by notice (unusual circumstances, burdensome request, date certain). */
    EXTENSION,
    /** The requester's window to appeal an adverse determination. */
    APPEAL,
    /** The time the agency has to decide an appeal. */
    APPEAL_DECISION;

    /** The message-bundle key of the label. */
    public String labelKey() {
        return "clockKind." + name();
    }
}
