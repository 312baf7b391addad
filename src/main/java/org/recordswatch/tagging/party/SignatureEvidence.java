package org.recordswatch.tagging.party;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.recordswatch.tagging.text.FoldedText;

/**
 * Scores how strongly a signature block (or display-name tags) names each agency of a directory: names and unit names
 * count 3, distinctive job titles and abbreviations 2. Only a unique best score decides. Patterns are compiled once
 * per directory.
 */
final class SignatureEvidence {

    private record Term(Pattern pattern, int weight, boolean caseSensitive) {
    }

    private final Map<DirectoryAgency, List<Term>> terms = new LinkedHashMap<>();

    SignatureEvidence(AgencyDirectory directory) {
        for (DirectoryAgency a : directory.agencies()) {
            List<Term> list = new ArrayList<>();
            for (String n : a.names()) {
                list.add(new Term(phrase(n), 3, false));
            }
            for (String t : a.titles()) {
                list.add(new Term(phrase(t), 2, false));
            }
            for (String ab : a.abbreviations()) {
                list.add(new Term(Pattern.compile("(?<![A-Za-z0-9])" + Pattern.quote(FoldedText.fold(ab))
                        + "(?![A-Za-z0-9])"), 2, true));
            }
            terms.put(a, list);
        }
    }

    private static Pattern phrase(String phrase) {
        String p = Pattern.quote(FoldedText.fold(phrase).toLowerCase(Locale.ROOT).strip()).replace(" ", "\\E\\s+\\Q");
        return Pattern.compile("(?<![a-z0-9])" + p + "(?![a-z0-9])");
    }

    Map<DirectoryAgency, Integer> scores(String text, Collection<DirectoryAgency> candidates) {
        Map<DirectoryAgency, Integer> scores = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return scores;
        }
        String folded = FoldedText.fold(text);
        String lower = folded.toLowerCase(Locale.ROOT);
        for (DirectoryAgency a : candidates) {
            int score = 0;
            for (Term t : terms.getOrDefault(a, List.of())) {
                if (t.pattern().matcher(t.caseSensitive() ? folded : lower).find()) {
                    score += t.weight();
                }
            }
            if (score > 0) {
                scores.put(a, score);
            }
        }
        return scores;
    }

    /** The agency with the unique highest score at or above {@code minimum}. */
    Optional<DirectoryAgency> best(String text, Collection<DirectoryAgency> candidates, int minimum) {
        DirectoryAgency best = null;
        int top = 0;
        boolean tie = false;
        for (Map.Entry<DirectoryAgency, Integer> e : scores(text, candidates).entrySet()) {
            if (e.getValue() > top) {
                top = e.getValue();
                best = e.getKey();
                tie = false;
            } else if (e.getValue() == top) {
                tie = true;
            }
        }
        return best != null && !tie && top >= minimum ? Optional.of(best) : Optional.empty();
    }

    /** The organisation lines of a signature (for naming a proposed agency). */
    static List<String> organisationLines(String signature) {
        List<String> out = new ArrayList<>();
        if (signature == null) {
            return out;
        }
        for (String line : signature.split("\\R")) {
            String l = line.strip();
            if (l.length() > 6 && l.length() < 90 && ORGANISATION.matcher(l).matches() && !l.contains("@")
                    && !l.matches(".*\\d{3}.*")) {
                out.add(l);
            }
        }
        return out;
    }

    private static final Pattern ORGANISATION = Pattern.compile(
            "(?i).*\\b(department|division|bureau|office|agency|police|sheriff|county|city|court|commission"
                    + "|administration|service|services|patrol|departamento|oficina)\\b.*");
}
