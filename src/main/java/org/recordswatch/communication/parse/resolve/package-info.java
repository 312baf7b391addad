/**
 * Across all messages of a corpus (a campaign): duplicates merged into communications that list every appearance,
 * and communications grouped into threads. Pure functions over parsed messages; depends only on the parse model.
 */
package org.recordswatch.communication.parse.resolve;
