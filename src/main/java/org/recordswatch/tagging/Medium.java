package org.recordswatch.tagging;

/** How a message travelled; text messages carry no signature block. */
public enum Medium {
    EMAIL,
    TEXT_MESSAGE,
    LETTER,
    OTHER
}
