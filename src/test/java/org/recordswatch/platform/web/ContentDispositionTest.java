package org.recordswatch.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ContentDispositionTest {

    @Test
    void plainNamesPassThrough() {
        assertEquals("attachment; filename=\"report.pdf\"; filename*=UTF-8''report.pdf",
                ContentDisposition.attachment("report.pdf"));
    }

    @Test
    void headerInjectionIsImpossible() {
        String h = ContentDisposition.attachment("a\";\r\nX-Evil: 1.pdf");
        assertFalse(h.contains("\r") || h.contains("\n"), h);
        assertTrue(h.startsWith("attachment; filename=\"a__"), h);
        assertTrue(h.contains("filename*=UTF-8''a%22%3B%0D%0AX-Evil%3A%201.pdf"), h);
    }

    @Test
    void nonAsciiAndBidiOverridesAreEncoded() {
        String h = ContentDisposition.attachment("Información\u202Efdp.exe");
        assertTrue(h.contains("filename=\"Informaci_n_fdp.exe\""), h);
        assertTrue(h.contains("filename*=UTF-8''Informaci%C3%B3n%E2%80%AEfdp.exe"), h);
    }

    @Test
    void pathTraversalNamesAreJustText() {
        String h = ContentDisposition.attachment("../../etc/passwd");
        assertTrue(h.contains("filename*=UTF-8''..%2F..%2Fetc%2Fpasswd"), h);
    }
}
