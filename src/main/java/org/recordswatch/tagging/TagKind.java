package org.recordswatch.tagging;

/** What a communication tag says: a sensitive-data category, the legal basis cited, the direction, an agency. */
public enum TagKind {
    CATEGORY,
    LEGAL_BASIS,
    DIRECTION,
    SENDER_ORG,
    RECIPIENT_ORG
}
