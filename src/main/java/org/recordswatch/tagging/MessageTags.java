package org.recordswatch.tagging;

import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.recordswatch.tagging.detect.CategoryCode;
import org.recordswatch.tagging.detect.CategoryHit;
import org.recordswatch.tagging.detect.Finding;
import org.recordswatch.tagging.party.PartyResolution;

/**
 * Everything the engine says about one message.
 *
 * @param messageId the message
 * @param sender the sender's agency, how it was found, how sure
 * @param recipients each recipient's (To, then Cc)
 * @param direction the direction
 * @param asksForData whether it asks for personal data
 * @param legalBasis the basis its request cites (set only for a non-state sender asking for data)
 * @param basisEvidence what the basis was read from
 * @param hits every category hit, whatever its confidence (for review)
 * @param categories the categories whose hits reach their thresholds
 * @param disclosed the categories disclosed: {@link #categories()} of a state-to-federal message, else empty
 */
public record MessageTags(String messageId, PartyResolution sender, List<PartyResolution> recipients,
        Direction direction, boolean asksForData, LegalBasis legalBasis, List<Finding> basisEvidence,
        List<CategoryHit> hits, SortedSet<CategoryCode> categories, SortedSet<CategoryCode> disclosed) {

    public MessageTags {
        recipients = List.copyOf(recipients);
        basisEvidence = List.copyOf(basisEvidence);
        hits = List.copyOf(hits);
        categories = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(categories));
        disclosed = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(disclosed));
    }

    /** This message marked as asking for data (or not) on the given basis. */
    public MessageTags withRequest(boolean asks, LegalBasis basis, List<Finding> evidence) {
        return new MessageTags(messageId, sender, recipients, direction, asks, basis, evidence, hits, categories,
                disclosed);
    }

    /** The distinct export codes of the recipients' agencies, in order of appearance. */
    public List<String> recipientAgencyCodes() {
        return recipients.stream().map(PartyResolution::exportCode).filter(c -> !c.isEmpty()).distinct().toList();
    }
}
