/**
 * The agency directory: agencies, their side (state, federal, local, other), jurisdiction, e-mail domains, records
 * custodians and portals. Agencies are referenced by every feature downstream; this package imports none of them.
 */
package org.recordswatch.agency;
