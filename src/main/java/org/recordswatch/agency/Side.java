package org.recordswatch.agency;

/** Which side of government an agency is on; decides the direction of a message (see the taxonomy). */
public enum Side {
    STATE,
    FEDERAL,
    LOCAL,
    OTHER;

    /** The lower-case code used in exports ({@code state}, {@code federal}, ...). */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
