package org.recordswatch.tagging.flow;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.recordswatch.agency.Side;
import org.recordswatch.tagging.Direction;
import org.recordswatch.tagging.LegalBasis;
import org.recordswatch.tagging.ThreadOutcome;
import org.recordswatch.tagging.text.CueKind;
import org.recordswatch.tagging.text.Cues;
import org.recordswatch.tagging.text.FoldedText;

/**
 * A thread's initiator (the side of its earliest message), outcome and legal basis.
 *
 * <p>Outcome: {@code disclosed} when state staff sent a message revealing personal data to the federal side (a report
 * the state side started counts even if never answered); else {@code refused} when a state message to the federal
 * side declines ("cannot release", "declines"); else {@code redirected} when it sends the requester elsewhere
 * (counsel, a records unit, a form); else {@code refused} when it only sets a condition ("a warrant signed by a
 * judge"); else {@code no_response}. Legal basis: the basis of the first
 * federal request; a thread started by state staff cites none.
 */
public final class ThreadAnalysis {

    /** The result for one thread. */
    public record Result(Side initiator, ThreadOutcome outcome, LegalBasis legalBasis, String counterpart,
            String firstMessageId) {
    }

    private final Cues cues;

    public ThreadAnalysis(Cues cues) {
        this.cues = cues;
    }

    public Result analyse(List<ThreadFacts> messages) {
        if (messages.isEmpty()) {
            return new Result(null, ThreadOutcome.NO_RESPONSE, null, null, null);
        }
        List<ThreadFacts> ordered = messages.stream().sorted(Comparator.comparing(ThreadFacts::sentAt,
                Comparator.nullsLast(Comparator.naturalOrder()))).toList();
        ThreadFacts first = ordered.get(0);
        Side initiator = first.senderSide();
        ThreadOutcome outcome = outcome(ordered);
        LegalBasis basis = null;
        if (initiator == Side.STATE) {
            basis = LegalBasis.NONE_CITED;
        } else {
            for (ThreadFacts f : ordered) {
                if (f.senderSide() != Side.STATE && f.legalBasis() != null) {
                    basis = f.legalBasis();
                    break;
                }
            }
        }
        return new Result(initiator, outcome, basis, counterpart(ordered), first.messageId());
    }

    private ThreadOutcome outcome(List<ThreadFacts> ordered) {
        boolean refused = false;
        boolean redirected = false;
        boolean conditioned = false;
        for (ThreadFacts f : ordered) {
            if (f.direction() != Direction.STATE_TO_FEDERAL) {
                continue;
            }
            if (!f.categories().isEmpty()) {
                return ThreadOutcome.DISCLOSED;
            }
            String text = FoldedText.fold(f.ownText() == null ? "" : f.ownText());
            if (cues.find(CueKind.REFUSAL, text)) {
                refused = true;
            } else if (cues.find(CueKind.REDIRECT, text)) {
                redirected = true;
            } else if (cues.find(CueKind.REFUSAL_CONDITION, text)) {
                conditioned = true;
            }
        }
        if (refused) {
            return ThreadOutcome.REFUSED;
        }
        if (redirected) {
            return ThreadOutcome.REDIRECTED;
        }
        return conditioned ? ThreadOutcome.REFUSED : ThreadOutcome.NO_RESPONSE;
    }

    private static String counterpart(List<ThreadFacts> ordered) {
        Map<String, Integer> counts = new HashMap<>();
        for (ThreadFacts f : ordered) {
            if (f.counterpart() != null && !f.counterpart().isBlank()) {
                counts.merge(f.counterpart(), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }
}
