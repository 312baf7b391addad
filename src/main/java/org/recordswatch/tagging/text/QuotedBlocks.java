package org.recordswatch.tagging.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits quoted history into the earlier messages it holds, each with its sender and own text, so that their
 * signatures can tell who those senders work for. Categories are never read from here.
 */
public final class QuotedBlocks {

    /** One quoted message: sender name and address as its header shows them, and the text after the header. */
    public record Block(String fromName, String fromEmail, String text) {
    }

    private static final Pattern FROM = Pattern.compile(
            "^[ \\t>]*(?:From|De|Von)\\s*:\\s*(.+)$", Pattern.MULTILINE | Pattern.CASE_INSENSITIVE);
    private static final Pattern HEADER = Pattern.compile(
            "^[ \\t>]*(?:Sent|Date|To|Cc|Bcc|Subject|Enviado|Fecha|Para|Asunto|CC|Importance|Attachments)\\s*:.*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ADDRESS = Pattern.compile(
            "^\\s*\"?([^<\\[\"]*?)\"?\\s*(?:<|\\[mailto:)\\s*([\\w.'+-]+@[\\w-]+(?:\\.[\\w-]+)+)\\s*[>\\]]");
    private static final Pattern BARE_EMAIL = Pattern.compile("([\\w.'+-]+@[\\w-]+(?:\\.[\\w-]+)+)");

    private QuotedBlocks() {
    }

    public static List<Block> split(String quoted) {
        List<Block> out = new ArrayList<>();
        if (quoted == null || quoted.isBlank()) {
            return out;
        }
        Matcher m = FROM.matcher(quoted);
        List<int[]> starts = new ArrayList<>();
        while (m.find()) {
            starts.add(new int[] {m.start(), m.end()});
        }
        for (int i = 0; i < starts.size(); i++) {
            int headerStart = starts.get(i)[0];
            int end = i + 1 < starts.size() ? starts.get(i + 1)[0] : quoted.length();
            String fromLine = quoted.substring(headerStart, starts.get(i)[1]).replaceFirst("^[ \\t>]*\\w+\\s*:\\s*", "");
            String name = null;
            String email = null;
            Matcher a = ADDRESS.matcher(fromLine);
            if (a.find()) {
                name = a.group(1).strip();
                email = a.group(2);
            } else {
                Matcher b = BARE_EMAIL.matcher(fromLine);
                if (b.find()) {
                    email = b.group(1);
                } else {
                    name = fromLine.strip();
                }
            }
            String rest = quoted.substring(starts.get(i)[1], end);
            String[] lines = rest.split("\\R", -1);
            int k = 0;
            while (k < lines.length && (lines[k].isBlank() || HEADER.matcher(lines[k]).matches())) {
                k++;
            }
            StringBuilder body = new StringBuilder();
            for (int j = k; j < lines.length; j++) {
                body.append(lines[j].replaceFirst("^[ \\t]*>+ ?", "")).append('\n');
            }
            out.add(new Block(name, email == null ? null : email.toLowerCase(java.util.Locale.ROOT),
                    body.toString().replaceAll("(?m)^-{3,}\\s*Original Message\\s*-{3,}\\s*$", "").strip()));
        }
        return out;
    }
}
