package org.recordswatch.platform;

import jakarta.json.spi.JsonProvider;

/**
 * The one JSON-P provider of the application. The static factory methods of {@code jakarta.json.Json} look the
 * provider up with a {@link java.util.ServiceLoader} scan of the class path on every call (measured: a tenth of the
 * application's CPU while extracting, one scan per metadata entry); the provider is thread-safe, so it is looked up
 * once here.
 */
public final class JsonProviders {

    /** Use {@code JSON.createObjectBuilder()}, {@code JSON.createReader(...)} and so on. */
    public static final JsonProvider JSON = JsonProvider.provider();

    private JsonProviders() {
    }
}
