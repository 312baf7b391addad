package org.recordswatch.evidence;

import static org.recordswatch.platform.JsonProviders.JSON;

import jakarta.json.stream.JsonGenerator;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.recordswatch.platform.csv.Csv;
import org.recordswatch.platform.csv.CsvWriter;
import org.recordswatch.tagging.ExportRow;

/**
 * Streams the rows of the communications export ({@link ExportRow}) in one format: CSV (RFC 4180), XLSX (POI's streaming SXSSF, a hundred rows in memory) or JSON
 * (an array of objects). Rows are written as they come, so an export of any size never sits in memory. Text cells that
 * a spreadsheet would run as a formula ({@code = + - @}) are defused in CSV and XLSX.
 */
public abstract class ExportWriter implements Closeable {

    public static ExportWriter of(ExportFormat format, OutputStream out) {
        return switch (format) {
            case CSV -> new CsvExport(out);
            case XLSX -> new XlsxExport(out);
            case JSON -> new JsonExport(out);
        };
    }

    public abstract void write(ExportRow row) throws IOException;

    /** Finishes the document (closing the JSON array, writing the workbook); does not close the stream. */
    @Override
    public abstract void close() throws IOException;

    private static final class CsvExport extends ExportWriter {
        private final Writer writer;
        private final CsvWriter csv;

        CsvExport(OutputStream out) {
            writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            csv = new CsvWriter(writer);
            try {
                csv.row(ExportRow.COLUMNS);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void write(ExportRow row) throws IOException {
            csv.row(row.cells());
        }

        @Override
        public void close() throws IOException {
            writer.flush();
        }
    }

    private static final class XlsxExport extends ExportWriter {
        private final OutputStream out;
        private final SXSSFWorkbook workbook = new SXSSFWorkbook(100);
        private final SXSSFSheet sheet = workbook.createSheet("communications");
        private int next;

        XlsxExport(OutputStream out) {
            this.out = out;
            row(List.copyOf(ExportRow.COLUMNS));
        }

        @Override
        public void write(ExportRow row) {
            row(row.cells());
        }

        private void row(List<?> cells) {
            Row r = sheet.createRow(next++);
            for (int i = 0; i < cells.size(); i++) {
                Object v = cells.get(i);
                Cell c = r.createCell(i);
                if (v instanceof Number n) {
                    c.setCellValue(n.doubleValue());
                } else if (v != null) {
                    c.setCellValue(Csv.defuse(v.toString()));
                }
            }
        }

        @Override
        public void close() throws IOException {
            try {
                workbook.write(out);
                out.flush();
            } finally {
                workbook.close();
            }
        }
    }

    private static final class JsonExport extends ExportWriter {
        private final JsonGenerator json;

        JsonExport(OutputStream out) {
            json = JSON.createGenerator(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            json.writeStartArray();
        }

        @Override
        public void write(ExportRow row) {
            row.writeJson(json);
        }

        @Override
        public void close() {
            json.writeEnd();
            json.flush();
        }
    }
}
