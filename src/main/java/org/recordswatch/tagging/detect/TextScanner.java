package org.recordswatch.tagging.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.recordswatch.tagging.text.Sentence;
import org.recordswatch.tagging.text.TextLayout;

/**
 * Runs the detectors of a {@link CompiledTaxonomy} over texts: sensitive-data categories over message texts and
 * attachment names, legal bases over requests. Stateless and thread-safe.
 */
public final class TextScanner {

    /** How far back a negation may stand from what it negates, in characters. */
    private static final int NEGATION_REACH = 60;

    private final CompiledTaxonomy taxonomy;

    public TextScanner(CompiledTaxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    public CompiledTaxonomy taxonomy() {
        return taxonomy;
    }

    /** Every category hit in a text, whatever its confidence. */
    public List<CategoryHit> categories(TextSegment segment, DetectionContext context) {
        List<CategoryHit> hits = new ArrayList<>();
        for (CompiledDetector d : taxonomy.categoryDetectors()) {
            if (d.pattern() == null || !d.runsOn(segment.languages())) {
                continue;
            }
            for (int[] span : matches(d, segment, context)) {
                hits.add(new CategoryHit(CategoryCode.of(d.owner()), d.id(), segment.source(), span[0], span[1],
                        segment.text().excerpt(span[0], span[1]), d.confidence()));
            }
        }
        return hits;
    }

    /** Category hits from an attachment's name and media type (a photograph attached, say). */
    public List<CategoryHit> attachment(int index, String name, String mediaType) {
        List<CategoryHit> hits = new ArrayList<>();
        String n = name == null ? "" : name;
        String m = mediaType == null ? "" : mediaType;
        for (CompiledDetector d : taxonomy.categoryDetectors()) {
            if (d.definition().type() != DetectorType.ATTACHMENT) {
                continue;
            }
            boolean nameOk = d.attachmentName() == null || d.attachmentName().matcher(n).find();
            boolean mediaOk = d.attachmentMediaType() == null || d.attachmentMediaType().matcher(m).find();
            boolean excluded = d.attachmentExclude() != null && d.attachmentExclude().matcher(n).find();
            if (nameOk && mediaOk && !excluded && !(n.isEmpty() && m.isEmpty())) {
                hits.add(new CategoryHit(CategoryCode.of(d.owner()), d.id(), TextSource.attachment(index, name), 0, 0,
                        n.isEmpty() ? m : n, d.confidence()));
            }
        }
        return hits;
    }

    /** Legal bases a text cites, each with its evidence. */
    public List<Finding> legalBases(TextSegment segment) {
        List<Finding> out = new ArrayList<>();
        for (String code : taxonomy.basisCodesByRank()) {
            for (CompiledDetector d : taxonomy.basisDetectors(code)) {
                if (!d.runsOn(segment.languages())) {
                    continue;
                }
                for (int[] span : matches(d, segment, DetectionContext.empty())) {
                    out.add(new Finding(code, d.id(), segment.source(), span[0], span[1],
                            segment.text().excerpt(span[0], span[1]), d.confidence()));
                }
            }
        }
        return out;
    }

    private List<int[]> matches(CompiledDetector d, TextSegment segment, DetectionContext context) {
        List<int[]> spans = new ArrayList<>();
        TextLayout layout = segment.layout();
        String f = layout.text().folded();
        Matcher m = d.pattern().matcher(f);
        boolean hasValue = d.pattern().pattern().contains("(?<value>");
        while (m.find()) {
            int s = m.start();
            int e = m.end();
            if (hasValue && m.start("value") >= 0) {
                s = m.start("value");
                e = m.end("value");
            }
            if (s >= e) {
                continue;
            }
            if (suppressed(d, layout, m.start(), m.end(), s)) {
                continue;
            }
            String value = f.substring(s, e);
            if (d.validator() != null && !d.validator().test(value)) {
                continue;
            }
            if (d.definition().valueSet() != null && context.contains(d.definition().valueSet(), value)) {
                continue;
            }
            if (!contextHolds(d, layout, m.start(), m.end())) {
                continue;
            }
            spans.add(new int[] {s, e});
        }
        return spans;
    }

    private static boolean suppressed(CompiledDetector d, TextLayout layout, int matchStart, int matchEnd, int s) {
        var zones = d.suppressIn();
        if (zones.isEmpty()) {
            return false;
        }
        if (zones.contains(Zone.SIGNATURE) && layout.inSignature(s, s + 1)) {
            return true;
        }
        Sentence sentence = layout.sentenceAt(s);
        if (zones.contains(Zone.QUESTION) && sentence.question() && s >= sentence.questionStart()) {
            return true;
        }
        if (zones.contains(Zone.REQUEST) && sentence.request()) {
            return true;
        }
        if (zones.contains(Zone.NEGATED) && (layout.negatedAt(matchStart, NEGATION_REACH)
                || layout.negatedAfter(matchEnd, NEGATION_REACH))) {
            return true;
        }
        return zones.contains(Zone.HEDGED) && layout.hedgedAt(matchStart);
    }

    private static boolean contextHolds(CompiledDetector d, TextLayout layout, int ms, int me) {
        for (CompiledDetector.CompiledRule r : d.require()) {
            if (!find(r, layout, ms, me)) {
                return false;
            }
        }
        for (CompiledDetector.CompiledRule r : d.exclude()) {
            if (find(r, layout, ms, me)) {
                return false;
            }
        }
        return true;
    }

    private static boolean find(CompiledDetector.CompiledRule r, TextLayout layout, int ms, int me) {
        String f = layout.text().folded();
        Sentence s = layout.sentenceAt(ms);
        int from;
        int to;
        switch (r.scope()) {
            case SENTENCE -> {
                from = Math.min(s.start(), ms);
                to = Math.max(s.end(), me);
            }
            case LINE -> {
                int[] line = layout.lineAt(ms);
                from = line[0];
                to = Math.max(line[1], me);
            }
            case TEXT -> {
                from = 0;
                to = f.length();
            }
            case BEFORE -> {
                from = Math.max(Math.min(s.start(), ms), ms - r.chars());
                to = ms;
            }
            case AFTER -> {
                from = me;
                to = Math.min(Math.max(s.end(), me), me + r.chars());
            }
            case AROUND -> {
                from = Math.max(Math.min(s.start(), ms), ms - r.chars());
                to = Math.min(Math.max(s.end(), me), me + r.chars());
            }
            default -> throw new IllegalStateException();
        }
        if (from >= to) {
            return false;
        }
        Pattern p = r.pattern();
        return p.matcher(f).region(from, to).useTransparentBounds(false).useAnchoringBounds(true).find();
    }
}
