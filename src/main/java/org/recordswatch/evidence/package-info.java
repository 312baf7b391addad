/**
 * The evidence set: analyst review, full-text search with facets, cross-agency tables, exports that cite their
 * sources, masking of personal data and the evidence packet. The most downstream feature; nothing imports it.
 */
package org.recordswatch.evidence;
