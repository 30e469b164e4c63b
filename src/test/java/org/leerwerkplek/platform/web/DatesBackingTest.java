package org.leerwerkplek.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DatesBackingTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 4);

    @Test
    void aDayReadsAsTheReadersLanguageWritesItNotAsIso() {
        assertEquals("4 dec. 2026", DatesBacking.medium(DAY, Locale.forLanguageTag("nl")));
        assertEquals("4 déc. 2026", DatesBacking.medium(DAY, Locale.forLanguageTag("fr")));
        assertEquals("Dec 4, 2026", DatesBacking.medium(DAY, Locale.forLanguageTag("en")));
        assertFalse(DatesBacking.medium(DAY, Locale.forLanguageTag("fr")).contains("2026-12-04"));
    }

    @Test
    void noDayIsAnEmptyText() {
        assertEquals("", DatesBacking.medium(null, Locale.forLanguageTag("nl")));
    }
}
