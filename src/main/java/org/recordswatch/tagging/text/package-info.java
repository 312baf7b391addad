/**
 * Text layout for tagging: folding (accents, typographic characters, OCR digit confusions) with offsets kept,
 * sentences with question and request marks, signature and notice zones, negation and hedging, and the language cues
 * these read, which are data of the taxonomy. Knows nothing of categories, agencies or messages.
 */
package org.recordswatch.tagging.text;
