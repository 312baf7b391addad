package org.recordswatch.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExtractionOptionsTest {

    @Test
    void theDefaultsAreBoundedEverywhere() {
        ExtractionOptions defaults = ExtractionOptions.defaults();
        assertTrue(defaults.ocr());
        assertEquals("eng+spa", defaults.tesseractLanguages());
        assertEquals(Duration.ofMinutes(5), defaults.timeout());
        assertEquals(10_000_000, defaults.writeLimit());
        assertEquals(5_000, defaults.maxEmbedded());
        assertEquals(10, defaults.maxDepth());
        assertEquals(2L * 1024 * 1024 * 1024, defaults.maxUnpackedBytes());
        assertEquals(100, defaults.maxCompressionRatio());
        assertTrue(defaults.keepEmbeddedBytes());
    }

    @Test
    void theBuilderChangesSingleValues() {
        ExtractionOptions changed = ExtractionOptions.defaults().toBuilder().ocrLanguages("spa").maxDepth(3).build();
        assertEquals(List.of("spa"), changed.ocrLanguages());
        assertEquals(3, changed.maxDepth());
        assertEquals(ExtractionOptions.defaults().writeLimit(), changed.writeLimit());
    }

    @Test
    void languagesAreParsedInEitherNotation() {
        assertEquals(List.of("eng", "spa"), ExtractionOptions.parseLanguages(" eng + spa "));
        assertEquals(List.of("eng", "chi_sim"), ExtractionOptions.parseLanguages("eng,chi_sim"));
    }

    @Test
    void invalidValuesAreRefused() {
        ExtractionOptions.Builder b = ExtractionOptions.defaults().toBuilder();
        assertThrows(IllegalArgumentException.class, () -> b.ocrLanguages("eng; rm -rf /").build());
        assertThrows(IllegalArgumentException.class, () -> b.ocrLanguages(List.of()).build());
        ExtractionOptions.Builder c = ExtractionOptions.defaults().toBuilder();
        assertThrows(IllegalArgumentException.class, () -> c.timeout(Duration.ofMillis(10)).build());
        ExtractionOptions.Builder d = ExtractionOptions.defaults().toBuilder();
        assertThrows(IllegalArgumentException.class, () -> d.writeLimit(0).build());
        ExtractionOptions.Builder e = ExtractionOptions.defaults().toBuilder();
        assertThrows(IllegalArgumentException.class, () -> e.maxDepth(ExtractionOptions.DEEPEST + 1).build());
        ExtractionOptions.Builder f = ExtractionOptions.defaults().toBuilder();
        assertThrows(IllegalArgumentException.class, () -> f.maxCompressionRatio(0).build());
    }
}
