package org.recordswatch.evidence;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.BiFunction;

/**
 * One table of the evidence board: rows (e.g. producing agencies) × columns (e.g. categories) of message or thread
 * counts. Every non-zero cell carries the search that lists the communications behind it.
 */
public record EvidenceTable(String titleKey, List<String> columns, List<Row> rows) implements Serializable {

    public record Cell(String column, long count, EvidenceQuery query) implements Serializable {

        /** The search page's URL parameters for this cell. */
        public String parameters() {
            return query == null ? "" : query.toParameters();
        }
    }

    public record Row(String label, List<Cell> cells, long total) implements Serializable {
    }

    /**
     * A table from {@code (row, column, count)} triples; {@code cellQuery} says which search lists a cell's
     * communications.
     */
    public static EvidenceTable of(String titleKey, List<Object[]> triples,
            BiFunction<String, String, EvidenceQuery> cellQuery) {
        Map<String, Map<String, Long>> values = new LinkedHashMap<>();
        TreeSet<String> columns = new TreeSet<>();
        for (Object[] t : triples) {
            String row = t[0] == null ? "" : t[0].toString();
            String column = t[1] == null ? "" : t[1].toString();
            columns.add(column);
            values.computeIfAbsent(row, k -> new LinkedHashMap<>()).merge(column, ((Number) t[2]).longValue(),
                    Long::sum);
        }
        List<Row> rows = new ArrayList<>();
        for (Map.Entry<String, Map<String, Long>> r : values.entrySet()) {
            List<Cell> cells = new ArrayList<>();
            long total = 0;
            for (String column : columns) {
                long n = r.getValue().getOrDefault(column, 0L);
                total += n;
                cells.add(new Cell(column, n, n == 0 ? null : cellQuery.apply(r.getKey(), column)));
            }
            rows.add(new Row(r.getKey(), cells, total));
        }
        return new EvidenceTable(titleKey, List.copyOf(columns), rows);
    }

    public long total() {
        return rows.stream().mapToLong(Row::total).sum();
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }
}
