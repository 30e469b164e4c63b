package org.leerwerkplek.platform.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.leerwerkplek.platform.mail.OutboxSummary;

class OpenApiDatesTest {

    record Example(long id, LocalDate day, Instant at, String text) {
        static final Instant NOT_A_FIELD = Instant.EPOCH;
    }

    @Test
    void datesAndMomentsOfARecordAreFoundWithTheirFormat() {
        assertEquals(Map.of("day", "date", "at", "date-time"), OpenApiDates.temporalFields(Example.class));
        assertEquals(Map.of("nextAttemptAt", "date-time", "sentAt", "date-time", "createdAt", "date-time"),
                OpenApiDates.temporalFields(OutboxSummary.class), "a record without annotations");
    }

    @Test
    void theApplicationsClassesAreListedFromTheirFolder() throws Exception {
        List<String> names = new java.util.ArrayList<>();
        for (URL root : java.util.Collections.list(OpenApiDates.class.getClassLoader().getResources("org/leerwerkplek/"))) {
            names.addAll(OpenApiDates.classNames(root));
        }

        assertTrue(names.contains(OutboxSummary.class.getName()), names.size() + " classes");
        assertTrue(names.contains(Example.class.getName()), "nested records too");
    }
}
