/**
 * The taxonomy as data (categories, detectors, legal bases, cues, pattern fragments), its JSON form and seed, its
 * checks and compilation, the value validators, and the scanner that runs detectors over texts and reports hits with
 * excerpt, offsets, detector and confidence. Reads texts only; never resolves parties or decides directions.
 */
package org.recordswatch.tagging.detect;
