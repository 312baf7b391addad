package org.recordswatch.tagging;

import java.util.Locale;
import java.util.Optional;

/** The legal basis a request for personal data cites (taxonomy.json {@code legal_bases}). */
public enum LegalBasis {
    JUDICIAL_WARRANT,
    COURT_ORDER,
    CRIMINAL_SUBPOENA,
    ADMINISTRATIVE_SUBPOENA,
    WRITTEN_CONSENT,
    NONE_CITED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<LegalBasis> fromCode(String code) {
        for (LegalBasis b : values()) {
            if (b.code().equals(code)) {
                return Optional.of(b);
            }
        }
        return Optional.empty();
    }
}
