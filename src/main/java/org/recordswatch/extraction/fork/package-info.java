/**
 * The code that runs inside the forked Tika processes (never in the application JVM): the fetcher that opens stored
 * files, the embedded-document extractor that enforces depth, count, unpacked-size and compression-ratio limits and
 * writes the bytes of embedded documents under generated names, and the metadata filter that keeps those markers.
 * Depends on the JDK and Tika only; it must not use Jakarta EE, the database or any other feature package, because the
 * forked JVM has neither a container nor a connection.
 */
package org.recordswatch.extraction.fork;
