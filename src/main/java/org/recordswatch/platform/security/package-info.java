/**
 * The security vocabulary of the application: the four roles, the {@link org.recordswatch.platform.security.Caller}
 * of a request, the {@link org.recordswatch.platform.security.Authorized} rule on service methods and the interceptor
 * that enforces it. Who the caller is gets decided in {@code account}; what they may see, in each feature's service.
 */
package org.recordswatch.platform.security;
