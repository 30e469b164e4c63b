package org.leerwerkplek.platform.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** A gauge's name and tags are the few lower-case words the scrape can carry. */
class GaugeSpecTest {

    @Test
    void aGaugeIsNamedLwpDotWords() {
        assertEquals("lwp.outbox.oldest.queued.age", GaugeSpec.seconds("lwp.outbox.oldest.queued.age", "age").name());
        for (String bad : new String[] {"outbox.queued", "lwp", "lwp.Outbox", "lwp.outbox queued", "lwp..queued", "lwp.queued-mails"}) {
            assertThrows(IllegalArgumentException.class, () -> GaugeSpec.count(bad, "x"), bad);
        }
    }

    @Test
    void tagsAreLowerCaseWords() {
        assertEquals(Map.of("state", "running"), GaugeSpec.count("lwp.jobs", "jobs", "state", "running").tags());
        assertThrows(IllegalArgumentException.class, () -> GaugeSpec.count("lwp.jobs", "jobs", "state", "RUNNING"));
        assertThrows(IllegalArgumentException.class, () -> GaugeSpec.count("lwp.jobs", "jobs", "user", "jan@example.org"));
    }
}
