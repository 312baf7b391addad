package org.recordswatch.communication.parse;

/** How a message travelled. */
public enum Channel {
    EMAIL,
    TEXT_MESSAGE,
    LETTER
}
