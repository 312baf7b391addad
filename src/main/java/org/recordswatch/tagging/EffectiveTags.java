package org.recordswatch.tagging;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * What a communication's or thread's tags say once analyst decisions are applied: rejected tags do not count; for a
 * single-valued kind (direction, sender, legal basis, initiator, ...) an analyst's tag wins over a detector's.
 */
final class EffectiveTags {

    private EffectiveTags() {
    }

    /** The value of a single-valued kind: a counting analyst decision first, else the detector's. */
    static Optional<String> single(List<CommunicationTag> tags, TagKind kind) {
        return tags.stream().filter(t -> t.getKind() == kind && t.counts())
                .min(Comparator.comparing((CommunicationTag t) -> t.isDecision() ? 0 : 1)
                        .thenComparing(t -> t.getDecidedAt() == null ? java.time.Instant.MAX : t.getDecidedAt(),
                                Comparator.reverseOrder()))
                .map(CommunicationTag::getCode);
    }

    /** Every counting code of a multi-valued kind (categories, recipients), sorted for categories. */
    static List<String> all(List<CommunicationTag> tags, TagKind kind) {
        List<String> out = new ArrayList<>();
        for (CommunicationTag t : tags) {
            if (t.getKind() == kind && t.counts() && !out.contains(t.getCode())) {
                out.add(t.getCode());
            }
        }
        return kind == TagKind.CATEGORY ? new ArrayList<>(new TreeSet<>(out)) : out;
    }

    static Optional<String> single(List<ThreadTag> tags, ThreadTagKind kind) {
        return tags.stream().filter(t -> t.getKind() == kind && t.counts())
                .min(Comparator.comparing((ThreadTag t) -> t.isDecision() ? 0 : 1)).map(ThreadTag::getCode);
    }
}
