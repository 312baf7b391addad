package org.recordswatch.tagging;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.recordswatch.tagging.party.AgencyProposal;
import org.recordswatch.tagging.party.PartyResolution;

/**
 * The result of tagging a batch: per message, per thread, agencies proposed for the directory and parties an analyst
 * should look at.
 */
public record TaggingRun(Map<String, MessageTags> messages, Map<String, ThreadTags> threads,
        List<AgencyProposal> proposals, List<PartyResolution> needsReview, int taxonomyVersion) {

    public TaggingRun {
        messages = Collections.unmodifiableMap(new LinkedHashMap<>(messages));
        threads = Collections.unmodifiableMap(new LinkedHashMap<>(threads));
        proposals = List.copyOf(proposals);
        needsReview = List.copyOf(needsReview);
    }

    public MessageTags message(String id) {
        return messages.get(id);
    }

    public ThreadTags thread(String id) {
        return threads.get(id);
    }
}
