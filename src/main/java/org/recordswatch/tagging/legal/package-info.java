/**
 * Whether a message asks for personal data, and the legal basis it cites (warrant, court order, criminal or
 * administrative subpoena, written consent, none), from its text, attachments and attachment names.
 */
package org.recordswatch.tagging.legal;
