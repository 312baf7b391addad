package org.recordswatch.platform.web;

import java.nio.charset.StandardCharsets;

/**
 * {@code Content-Disposition} values that are safe whatever the file name (RFC 6266 with RFC 8187 {@code filename*}):
 * an ASCII fallback with quotes, backslashes, control and bidi-override characters replaced, and the exact UTF-8
 * name percent-encoded. A name can never end the header or add another.
 */
public final class ContentDisposition {

    private ContentDisposition() {
    }

    public static String attachment(String fileName) {
        String name = fileName == null || fileName.isBlank() ? "download" : fileName;
        return "attachment; filename=\"" + asciiFallback(name) + "\"; filename*=UTF-8''" + percentEncode(name);
    }

    static String asciiFallback(String name) {
        StringBuilder sb = new StringBuilder();
        name.codePoints().forEach(cp -> {
            boolean safe = cp >= 0x20 && cp < 0x7f && cp != '"' && cp != '\\' && cp != '%' && cp != ';';
            sb.append(safe ? (char) cp : '_');
        });
        String s = sb.toString().strip();
        return s.isEmpty() ? "download" : s;
    }

    static String percentEncode(String name) {
        StringBuilder sb = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            boolean attrChar = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || "!#$&+-.^_`|~".indexOf(c) >= 0;
            if (attrChar) {
                sb.append((char) c);
            } else {
                sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return sb.toString();
    }
}
