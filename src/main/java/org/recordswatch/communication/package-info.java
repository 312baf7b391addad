/**
 * Communications: individual messages split out of e-mail files, mailboxes, PDF print-outs, OCR'd scans and
 * text-message exports; parties, quoted history kept apart, duplicates across files and agencies, threads, and the
 * explorer. Reads extraction output; never imports tagging or evidence.
 */
package org.recordswatch.communication;
