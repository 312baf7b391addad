package org.recordswatch.platform.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class CsvWriterTest {

    @Test
    void writesQuotedRowsAndDefusesFormulas() throws IOException {
        StringWriter s = new StringWriter();
        new CsvWriter(s).row("plain", "with, comma", "=HYPERLINK(\"x\")", null, -42).row("@SUM(A1)", "two\nlines");
        assertEquals("plain,\"with, comma\",\"'=HYPERLINK(\"\"x\"\")\",,-42\r\n'@SUM(A1),\"two\nlines\"\r\n",
                s.toString());
    }
}
