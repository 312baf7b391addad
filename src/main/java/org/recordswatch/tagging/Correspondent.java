package org.recordswatch.tagging;

import java.util.Locale;
import java.util.Optional;

/**
 * A sender or recipient of a message as the records show them: a display name ({@code Ortega, Lucia},
 * {@code Dana K Whitlow (CENSUS/ADRM FED)}), an e-mail address, a phone number; any of them may be missing
 * (print-outs often show recipients by display name only, text messages by name and number).
 */
public record Correspondent(String name, String email, String phone) {

    public Correspondent {
        name = blankToNull(name);
        email = email == null || email.isBlank() ? null : email.strip().toLowerCase(Locale.ROOT);
        phone = blankToNull(phone);
    }

    public static Correspondent of(String name, String email) {
        return new Correspondent(name, email, null);
    }

    public static Correspondent named(String name) {
        return new Correspondent(name, null, null);
    }

    /** The e-mail domain, lower case, when there is an address. */
    public Optional<String> domain() {
        if (email == null) {
            return Optional.empty();
        }
        int at = email.lastIndexOf('@');
        return at < 0 || at == email.length() - 1 ? Optional.empty() : Optional.of(email.substring(at + 1));
    }

    public boolean isEmpty() {
        return name == null && email == null && phone == null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    @Override
    public String toString() {
        return (name == null ? "" : name) + (email == null ? "" : " <" + email + ">")
                + (phone == null ? "" : " " + phone);
    }
}
