/** RFC 4180 CSV reading and writing, with spreadsheet-formula cells defused on export. */
package org.recordswatch.platform.csv;
