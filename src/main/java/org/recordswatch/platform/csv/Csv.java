package org.recordswatch.platform.csv;

import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 CSV: reading (quoted fields, doubled quotes, line breaks inside quotes, CRLF or LF) and writing, with
 * cells that a spreadsheet would run as a formula ({@code = + - @}, tab, carriage return) prefixed with an apostrophe
 * (OWASP CSV injection).
 */
public final class Csv {

    private Csv() {
    }

    /**
     * Every record of the text. Empty lines are skipped; a field in quotes may hold commas, doubled quotes and line
     * breaks. Reads at most {@code maxRecords} records.
     */
    public static List<List<String>> read(String text, int maxRecords) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        int i = 0;
        int n = text.length();
        if (n > 0 && text.charAt(0) == '\uFEFF') {
            i = 1; // byte-order mark
        }
        for (; i < n; i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < n && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.length() == 0 && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
                wasQuoted = false;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                record.add(field.toString());
                field.setLength(0);
                wasQuoted = false;
                if (!(record.size() == 1 && record.get(0).isEmpty())) {
                    records.add(record);
                    if (records.size() >= maxRecords) {
                        return records;
                    }
                }
                record = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        if (field.length() > 0 || wasQuoted || !record.isEmpty()) {
            record.add(field.toString());
            records.add(record);
        }
        return records;
    }

    /** One CSV line (CRLF-terminated) of cells, each quoted when needed and defused against formula injection. */
    public static String line(List<?> cells) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(cell(cells.get(i)));
        }
        return sb.append("\r\n").toString();
    }

    /**
     * The text with an apostrophe in front when a spreadsheet would run it as a formula (it starts with
     * {@code = + - @}, a tab or a carriage return); for writers of other tabular formats (XLSX).
     */
    public static String defuse(String s) {
        return s != null && !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String s = value.toString();
        if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 && !(value instanceof Number)) {
            s = "'" + s;
        }
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            s = '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }
}
