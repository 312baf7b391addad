package org.recordswatch.tagging;

import org.recordswatch.agency.Side;

/**
 * What the engine says about one thread.
 *
 * @param threadId the thread
 * @param initiator the side of its earliest message
 * @param outcome what became of it
 * @param legalBasis the basis of its first federal request ({@code none_cited} for threads state staff started)
 * @param counterpart the agency on the other side of the state agency, by its export code (may be null)
 * @param firstMessageId its earliest message
 */
public record ThreadTags(String threadId, Side initiator, ThreadOutcome outcome, LegalBasis legalBasis,
        String counterpart, String firstMessageId) {

    /** The initiator as exported ({@code state}, {@code federal}, ...), empty when unknown. */
    public String initiatorCode() {
        return initiator == null ? "" : initiator.code();
    }
}
