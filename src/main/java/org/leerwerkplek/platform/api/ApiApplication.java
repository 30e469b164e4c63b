package org.leerwerkplek.platform.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The REST API, version 1. Every resource states its roles with {@code @RolesAllowed}. */
@ApplicationPath("/api/v1")
@OpenAPIDefinition(
        info = @Info(title = "Leerwerkplek API", version = "1",
                description = "Every part of Leerwerkplek, each under its own path. HTTP Basic with a Leerwerkplek account."),
        security = @SecurityRequirement(name = "basic"))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class ApiApplication extends Application {
}
