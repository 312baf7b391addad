/**
 * Tagging: the sensitive-data taxonomy as data, its detectors, party-to-agency resolution, direction, thread
 * initiator, legal basis and outcome, with the provenance of every tag. The engine ({@link
 * org.recordswatch.tagging.TaggingEngine}) is pure Java and reads {@link org.recordswatch.tagging.TaggableMessage}s,
 * which {@link org.recordswatch.tagging.TaggableMessages} builds from the communications feature's resolution. Reads
 * communications and agencies; never imports evidence.
 */
package org.recordswatch.tagging;
