package org.recordswatch.tagging.detect;

import java.util.Objects;
import java.util.regex.Pattern;

/** The stable code of a sensitive-data category ({@code ssn}, {@code home_address}), as in taxonomy.json. */
public record CategoryCode(String value) implements Comparable<CategoryCode> {

    private static final Pattern FORMAT = Pattern.compile("[a-z][a-z0-9_]{1,63}");

    public CategoryCode {
        Objects.requireNonNull(value, "category code");
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("A category code is 2-64 lower-case letters, digits or underscores, "
                    + "starting with a letter: " + value);
        }
    }

    public static CategoryCode of(String value) {
        return new CategoryCode(value == null ? null : value.strip());
    }

    @Override
    public int compareTo(CategoryCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
