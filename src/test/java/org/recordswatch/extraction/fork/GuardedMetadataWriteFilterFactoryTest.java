package org.recordswatch.extraction.fork;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.junit.jupiter.api.Test;

class GuardedMetadataWriteFilterFactoryTest {

    @Test
    void ordinaryMetadataIsBoundedButLimitMarkersAndTikaKeysAlwaysPass() {
        GuardedMetadataWriteFilterFactory factory = new GuardedMetadataWriteFilterFactory();
        factory.setMaxTotalEstimatedBytes(1_000);
        factory.setMaxFieldSize(100);
        Metadata metadata = new Metadata();
        metadata.setMetadataWriteFilter(factory.newInstance());

        metadata.set("dc:title", "x".repeat(500));
        assertTrue(metadata.get("dc:title").length() <= 100, "a value is cut at the field size");
        for (int i = 0; i < 100; i++) {
            metadata.set("custom:" + i, "y".repeat(90));
        }
        assertNull(metadata.get("custom:99"), "past the total, ordinary keys are dropped");

        metadata.add(ForkMetadata.LIMIT, ForkLimit.DEPTH.name());
        metadata.add(ForkMetadata.LIMIT, ForkLimit.EMBEDDED_COUNT.name());
        metadata.set(TikaCoreProperties.EMBEDDED_ID_PATH, "/1/2");
        metadata.set(TikaCoreProperties.TIKA_CONTENT, "z".repeat(10_000));
        assertEquals(2, metadata.getValues(ForkMetadata.LIMIT).length);
        assertEquals("/1/2", metadata.get(TikaCoreProperties.EMBEDDED_ID_PATH));
        assertEquals(10_000, metadata.get(TikaCoreProperties.TIKA_CONTENT).length());
    }
}
