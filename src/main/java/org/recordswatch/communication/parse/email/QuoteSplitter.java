package org.recordswatch.communication.parse.email;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.recordswatch.communication.parse.DateTimeText;
import org.recordswatch.communication.parse.HeaderBlock;
import org.recordswatch.communication.parse.HeaderLabel;
import org.recordswatch.communication.parse.Party;
import org.recordswatch.communication.parse.QuoteMarker;
import org.recordswatch.communication.parse.QuotedMessage;

/**
 * Splits an e-mail body into the message's own text and the quoted history below it.
 *
 * <p>Rules, each covered by a test: the own text ends at the first {@link QuoteMarker} (original-message and forward
 * separators, the underscore rule, an attribution line, a run of {@code >} lines) or at the first line that starts a
 * valid {@link HeaderBlock} (a quoted {@code From:/Sent:/To:/Subject:} block without separator, as Outlook writes
 * replies). Everything below is quoted history, cut into one {@link QuotedMessage} per marker or header, newest first.
 * A "From:" line in the body that is not followed by a sent date is not a header and stays in the own text.
 */
public final class QuoteSplitter {

    /** The own text and the quoted history of a body. */
    public record Split(String ownText, List<QuotedMessage> quoted) {
    }

    private static final Pattern ATTRIBUTION_PARTY = Pattern.compile(
            "(?:\\d{1,2}:\\d{2}(?:\\s*[AaPp]\\.?\\s?[Mm]\\.?)?|\\d{4})\\s*,?\\s*(.+?)\\s+(?:wrote|escribió|escribio|"
                    + "a écrit|schrieb|ha scritto|escreveu|schreef|skrev)\\b",
            Pattern.CASE_INSENSITIVE);

    private QuoteSplitter() {
    }

    public static Split split(String body, ZoneId zone, boolean dayFirst) {
        List<String> lines = lines(body);
        int cut = firstQuoteStart(lines, 0, dayFirst);
        String own = join(lines, 0, cut).strip();
        List<QuotedMessage> quoted = cut < lines.size() ? chain(lines, cut, zone, dayFirst) : List.of();
        return new Split(own, quoted);
    }

    /** Index of the first line at or after {@code from} where quoted history starts; {@code lines.size()} if none. */
    public static int firstQuoteStart(List<String> lines, int from, boolean dayFirst) {
        for (int i = from; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            if (QuoteMarker.at(lines, i) != null || HeaderBlock.read(lines, i, dayFirst).isPresent()) {
                return i;
            }
        }
        return lines.size();
    }

    /** Cuts quoted history into messages, newest first. */
    public static List<QuotedMessage> chain(List<String> lines, int start, ZoneId zone, boolean dayFirst) {
        List<QuotedMessage> out = new ArrayList<>();
        int i = start;
        while (i < lines.size()) {
            int begin = i;
            QuoteMarker.Kind marker = QuoteMarker.at(lines, i);
            boolean forwarded = marker == QuoteMarker.Kind.FORWARD;
            String attribution = null;
            if (marker != null && marker != QuoteMarker.Kind.QUOTE_PREFIX) {
                int len = QuoteMarker.length(lines, i, marker);
                if (marker == QuoteMarker.Kind.ATTRIBUTION) {
                    attribution = join(lines, i, i + len).replace('\n', ' ');
                }
                i += len;
                while (i < lines.size() && lines.get(i).isBlank()) {
                    i++;
                }
            }
            Optional<HeaderBlock> header = i < lines.size() ? HeaderBlock.read(lines, i, dayFirst) : Optional.empty();
            int bodyStart = header.map(HeaderBlock::end).orElse(i);
            int next = marker == QuoteMarker.Kind.QUOTE_PREFIX || attribution != null && header.isEmpty()
                    ? lines.size() : firstQuoteStart(lines, Math.max(bodyStart, begin + 1), dayFirst);
            String text = join(lines, begin, next).strip();
            if (header.isPresent()) {
                HeaderBlock h = header.get();
                out.add(new QuotedMessage(h.from(), h.to(), h.sent().hasTime() ? h.sent().at(zone) : null,
                        h.subject(), text, forwarded));
            } else if (attribution != null) {
                Party who = null;
                Matcher m = ATTRIBUTION_PARTY.matcher(attribution);
                if (m.find()) {
                    who = Party.parse(m.group(1).replaceAll("^(at|a las|à|um|alle|às)\\s+", ""));
                }
                var when = DateTimeText.parse(attribution, dayFirst).filter(DateTimeText.Reading::hasTime)
                        .map(r -> r.at(zone)).orElse(null);
                out.add(new QuotedMessage(who, List.of(), when, null, text, false));
            } else if (!text.isEmpty()) {
                out.add(new QuotedMessage(null, List.of(), null, null, text, forwarded));
            }
            i = Math.max(next, begin + 1);
        }
        return out;
    }

    static List<String> lines(String text) {
        if (text == null || text.isEmpty()) {
            return new ArrayList<>();
        }
        String t = text.replace("\r\n", "\n").replace('\r', '\n').replace('\u00a0', ' ');
        List<String> out = new ArrayList<>();
        for (String l : t.split("\n", -1)) {
            out.addAll(HeaderLabel.unflatten(l.stripTrailing()));
        }
        return out;
    }

    static String join(List<String> lines, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < to && i < lines.size(); i++) {
            if (sb.length() > 0) {
                sb.append('\n');
            }
            sb.append(lines.get(i));
        }
        return sb.toString();
    }
}
