package org.recordswatch.account;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LoginFlowTest {

    @ParameterizedTest
    @CsvSource({
        "/requests/view.xhtml?id=7, /requests/view.xhtml?id=7",
        "/admin/users.xhtml, /admin/users.xhtml",
        "//evil.example/phish, /index.xhtml",
        "https://evil.example/, /index.xhtml",
        "/\\evil.example, /index.xhtml",
        "/login.xhtml, /index.xhtml",
        "/jakarta.faces.resource/x.js, /index.xhtml",
    })
    void continuesOnlyToLocalPagesAfterLogin(String requested, String expected) {
        assertEquals(expected, LoginFlow.safeTarget(requested));
    }

    @org.junit.jupiter.api.Test
    void neverContinuesToAnUrlWithALineBreak() {
        assertEquals("/index.xhtml", LoginFlow.safeTarget("/a\r\nSet-Cookie: x=1"));
    }
}
