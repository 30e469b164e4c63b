package org.leerwerkplek.platform.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JsonBodiesTest {

    enum Colour { RED, GREEN }

    record Contact(String name, String email) {
    }

    record Body(String name, Integer employees, long id, boolean open, LocalDate date, Instant at, Colour colour,
                List<String> codes, Set<Colour> colours, List<Contact> contacts, JsonObject answers) {
    }

    private static JsonValue parse(String json) {
        return JsonBodies.parse(json.getBytes(StandardCharsets.UTF_8));
    }

    private static BadBodyException refused(String json) {
        return assertThrows(BadBodyException.class, () -> parse(json));
    }

    private static BadBodyException refused(Type type, String json) {
        JsonValue value = parse(json);
        return assertThrows(BadBodyException.class, () -> JsonBodies.check(type, value));
    }

    @Test
    void brokenJsonNamesLineAndColumn() {
        BadBodyException e = refused("{\n  \"name\": \"x\",\n  \"id\": }");
        assertEquals("api.body.syntax", e.messageKey());
        assertEquals(3, ((Number) e.arguments()[0]).intValue(), "line");
        assertTrue(((Number) e.arguments()[1]).intValue() > 0, "column");
        assertEquals("api.body.syntax", refused("{\"name\":").messageKey());
        assertEquals("api.body.syntax", refused("{\"a\":1} trailing").messageKey());
        assertEquals("api.body.syntax", refused("'single'").messageKey());
    }

    @Test
    void anEmptyBodyIsRefused() {
        assertEquals("api.body.empty", refused("").messageKey());
        assertEquals("api.body.empty", refused(" \n\t ").messageKey());
    }

    @Test
    void aBodyThatIsNotUtf8IsRefused() {
        byte[] latin1 = "{\"name\":\"Caf\u00E9\"}".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals("api.body.notUtf8", assertThrows(BadBodyException.class, () -> JsonBodies.parse(latin1)).messageKey());
    }

    @Test
    void tenThousandOpenBracketsAreRefusedAtOnceWithoutAStackOverflow() {
        for (String deep : List.of("[".repeat(10_000) + "]".repeat(10_000),
                "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000), "[".repeat(1_000_000))) {
            long start = System.nanoTime();
            BadBodyException e = refused(deep);
            assertEquals("api.body.tooDeep", e.messageKey());
            assertEquals(JsonBodies.MAX_DEPTH, e.arguments()[0]);
            assertTrue(Duration.ofNanos(System.nanoTime() - start).toMillis() < 2000, "no long CPU");
        }
        assertEquals(JsonValue.ValueType.ARRAY, parse("[".repeat(JsonBodies.MAX_DEPTH) + "]".repeat(JsonBodies.MAX_DEPTH))
                .getValueType(), "as deep as allowed still reads");
    }

    @Test
    void aBodyOverTheLimitIs413() throws Exception {
        byte[] huge = new byte[JsonBodies.MAX_BYTES + 1];
        java.util.Arrays.fill(huge, (byte) ' ');
        BadBodyException e = assertThrows(BadBodyException.class,
                () -> JsonBodies.readLimited(new ByteArrayInputStream(huge)));
        assertEquals(413, e.status());
        byte[] fits = "{}".getBytes(StandardCharsets.UTF_8);
        assertArrayEquals(fits, JsonBodies.readLimited(new ByteArrayInputStream(fits)));
    }

    @Test
    void hugeNumbersAreRefusedBeforeAnyoneComputesWithThem() {
        assertEquals("api.body.numberSize", refused("{\"id\": 1e999999999}").messageKey());
        assertEquals("id", refused("{\"id\": 1e999999999}").field());
        assertEquals("api.body.numberSize", refused("[" + "9".repeat(100_000) + "]").messageKey());
        assertEquals("[0]", refused("[" + "9".repeat(100_000) + "]").field());
    }

    @Test
    void anArrayWhereAnObjectBelongsIsNamed() {
        BadBodyException e = refused(Body.class, "[1,2]");
        assertEquals("api.body.expected.object", e.messageKey());
        assertEquals("", e.field(), "the body itself");
        assertEquals("api.body.expected.object", refused(Body.class, "\"x\"").messageKey());
        assertEquals("api.body.expected.object", refused(Body.class, "123").messageKey());
    }

    @Test
    void aValueOfTheWrongKindNamesItsField() {
        assertProblem("name", "api.body.expected.text", "{\"name\": 12}");
        assertProblem("employees", "api.body.expected.whole", "{\"employees\": \"veel\"}");
        assertProblem("employees", "api.body.expected.whole", "{\"employees\": 1.5}");
        assertProblem("employees", "api.body.expected.whole", "{\"employees\": 3000000000}");
        assertProblem("id", "api.body.expected.whole", "{\"id\": null}");
        assertProblem("open", "api.body.expected.boolean", "{\"open\": \"yes\"}");
        assertProblem("date", "api.body.expected.date", "{\"date\": \"04/12/2026\"}");
        assertProblem("date", "api.body.expected.date", "{\"date\": {}}");
        assertProblem("at", "api.body.expected.dateTime", "{\"at\": \"2026-12-04\"}");
        assertProblem("colour", "api.body.expected.oneOf", "{\"colour\": \"BLUE\"}");
        assertProblem("codes", "api.body.expected.array", "{\"codes\": \"A\"}");
        assertProblem("codes[1]", "api.body.expected.text", "{\"codes\": [\"A\", [\"B\"]]}");
        assertProblem("colours[0]", "api.body.expected.oneOf", "{\"colours\": [\"red\"]}");
        assertProblem("contacts[1].email", "api.body.expected.text", "{\"contacts\": [{}, {\"email\": false}]}");
        assertProblem("answers", "api.body.expected.object", "{\"answers\": []}");
    }

    @Test
    void anUnknownEnumValueListsTheKnownOnes() {
        BadBodyException e = refused(Body.class, "{\"colour\": \"BLUE\"}");
        assertEquals("RED, GREEN", e.arguments()[0]);
    }

    @Test
    void aBodyOfTheRightShapePasses() {
        assertDoesNotThrow(() -> JsonBodies.check(Body.class, parse("""
                {"name": "Bouw nv", "employees": 12, "id": 7, "open": true, "date": "2026-12-04",
                 "at": "2026-12-04T10:15:30Z", "colour": "RED", "codes": ["A", "B"], "colours": ["GREEN"],
                 "contacts": [{"name": "An", "email": null}], "answers": {"Q1": [1, {"x": true}]},
                 "unknown": [[[]]]}""")));
        assertDoesNotThrow(() -> JsonBodies.check(Body.class, parse("{\"name\": null, \"contacts\": null}")),
                "a missing or null value is left to Bean Validation");
        assertDoesNotThrow(() -> JsonBodies.check(Body.class, parse("null")));
        assertDoesNotThrow(() -> JsonBodies.check(JsonObject.class, parse("{}")));
        assertEquals("api.body.expected.object", refused(JsonObject.class, "[]").messageKey());
    }

    private static void assertProblem(String field, String key, String json) {
        BadBodyException e = refused(Body.class, json);
        assertEquals(key, e.messageKey(), json);
        assertEquals(field, e.field(), json);
        assertEquals(400, e.status());
    }
}
