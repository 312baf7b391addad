/**
 * Text-message exports (device extractions, chat transcripts, CSV exports): one message per text, one conversation
 * per export. Depends only on the parse model.
 */
package org.recordswatch.communication.parse.text;
