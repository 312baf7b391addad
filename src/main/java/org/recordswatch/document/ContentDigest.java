package org.recordswatch.document;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/** The SHA-256 of a file's bytes, as 64 lower-case hex characters: the identity of a stored original. */
@Embeddable
public class ContentDigest implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Pattern HEX64 = Pattern.compile("[0-9a-f]{64}");

    @Column(name = "sha256", nullable = false, length = 64)
    private String hex;

    protected ContentDigest() {
        // for JPA
    }

    public ContentDigest(String hex) {
        String h = hex == null ? "" : hex.strip().toLowerCase(Locale.ROOT);
        if (!HEX64.matcher(h).matches()) {
            throw new IllegalArgumentException("Not a SHA-256 digest: " + hex);
        }
        this.hex = h;
    }

    public static ContentDigest of(byte[] sha256) {
        return new ContentDigest(HexFormat.of().formatHex(sha256));
    }

    public static boolean isValid(String hex) {
        return hex != null && HEX64.matcher(hex).matches();
    }

    public String hex() {
        return hex;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ContentDigest other && hex.equals(other.hex);
    }

    @Override
    public int hashCode() {
        return hex.hashCode();
    }

    @Override
    public String toString() {
        return hex;
    }
}
