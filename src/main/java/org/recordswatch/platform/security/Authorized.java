package org.recordswatch.platform.security;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares which roles may call a service method (on the method, or on the class for all its methods). An empty list
 * means any logged-in user. Enforced by {@link AuthorizationInterceptor} for every call, whoever the caller is
 * (a page, a REST resource or another service); object-level checks happen inside the method.
 */
@Inherited
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Authorized {

    @Nonbinding
    Role[] value() default {};
}
