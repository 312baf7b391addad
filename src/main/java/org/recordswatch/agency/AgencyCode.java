package org.recordswatch.agency;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;
import java.util.regex.Pattern;

/** The stable code of an agency ({@code nm_mvd}, {@code ice_ero}): lower-case letters, digits and underscores. */
@Embeddable
public class AgencyCode implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Pattern FORMAT = Pattern.compile("[a-z][a-z0-9_]{1,63}");

    @Column(name = "code", nullable = false, unique = true, length = 64)
    private String value;

    protected AgencyCode() {
        // for JPA
    }

    public AgencyCode(String value) {
        Objects.requireNonNull(value, "agency code");
        String trimmed = value.trim();
        if (!FORMAT.matcher(trimmed).matches()) {
            throw new IllegalArgumentException("An agency code is 2-64 lower-case letters, digits or underscores, "
                    + "starting with a letter: " + value);
        }
        this.value = trimmed;
    }

    public static boolean isValid(String value) {
        return value != null && FORMAT.matcher(value.trim()).matches();
    }

    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AgencyCode other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
