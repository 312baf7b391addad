package org.recordswatch.platform.security;

import jakarta.annotation.Priority;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.lang.reflect.Method;
import org.recordswatch.platform.AccessDeniedException;

/** Checks {@link Authorized} before a service method runs; a refusal is announced (and so audited) and thrown. */
@Authorized
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class AuthorizationInterceptor {

    @Inject
    CallerContext callers;

    @Inject
    Event<AccessRefused> refusals;

    @AroundInvoke
    Object check(InvocationContext ctx) throws Exception {
        Method method = ctx.getMethod();
        Authorized rule = method.getAnnotation(Authorized.class);
        if (rule == null) {
            rule = method.getDeclaringClass().getAnnotation(Authorized.class);
        }
        Caller caller = callers.current();
        if (!permits(rule, caller)) {
            String operation = method.getDeclaringClass().getSimpleName() + "." + method.getName();
            refusals.fire(new AccessRefused(caller.username(), "CALL", "operation", operation));
            throw new AccessDeniedException(caller.username() + " may not call " + operation);
        }
        return ctx.proceed();
    }

    /** Logged-in callers only; and, when roles are listed, one of them. */
    static boolean permits(Authorized rule, Caller caller) {
        if (caller.role() == null) {
            return false;
        }
        return rule == null || rule.value().length == 0 || caller.hasAnyRole(rule.value());
    }
}
