package org.recordswatch.platform.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The REST API under {@code /api}. Every call needs a personal API token ({@code Authorization: Bearer rw_...}, made
 * on the "My account" page) or a logged-in session, and passes the same service-level checks as the pages.
 */
@ApplicationPath("/api")
@OpenAPIDefinition(
        info = @Info(title = "Records Watch API", version = "1",
                description = "Agencies, laws, campaigns, requests, documents and evidence of Records Watch."),
        security = @SecurityRequirement(name = "token"))
@SecurityScheme(securitySchemeName = "token", type = SecuritySchemeType.HTTP, scheme = "bearer")
public class RestApplication extends Application {
}
