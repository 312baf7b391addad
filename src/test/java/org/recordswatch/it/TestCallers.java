package org.recordswatch.it;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.interceptor.Interceptor;
import org.recordswatch.platform.security.Caller;
import org.recordswatch.platform.security.CallerContext;

/**
 * Test-only replacement of the caller context: an in-container test says whom it acts as, and every service call on
 * that thread sees that caller, with the same role checks and scoping as a logged-in user.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
@ApplicationScoped
public class TestCallers implements CallerContext {

    private static final ThreadLocal<Caller> CURRENT = ThreadLocal.withInitial(Caller::anonymous);

    @Override
    public Caller current() {
        return CURRENT.get();
    }

    public static void actAs(Caller caller) {
        CURRENT.set(caller);
    }

    public static void reset() {
        CURRENT.remove();
    }
}
