package org.recordswatch.extraction;

/** A limit that stopped or shortened an extraction, per part and for the whole file. */
public enum Limit {
    /** The extracted text reached the write limit (characters, all parts of the file together); the rest is cut. */
    OUTPUT,
    /** The file holds more embedded documents than allowed; the rest were not extracted. */
    EMBEDDED_COUNT,
    /** Documents nested deeper than allowed were not extracted. */
    DEPTH,
    /** The embedded documents unpack to more bytes than allowed; extraction stopped. */
    UNPACKED_BYTES,
    /** The embedded documents unpack to more than the allowed multiple of the file's size; extraction stopped. */
    COMPRESSION_RATIO,
    /** The extraction process ran out of its memory (heap cap); it was restarted. */
    MEMORY
}
