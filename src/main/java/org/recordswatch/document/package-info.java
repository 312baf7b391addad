/**
 * Document intake: uploads (pages and REST), the content-addressed DocumentStore port and its file-system adapter,
 * duplicates, the orphan sweeper and the chain of custody of every stored original. Originals are never modified.
 * Uses request for scoping; knows nothing of extraction or communications.
 */
package org.recordswatch.document;
