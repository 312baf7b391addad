package org.recordswatch.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PagedModelTest {

    record Row(long id, String name) implements Serializable {
    }

    /** Stands for a page bean: its filter field, read by the model's functions on every call. */
    static final class Page implements Serializable {
        private static final long serialVersionUID = 1L;
        final List<Row> rows = List.of(new Row(7, "alpha"), new Row(9, "beta"), new Row(12, "alphabet"));
        String text = "";

        List<Row> matching() {
            return rows.stream().filter(r -> r.name().startsWith(text)).toList();
        }

        PagedModel<Row> model() {
            return PagedModel.of(() -> matching().size(),
                    (first, size) -> matching().subList(first, Math.min(matching().size(), first + size)), Row::id,
                    id -> rows.stream().filter(r -> r.id() == id).findFirst().orElse(null));
        }
    }

    @Test
    void countsPagesAndKeysRowsByIdReadingTheFilterOnEveryCall() {
        Page page = new Page();
        PagedModel<Row> model = page.model();
        page.text = "alpha";

        assertEquals(2, model.count(Map.of()));
        assertEquals(List.of(new Row(12, "alphabet")), model.load(1, 10, Map.of(), Map.of()));
        assertEquals("12", model.getRowKey(new Row(12, "alphabet")));
        assertEquals(new Row(9, "beta"), model.getRowData("9"));
    }

    @Test
    void aCountBeyondAnIntIsCappedAtTheLargestInt() {
        PagedModel<Row> model = PagedModel.of(() -> 5_000_000_000L, (first, size) -> List.of(), Row::id);

        assertEquals(Integer.MAX_VALUE, model.count(Map.of()));
    }

    @Test
    void survivesSerializationWithItsPageBean() throws Exception {
        Page page = new Page();
        page.text = "beta";
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(page.model());
        }

        @SuppressWarnings("unchecked")
        PagedModel<Row> copy = (PagedModel<Row>) new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))
                .readObject();

        assertEquals(List.of(new Row(9, "beta")), copy.load(0, 10, Map.of(), Map.of()));
        assertEquals(new Row(7, "alpha"), copy.getRowData("7"));
    }
}
