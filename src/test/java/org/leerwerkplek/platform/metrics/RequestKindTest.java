package org.leerwerkplek.platform.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The request timer's {@code kind} tag: four values whatever the address, none for the server's own endpoints. */
class RequestKindTest {

    @Test
    void theApiAndItsDescriptionAreApi() {
        assertEquals(Optional.of(RequestKind.API), RequestKind.of("/api/v1/me", true));
        assertEquals(Optional.of(RequestKind.API), RequestKind.of("/api/v1/admin/users", false));
        assertEquals(Optional.of(RequestKind.API), RequestKind.of("/openapi", false));
    }

    @Test
    void pagesAreForTheSignedInOrPublic() {
        assertEquals(Optional.of(RequestKind.PAGE), RequestKind.of("/index.xhtml", true));
        assertEquals(Optional.of(RequestKind.PAGE), RequestKind.of("/admin/users.xhtml", true));
        assertEquals(Optional.of(RequestKind.PUBLIC), RequestKind.of("/login.xhtml", false));
        assertEquals(Optional.of(RequestKind.PUBLIC), RequestKind.of("/respond.xhtml", false));
        assertEquals(Optional.of(RequestKind.PUBLIC), RequestKind.of("/", false));
        assertEquals(Optional.of(RequestKind.PUBLIC), RequestKind.of("", false));
    }

    @Test
    void resourcesAreStatic() {
        assertEquals(Optional.of(RequestKind.STATIC), RequestKind.of("/jakarta.faces.resource/theme.css.xhtml", true));
        assertEquals(Optional.of(RequestKind.STATIC), RequestKind.of("/resources/img/favicon.svg", false));
    }

    @Test
    void theServersOwnEndpointsAreNotTimed() {
        assertEquals(Optional.empty(), RequestKind.of("/metrics", false));
        assertEquals(Optional.empty(), RequestKind.of("/health/ready", false));
        assertEquals(Optional.empty(), RequestKind.of("/health", false));
    }

    @Test
    void aMadeUpAddressTakesNoNewValue() {
        assertEquals(Optional.of(RequestKind.PUBLIC), RequestKind.of("/apikey-123/x", false), "only /api/ is the API");
        assertEquals(Optional.of(RequestKind.PUBLIC), RequestKind.of("/metricsx", false));
        assertEquals(Optional.of(RequestKind.PUBLIC), RequestKind.of("/t/0f3a9c?token=abc", false));
        assertEquals(Set.of("api", "page", "public", "static"),
                Arrays.stream(RequestKind.values()).map(RequestKind::tag).collect(Collectors.toSet()));
    }
}
