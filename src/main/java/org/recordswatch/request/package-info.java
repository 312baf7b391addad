/**
 * Campaigns and records requests: one campaign fans out to one request per agency under that agency's law, the
 * status workflow with its transitions, clocks recomputed on each transition, correspondence, letters, outgoing mail
 * and reminders. Uses agency and law; never reaches into documents, extraction or evidence.
 */
package org.recordswatch.request;
