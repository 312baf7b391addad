package org.recordswatch.document;

/** How a file reached the app: what the chain of custody says about its way from the agency. */
public enum Channel {
    /** Uploaded by the agency's records officer in the portal. */
    AGENCY_PORTAL,
    /** Received by e-mail and uploaded by an advocate. */
    EMAIL,
    /** Received on paper or a disc by mail and uploaded (scanned) by an advocate. */
    MAIL,
    /** Downloaded by an advocate from the agency's own portal. */
    PORTAL_DOWNLOAD,
    /** Uploaded by a script through the REST API. */
    API;

    public String labelKey() {
        return "channel." + name();
    }
}
