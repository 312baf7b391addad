/**
 * Text extraction in isolation: the {@link org.recordswatch.extraction.TextExtractor} port, its Tika Pipes adapter
 * whose supervised forked JVMs parse hostile files outside the application JVM, the result model (a tree of parts
 * with text per page, OCR flags, metadata, limits hit and embedded bytes) and its configuration; later also the
 * extraction jobs and their persistent states. Code that runs inside the forks lives in {@code extraction.fork}.
 * Reads documents; never imports communication, tagging or evidence.
 */
package org.recordswatch.extraction;
