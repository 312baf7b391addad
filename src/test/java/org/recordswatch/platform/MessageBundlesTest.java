package org.recordswatch.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** English and Spanish must say the same things: same keys, and every key a page uses exists. */
class MessageBundlesTest {

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/org/recordswatch/platform/web/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void spanishHasExactlyTheEnglishKeys() throws IOException {
        Set<String> en = new TreeSet<>(load("messages.properties").stringPropertyNames());
        Set<String> es = new TreeSet<>(load("messages_es.properties").stringPropertyNames());
        Set<String> missingInSpanish = new TreeSet<>(en);
        missingInSpanish.removeAll(es);
        Set<String> onlyInSpanish = new TreeSet<>(es);
        onlyInSpanish.removeAll(en);
        assertEquals(Set.of(), missingInSpanish, "keys missing in messages_es.properties");
        assertEquals(Set.of(), onlyInSpanish, "keys only in messages_es.properties");
    }

    @Test
    void everyKeyUsedInAPageExists() throws IOException {
        Set<String> keys = load("messages.properties").stringPropertyNames();
        Pattern used = Pattern.compile("msg\\['([A-Za-z0-9_.]+)'\\]");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> pages = Files.walk(Path.of("src/main/webapp"))) {
            for (Path page : (Iterable<Path>) pages.filter(p -> p.toString().endsWith(".xhtml"))::iterator) {
                Matcher m = used.matcher(Files.readString(page));
                while (m.find()) {
                    if (!keys.contains(m.group(1))) {
                        missing.add(page.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        assertTrue(missing.isEmpty(), "undefined message keys: " + missing);
    }
}
