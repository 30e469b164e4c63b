package org.leerwerkplek.platform.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The outbox's values column: what a batch's shared cache encodes is what encoding each mail alone gives. */
class TemplateValuesTest {

    private static final String SUMMARY = "Hoe plan je leertaken? Een leerling leert & doet = 100% (één module)";

    @Test
    void aSharedCacheEncodesAsEachMailAloneAndDecodesBack() {
        Map<String, String> cache = new HashMap<>();
        for (int mentor = 1; mentor <= 3; mentor++) {
            Map<String, String> values = new LinkedHashMap<>();
            values.put("name", "Mentor " + mentor);
            values.put("summary", SUMMARY);
            values.put("link", "https://lwp.example/course/me.xhtml?t=" + mentor + ".20000.abc&m=x");

            String encoded = TemplateValues.encode(values, cache);

            assertEquals(TemplateValues.encode(values), encoded);
            assertEquals(values, TemplateValues.decode(encoded));
        }
        assertEquals(TemplateValues.encode(Map.of("s", SUMMARY)).substring("s=".length()), cache.get(SUMMARY),
                "the shared text encoded once");
    }

    @Test
    void theCacheStopsGrowingAtItsSize() {
        Map<String, String> cache = new HashMap<>();
        for (int i = 0; i < TemplateValues.CACHE_SIZE + 10; i++) {
            String value = "a value long enough to be cached, number " + i;
            assertEquals(value, TemplateValues.decode(TemplateValues.encode(Map.of("v", value), cache)).get("v"));
        }
        assertEquals(TemplateValues.CACHE_SIZE, cache.size());
    }
}
