package org.recordswatch.communication.parse;

/** Where the offset of a message's sent time comes from. */
public enum TimeBasis {
    /** The message's own header gave the instant or the offset (an e-mail {@code Date:} header, MAPI times). */
    HEADER,
    /** The document stated the zone or offset next to the time (e.g. {@code (UTC-06:00)}, {@code MDT}). */
    STATED_ZONE,
    /** A local time without zone, read in the producing agency's time zone. */
    AGENCY_ZONE,
    /** No time was found. */
    NONE
}
