/**
 * Splitting stored records into individual messages, as a pure library without container or persistence: the input
 * is what Tika extracted from one stored file ({@link org.recordswatch.communication.parse.SourceDocument}, a tree of
 * documents with their metadata, text and pages); the output is one
 * {@link org.recordswatch.communication.parse.ParsedMessage} per message found (parties, sent time, subject, own text
 * with quoted history kept apart, attachments, locator, identifiers). {@link
 * org.recordswatch.communication.parse.MessageExtractor} is the entry point for one file;
 * {@link org.recordswatch.communication.parse.resolve.CommunicationResolver} turns the messages of a whole corpus into
 * communications (duplicates merged, quoted-only messages absent) and threads. Sub-packages hold the format-specific
 * readers: {@code email} (e-mail metadata and bodies), {@code printout} (PDF and OCR print-outs), {@code text}
 * (text-message exports), {@code resolve} (duplicates and threads). Never touches the database, the file store or Tika
 * parsers.
 */
package org.recordswatch.communication.parse;
