package org.recordswatch.communication;

/** How a recipient was addressed. */
public enum PartyKind {
    TO,
    CC,
    BCC
}
