package org.recordswatch.audit;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The remote address of the HTTP request being served on this thread, set by {@link ClientAddressFilter}; null for
 * background work.
 */
@ApplicationScoped
public class ClientAddress {

    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    public String get() {
        return CURRENT.get();
    }

    public static void set(String address) {
        CURRENT.set(address);
    }

    public static void clear() {
        CURRENT.remove();
    }
}
