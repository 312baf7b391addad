package org.recordswatch.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.recordswatch.platform.csv.Csv;
import org.recordswatch.tagging.ExportRow;

class ExportWriterTest {

    private static final ExportRow ROW = new ExportRow("k12", "=HYPERLINK(\"http://x\")", "page 1",
            "2019-03-05T10:14:00-07:00", "+J. R.", "@j***@ice.dhs.gov", "ice_ero", List.of("nm_mvd", "nm_doh"),
            "-1+1 subject, with comma", "t4", "state_to_federal", "state", "nm_mvd", "none_cited",
            List.of("home_address", "ssn"), List.of("home_address", "ssn"), "1", List.of(), "email", null, "J. R.",
            "", "disclosed", "ice_ero", 12L);

    private static byte[] write(ExportFormat f) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ExportWriter w = ExportWriter.of(f, out)) {
            w.write(ROW);
        }
        return out.toByteArray();
    }

    @Test
    void csvHasTheFormatsColumnsAndDefusesFormulaCells() throws IOException {
        List<List<String>> rows = Csv.read(new String(write(ExportFormat.CSV), StandardCharsets.UTF_8), 10);
        List<String> header = rows.get(0);
        for (String column : List.of("id", "document", "locator", "sent_at", "from_name", "from_email", "from_org",
                "to_orgs", "subject", "thread_id", "direction", "initiated_by", "producing_agency", "legal_basis",
                "categories", "disclosed")) {
            assertTrue(header.contains(column), column);
        }
        List<String> r = rows.get(1);
        assertEquals("'=HYPERLINK(\"http://x\")", r.get(header.indexOf("document")));
        assertEquals("'+J. R.", r.get(header.indexOf("from_name")));
        assertEquals("'@j***@ice.dhs.gov", r.get(header.indexOf("from_email")));
        assertEquals("'-1+1 subject, with comma", r.get(header.indexOf("subject")));
        assertEquals("nm_mvd;nm_doh", r.get(header.indexOf("to_orgs")));
        assertEquals("home_address;ssn", r.get(header.indexOf("categories")));
        assertEquals("12", r.get(header.indexOf("communication_id")));
    }

    @Test
    void xlsxCellsThatLookLikeFormulasAreTextWithAnApostrophe() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(write(ExportFormat.XLSX)))) {
            Row header = wb.getSheetAt(0).getRow(0);
            Row row = wb.getSheetAt(0).getRow(1);
            assertEquals("id", header.getCell(0).getStringCellValue());
            assertEquals(12.0, row.getCell(ExportRow.COLUMNS.indexOf("communication_id")).getNumericCellValue());
            assertEquals("'=HYPERLINK(\"http://x\")", row.getCell(1).getStringCellValue());
            assertEquals("'-1+1 subject, with comma", row.getCell(ExportRow.COLUMNS.indexOf("subject"))
                    .getStringCellValue());
            for (Row r : wb.getSheetAt(0)) {
                r.forEach(c -> assertTrue(c.getCellType() != org.apache.poi.ss.usermodel.CellType.FORMULA));
            }
        }
    }

    @Test
    void jsonIsAnArrayOfObjectsWithListsAsArrays() throws IOException {
        JsonArray a = Json.createReader(new StringReader(new String(write(ExportFormat.JSON), StandardCharsets.UTF_8)))
                .readArray();
        assertEquals(1, a.size());
        assertEquals(12, a.getJsonObject(0).getInt("communication_id"));
        assertEquals(List.of("home_address", "ssn"), a.getJsonObject(0).getJsonArray("disclosed").getValuesAs(
                jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList());
    }
}
