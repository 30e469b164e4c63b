package org.leerwerkplek.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The one rule for the address that links in mails and feeds start with. */
class PublicUrlTest {

    private static PublicUrl.Address resolve(Optional<String> configured, Map<String, String> server, String context) {
        return PublicUrl.resolve(configured, Optional.empty(), key -> Optional.ofNullable(server.get(key)), context);
    }

    private static PublicUrl.Address afterARequest(PublicUrl.Answered request, Map<String, String> server, String context) {
        return PublicUrl.resolve(Optional.empty(), Optional.of(request), key -> Optional.ofNullable(server.get(key)), context);
    }

    @Test
    void theConfiguredAddressWinsOverThePortTheServerListensOn() {
        PublicUrl.Address address = resolve(Optional.of("https://lwp.example.org"),
                Map.of(PublicUrl.HTTP_PORT, "18080"), "");

        assertEquals("https://lwp.example.org", address.base());
        assertTrue(address.configured());
    }

    @Test
    void withoutAConfiguredAddressLinksCarryThePortTheServerListensOnNotTheDefault8080() {
        PublicUrl.Address address = resolve(Optional.empty(),
                Map.of(PublicUrl.HTTP_PORT, "18080", PublicUrl.HTTP_ADDRESS, "0.0.0.0"), "");

        assertEquals("http://localhost:18080", address.base());
        assertFalse(address.configured(), "the default, which the start log warns about");
    }

    @Test
    void thePortAnAutomaticallyBoundServerAnsweredOnWinsOverTheRangeItsConfigurationNames() {
        Map<String, String> autoBound = Map.of(PublicUrl.HTTP_PORT, "8562,9562");

        assertEquals("http://localhost:8562/leerwerkplek", resolve(Optional.empty(), autoBound, "/leerwerkplek").base(),
                "before any request: where the range starts");
        assertEquals("http://localhost:8563/leerwerkplek",
                afterARequest(new PublicUrl.Answered(false, 8563), autoBound, "/leerwerkplek").base());
        assertEquals("https://localhost:8443",
                afterARequest(new PublicUrl.Answered(true, 8443), Map.of(PublicUrl.HTTP_PORT, "8080"), "").base());
        assertEquals("https://lwp.example.org", PublicUrl.resolve(Optional.of("https://lwp.example.org"),
                Optional.of(new PublicUrl.Answered(false, 8563)), key -> Optional.empty(), "").base(),
                "a configured address still wins");
    }

    @Test
    void theContextPathOfTheDeploymentIsPartOfTheDefault() {
        assertEquals("http://localhost:33117/leerwerkplek",
                resolve(Optional.empty(), Map.of(PublicUrl.HTTP_PORT, "33117"), "/leerwerkplek").base());
        assertEquals("http://localhost:8081", resolve(Optional.empty(), Map.of(PublicUrl.HTTP_PORT, "8081"), "/").base());
    }

    @Test
    void aListenerBoundToOneAddressIsReachedThere() {
        assertEquals("http://10.0.0.5:9090",
                resolve(Optional.empty(), Map.of(PublicUrl.HTTP_PORT, "9090", PublicUrl.HTTP_ADDRESS, "10.0.0.5"), "").base());
        assertEquals("http://[fe80::1]:9090",
                resolve(Optional.empty(), Map.of(PublicUrl.HTTP_PORT, "9090", PublicUrl.HTTP_ADDRESS, "fe80::1"), "").base());
        assertEquals("http://localhost:9090",
                resolve(Optional.empty(), Map.of(PublicUrl.HTTP_PORT, "9090", PublicUrl.HTTP_ADDRESS, "::"), "").base());
    }

    @Test
    void withHttpOffTheHttpsListenerIsTakenAndStandardPortsAreLeftOut() {
        assertEquals("https://localhost:8181", resolve(Optional.empty(), Map.of(PublicUrl.HTTP_PORT, "8080",
                PublicUrl.HTTP_ENABLED, "false", PublicUrl.HTTPS_PORT, "8181"), "").base());
        assertEquals("https://localhost", resolve(Optional.empty(), Map.of(PublicUrl.HTTP_ENABLED, "false",
                PublicUrl.HTTPS_PORT, "443"), "").base());
        assertEquals("http://localhost", resolve(Optional.empty(), Map.of(PublicUrl.HTTP_PORT, "80"), "").base());
    }

    @Test
    void aServerThatPublishesNoUsablePortFallsBackTo8080() {
        assertEquals("http://localhost:8080", resolve(Optional.empty(), Map.of(), "").base());
        assertEquals("http://localhost:8080/app",
                resolve(Optional.empty(), Map.of(PublicUrl.HTTP_PORT, "not-a-port"), "/app").base());
    }
}
