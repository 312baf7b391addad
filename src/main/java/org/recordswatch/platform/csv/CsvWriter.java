package org.recordswatch.platform.csv;

import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.List;

/**
 * Streams CSV rows (formatted by {@link Csv#line}, formula cells defused) to a writer one at a time, so an export of
 * any size never sits in memory.
 */
public final class CsvWriter {

    private final Writer out;

    public CsvWriter(Writer out) {
        this.out = out;
    }

    public CsvWriter row(Object... cells) throws IOException {
        return row(Arrays.asList(cells));
    }

    public CsvWriter row(List<?> cells) throws IOException {
        out.write(Csv.line(cells));
        return this;
    }

    public void flush() throws IOException {
        out.flush();
    }
}
