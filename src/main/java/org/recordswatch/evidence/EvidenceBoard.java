package org.recordswatch.evidence;

import java.io.Serializable;
import java.util.List;

/**
 * A campaign's cross-agency picture: disclosures (producing agency × category, state to federal), threads by
 * initiating side and by counterpart per agency, legal bases cited per agency, and disclosing messages per month.
 */
public record EvidenceBoard(long campaignId, EvidenceTable disclosures, EvidenceTable initiators,
        EvidenceTable counterparts, EvidenceTable legalBases, EvidenceTable timeline) implements Serializable {

    public List<EvidenceTable> tables() {
        return List.of(disclosures, initiators, counterparts, legalBases, timeline);
    }
}
