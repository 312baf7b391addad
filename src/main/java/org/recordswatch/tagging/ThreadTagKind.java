package org.recordswatch.tagging;

/** What a thread tag says: who started it, what became of it, the agency on the other side, the basis cited. */
public enum ThreadTagKind {
    INITIATOR,
    OUTCOME,
    COUNTERPART,
    LEGAL_BASIS
}
