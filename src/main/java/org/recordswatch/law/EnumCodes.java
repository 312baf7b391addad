package org.recordswatch.law;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Sets of enum constants stored as one comma-separated column ({@code "FULFILLED,DENIED"}). */
final class EnumCodes {

    private EnumCodes() {
    }

    static <E extends Enum<E>> Set<E> parse(String column, Class<E> type) {
        Set<E> set = EnumSet.noneOf(type);
        if (column != null) {
            for (String part : column.split(",")) {
                if (!part.isBlank()) {
                    set.add(Enum.valueOf(type, part.strip()));
                }
            }
        }
        return set;
    }

    static <E extends Enum<E>> String format(Collection<E> values) {
        return values == null || values.isEmpty() ? null
                : values.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }
}
