package org.recordswatch.platform.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void quotedFieldsKeepCommasQuotesAndLineBreaks() {
        String text = "code,name,notes\r\nnm_doh,\"Health, Department of\",\"says \"\"hi\"\"\nsecond line\"\r\n";
        assertEquals(List.of(List.of("code", "name", "notes"),
                List.of("nm_doh", "Health, Department of", "says \"hi\"\nsecond line")), Csv.read(text, 100));
    }

    @Test
    void emptyLinesAreSkippedAndTheLastLineNeedsNoBreak() {
        assertEquals(List.of(List.of("a", "b"), List.of("c", "")), Csv.read("\uFEFFa,b\n\n\nc,", 100));
    }

    @Test
    void readingStopsAtTheLimit() {
        assertEquals(2, Csv.read("a\nb\nc\nd\n", 2).size());
    }

    @Test
    void formulaCellsAreDefusedAndSpecialCharactersQuoted() {
        assertEquals("'=HYPERLINK(\"\"x\"\"),plain,\"a,b\",'@SUM(1),-3\r\n".replace("'=HYPERLINK(\"\"x\"\")",
                "\"'=HYPERLINK(\"\"x\"\")\""),
                Csv.line(Arrays.asList("=HYPERLINK(\"x\")", "plain", "a,b", "@SUM(1)", -3)));
        assertEquals(",'-1 day\r\n", Csv.line(Arrays.asList(null, "-1 day")));
    }
}
