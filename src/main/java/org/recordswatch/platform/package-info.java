/**
 * Platform concerns shared by every feature: configuration, the datasource and schema migrations, the clock, HTTP
 * security headers, error handling, i18n and page-layout helpers, and the security vocabulary every service uses
 * ({@code security}: roles, the caller, the {@code @Authorized} check). Holds no business rules and imports no
 * feature package.
 */
package org.recordswatch.platform;
