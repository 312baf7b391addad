package org.recordswatch.tagging.legal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.recordswatch.tagging.LegalBasis;
import org.recordswatch.tagging.detect.Finding;
import org.recordswatch.tagging.detect.TextScanner;
import org.recordswatch.tagging.detect.TextSegment;

/**
 * The legal basis a request cites, from its own text, its attachments' texts and names: the strongest process found
 * (lowest rank in the taxonomy), else {@link LegalBasis#NONE_CITED}. A statute or a memorandum without compulsory
 * process, or "under investigation", cites nothing.
 */
public final class LegalBasisClassifier {

    /** The basis and the evidence for it (empty for none cited). */
    public record Result(LegalBasis basis, List<Finding> evidence) {
    }

    private final TextScanner scanner;

    public LegalBasisClassifier(TextScanner scanner) {
        this.scanner = scanner;
    }

    public Result classify(TextSegment body, List<TextSegment> attachments) {
        List<Finding> all = new ArrayList<>();
        for (Finding f : scanner.legalBases(body)) {
            if (!body.layout().inSignature(f.start(), f.end())) {
                all.add(f);
            }
        }
        for (TextSegment a : attachments) {
            all.addAll(scanner.legalBases(a));
        }
        List<String> ranked = scanner.taxonomy().basisCodesByRank();
        all.sort(Comparator.comparingInt((Finding f) -> rankOf(ranked, f.code()))
                .thenComparing(Comparator.comparingDouble(Finding::confidence).reversed()));
        for (Finding f : all) {
            var basis = LegalBasis.fromCode(f.code());
            if (basis.isPresent()) {
                String code = f.code();
                return new Result(basis.get(), all.stream().filter(x -> x.code().equals(code)).toList());
            }
        }
        return new Result(LegalBasis.NONE_CITED, List.of());
    }

    private static int rankOf(List<String> ranked, String code) {
        int i = ranked.indexOf(code);
        return i < 0 ? Integer.MAX_VALUE : i;
    }
}
