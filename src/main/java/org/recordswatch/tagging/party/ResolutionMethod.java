package org.recordswatch.tagging.party;

/** How a party was tied to an agency, strongest first. */
public enum ResolutionMethod {
    /** The e-mail domain belongs to exactly one agency. */
    EMAIL_DOMAIN,
    /** The domain is shared; the signature block (or the display-name tag) chose among the agencies. */
    SIGNATURE,
    /** A display-name tag such as {@code (CENSUS/ADRM FED)}. */
    DISPLAY_NAME,
    /** The same person appears elsewhere in the batch with an address. */
    KNOWN_NAME,
    /** The phone number appears in a resolved signature. */
    PHONE,
    /** The domain is shared and nothing else decided: the agency that produced the records. */
    PRODUCING_AGENCY,
    /** The domain is shared and nothing decided; a guess an analyst should confirm. */
    AMBIGUOUS_DOMAIN,
    /** An unknown government domain: an agency is proposed for the directory. */
    PROPOSED,
    /** Nothing known: flagged for an analyst. */
    UNRESOLVED
}
