package org.leerwerkplek.platform.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SameOriginTest {

    private static final String PUBLIC = "https://lwp.example.org/leerwerkplek";

    @Test
    void aPageOfTheHostTheRequestWasSentToPasses() {
        assertTrue(SameOrigin.allows("http://localhost:18087", null, "localhost:18087", PUBLIC));
        assertTrue(SameOrigin.allows(null, "http://localhost:18087/admin/users.xhtml", "localhost:18087", PUBLIC),
                "Referer when the browser sends no Origin");
        assertTrue(SameOrigin.allows("HTTP://LocalHost:18087", null, "localhost:18087", PUBLIC));
    }

    @Test
    void behindAProxyThatEndsHttpsTheHostStillMatches() {
        assertTrue(SameOrigin.allows("https://lwp.example.org", null, "lwp.example.org", "http://localhost:8080"),
                "the Host header without a port means the page's default port");
        assertTrue(SameOrigin.allows("https://lwp.example.org", null, "127.0.0.1:8080", PUBLIC),
                "a proxy that does not pass the Host on: the configured public address");
    }

    @Test
    void aPageOfAnotherSiteIsRefused() {
        assertFalse(SameOrigin.allows("https://evil.example", null, "localhost:18087", PUBLIC));
        assertFalse(SameOrigin.allows(null, "https://evil.example/lwp.html", "localhost:18087", PUBLIC));
        assertFalse(SameOrigin.allows("http://localhost:18088", null, "localhost:18087", PUBLIC), "another port");
        assertFalse(SameOrigin.allows("http://lwp.example.org", null, "127.0.0.1:8080", PUBLIC),
                "the public address's scheme counts when the host does not match");
        assertFalse(SameOrigin.allows("http://localhost:18087.evil.example", null, "localhost:18087", PUBLIC));
        assertFalse(SameOrigin.allows("https://evil.example", "http://localhost:18087/x", "localhost:18087", PUBLIC),
                "Origin decides when both are sent");
    }

    @Test
    void anUnreadableOrOpaqueOriginIsRefused() {
        assertFalse(SameOrigin.allows("null", null, "localhost:18087", PUBLIC), "a sandboxed frame");
        assertFalse(SameOrigin.allows("file:///tmp/x.html", null, "localhost:18087", PUBLIC));
        assertFalse(SameOrigin.allows("http://[bad", null, "localhost:18087", PUBLIC));
        assertFalse(SameOrigin.allows("http://localhost:18087", null, "localhost:18087/../x", PUBLIC),
                "a Host header with a path is no host");
    }

    @Test
    void aRequestThatNamesNoOriginIsNoCrossSiteForm() {
        assertTrue(SameOrigin.allows(null, null, "localhost:18087", PUBLIC));
        assertTrue(SameOrigin.allows(" ", "", "localhost:18087", PUBLIC));
    }
}
