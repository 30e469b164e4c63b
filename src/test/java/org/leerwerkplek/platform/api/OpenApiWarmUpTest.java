package org.leerwerkplek.platform.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OpenApiWarmUpTest {

    @Test
    void asksUntilTheDocumentListsTheApplicationsPaths() {
        Deque<Optional<String>> answers = new ArrayDeque<>(List.of(
                Optional.empty(),                                  // server not answering yet
                Optional.of("openapi: 3.0.3\npaths: {}\n"),        // application not registered yet
                Optional.of("openapi: 3.0.3\npaths:\n  /api/v1/me:\n    get: {}\n"),
                Optional.of("never asked")));

        assertTrue(OpenApiWarmUp.warm(answers::poll, Duration.ZERO, 10));
        assertEquals(1, answers.size(), "stops at the first document with the application's paths");
    }

    @Test
    void givesUpAfterItsAttempts() {
        int[] asked = {0};
        assertFalse(OpenApiWarmUp.warm(() -> {
            asked[0]++;
            return Optional.empty();
        }, Duration.ZERO, 3));
        assertEquals(3, asked[0]);
    }
}
