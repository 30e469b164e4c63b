package org.leerwerkplek.platform.api;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collection;
import java.util.Deque;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads a JSON request body as an attacker may send it, without a container: at most
 * {@link #MAX_BYTES}, strict UTF-8, JSON syntax with the line and column of the first error,
 * nesting at most {@link #MAX_DEPTH} deep (the tree is built without recursion, so 10,000 open
 * brackets cost neither a stack overflow nor time), numbers of sane size; then {@link #check}
 * compares the tree with the Java type of the operation's body (a record, a list, an enum, a date)
 * and names the first value of the wrong kind. What passes both is bound by JSON-B without
 * surprises. Every refusal is a {@link BadBodyException}.
 */
public final class JsonBodies {

    /** The largest body read: 4 MB (the largest real body, 100,000 company ids, is under 1 MB). */
    public static final int MAX_BYTES = 4 * 1024 * 1024;
    /** The deepest nesting of objects and arrays (the real bodies nest 3 deep). */
    public static final int MAX_DEPTH = 32;
    /** Digits a number may have before and after its decimal point. */
    static final int MAX_DIGITS = 30;

    private JsonBodies() {
    }

    /** Reads the whole body, refusing one over {@link #MAX_BYTES} (413). */
    public static byte[] readLimited(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw new BadBodyException(413, "api.body.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        return bytes;
    }

    /** The JSON value of {@code bytes}; refused when empty, not UTF-8, not JSON or nested too deep. */
    public static JsonValue parse(byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new BadBodyException(400, "api.body.notUtf8");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw new BadBodyException(400, "api.body.empty");
        }
        try (JsonParser parser = Json.createParser(new StringReader(text))) {
            return tree(parser);
        } catch (JsonParsingException e) {
            JsonLocation at = e.getLocation();
            if (at == null || at.getLineNumber() < 0) {
                throw new BadBodyException(400, "api.body.notJson");
            }
            throw new BadBodyException(400, "api.body.syntax", at.getLineNumber(), at.getColumnNumber());
        } catch (JsonException | IllegalStateException | java.util.NoSuchElementException e) {
            throw new BadBodyException(400, "api.body.notJson");
        }
    }

    /** One object or array being built, with the path and key under which it goes into its parent. */
    private static final class Frame {
        final String path;
        final String key;
        final JsonObjectBuilder object;
        final JsonArrayBuilder array;
        int size;

        Frame(String path, String key, boolean isObject) {
            this.path = path;
            this.key = key;
            this.object = isObject ? Json.createObjectBuilder() : null;
            this.array = isObject ? null : Json.createArrayBuilder();
        }

        String childPath(String key) {
            return object != null ? (path.isEmpty() ? key : path + "." + key) : path + "[" + size + "]";
        }

        void add(String key, JsonValue value) {
            if (object != null) {
                object.add(key, value);
            } else {
                array.add(value);
            }
            size++;
        }

        JsonValue build() {
            return object != null ? object.build() : array.build();
        }
    }

    private static JsonValue tree(JsonParser parser) {
        Deque<Frame> open = new ArrayDeque<>();
        String key = null;
        JsonValue root = null;
        while (parser.hasNext()) {
            JsonParser.Event event = parser.next();
            JsonValue value;
            switch (event) {
                case START_OBJECT, START_ARRAY -> {
                    if (open.size() >= MAX_DEPTH) {
                        throw new BadBodyException(400, "api.body.tooDeep", MAX_DEPTH);
                    }
                    String path = open.isEmpty() ? "" : open.peek().childPath(key);
                    open.push(new Frame(path, key, event == JsonParser.Event.START_OBJECT));
                    key = null;
                    continue;
                }
                case KEY_NAME -> {
                    key = parser.getString();
                    continue;
                }
                case END_OBJECT, END_ARRAY -> {
                    Frame done = open.pop();
                    key = done.key;
                    value = done.build();
                }
                case VALUE_STRING -> value = Json.createValue(parser.getString());
                case VALUE_NUMBER -> value = number(parser.getString(), open.isEmpty() ? "" : open.peek().childPath(key));
                case VALUE_TRUE -> value = JsonValue.TRUE;
                case VALUE_FALSE -> value = JsonValue.FALSE;
                case VALUE_NULL -> value = JsonValue.NULL;
                default -> throw new BadBodyException(400, "api.body.notJson");
            }
            if (open.isEmpty()) {
                root = value;
            } else {
                open.peek().add(key, value);
            }
            key = null;
        }
        if (root == null) {
            throw new BadBodyException(400, "api.body.notJson");
        }
        return root;
    }

    /** A number token, refused when it has more digits than any field takes (a cheap guard against huge exponents too). */
    private static JsonValue number(String text, String path) {
        if (text.length() > 2 * MAX_DIGITS + 10) {
            throw BadBodyException.at(path, "api.body.numberSize", MAX_DIGITS);
        }
        BigDecimal number = new BigDecimal(text);
        if (number.precision() - number.scale() > MAX_DIGITS || number.scale() > MAX_DIGITS) {
            throw BadBodyException.at(path, "api.body.numberSize", MAX_DIGITS);
        }
        return Json.createValue(number);
    }

    /**
     * Compares {@code value} with the Java type it is to be bound to and refuses the first value of
     * the wrong kind, naming where it is. Records and classes are JSON objects by their component or
     * field names (unknown names are ignored, a missing or null value is left to Bean Validation),
     * collections and arrays are JSON arrays, maps JSON objects, enums one of their names, dates
     * {@code YYYY-MM-DD}, instants ISO 8601 with an offset, numbers within their type's range.
     */
    public static void check(Type type, JsonValue value) {
        check(type, value, "");
    }

    private static void check(Type type, JsonValue value, String path) {
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            Class<?> raw = raw(type);
            if (raw.isPrimitive()) {
                throw BadBodyException.at(path, expectation(raw), extra(raw));
            }
            return;
        }
        if (type instanceof WildcardType wildcard) {
            check(wildcard.getUpperBounds()[0], value, path);
            return;
        }
        Class<?> raw = raw(type);
        if (JsonValue.class.isAssignableFrom(raw)) {
            if (JsonObject.class.isAssignableFrom(raw) && value.getValueType() != JsonValue.ValueType.OBJECT
                    || JsonArray.class.isAssignableFrom(raw) && value.getValueType() != JsonValue.ValueType.ARRAY
                    || JsonStructure.class.equals(raw) && !(value instanceof JsonStructure)) {
                throw BadBodyException.at(path, JsonArray.class.isAssignableFrom(raw) ? "api.body.expected.array"
                        : "api.body.expected.object");
            }
            return;
        }
        if (raw == Object.class) {
            return;
        }
        if (raw == String.class) {
            require(value instanceof JsonString, path, raw);
        } else if (raw == boolean.class || raw == Boolean.class) {
            require(value.getValueType() == JsonValue.ValueType.TRUE || value.getValueType() == JsonValue.ValueType.FALSE,
                    path, raw);
        } else if (isWhole(raw)) {
            require(value instanceof JsonNumber n && fits(n.bigDecimalValue(), raw), path, raw);
        } else if (Number.class.isAssignableFrom(raw) || raw == double.class || raw == float.class) {
            require(value instanceof JsonNumber, path, raw);
        } else if (raw == LocalDate.class) {
            require(value instanceof JsonString s && parses(() -> LocalDate.parse(s.getString())), path, raw);
        } else if (raw == Instant.class || raw == OffsetDateTime.class) {
            require(value instanceof JsonString s && parses(() -> OffsetDateTime.parse(s.getString())), path, raw);
        } else if (raw.isEnum()) {
            require(value instanceof JsonString s && Arrays.stream(raw.getEnumConstants())
                    .anyMatch(c -> ((Enum<?>) c).name().equals(s.getString())), path, raw);
        } else if (Collection.class.isAssignableFrom(raw) || raw.isArray()) {
            require(value instanceof JsonArray, path, raw);
            Type element = raw.isArray() ? elementOfArray(type) : argument(type, 0);
            JsonArray array = value.asJsonArray();
            for (int i = 0; i < array.size(); i++) {
                check(element, array.get(i), path + "[" + i + "]");
            }
        } else if (Map.class.isAssignableFrom(raw)) {
            require(value instanceof JsonObject, path, raw);
            Type element = argument(type, 1);
            value.asJsonObject().forEach((key, item) -> check(element, item, child(path, key)));
        } else {
            require(value instanceof JsonObject, path, raw);
            JsonObject object = value.asJsonObject();
            if (raw.isRecord()) {
                for (RecordComponent component : raw.getRecordComponents()) {
                    JsonValue given = object.get(component.getName());
                    if (given != null) {
                        check(component.getGenericType(), given, child(path, component.getName()));
                    }
                }
            } else {
                for (Class<?> c = raw; c != null && c != Object.class; c = c.getSuperclass()) {
                    for (Field field : c.getDeclaredFields()) {
                        JsonValue given = object.get(field.getName());
                        if (given != null && !Modifier.isStatic(field.getModifiers())
                                && !Modifier.isTransient(field.getModifiers())) {
                            check(field.getGenericType(), given, child(path, field.getName()));
                        }
                    }
                }
            }
        }
    }

    private static String child(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    private static void require(boolean fits, String path, Class<?> raw) {
        if (!fits) {
            throw BadBodyException.at(path, expectation(raw), extra(raw));
        }
    }

    /** The message key that says what a value of {@code raw} looks like. */
    static String expectation(Class<?> raw) {
        if (raw == String.class) {
            return "api.body.expected.text";
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return "api.body.expected.boolean";
        }
        if (isWhole(raw)) {
            return "api.body.expected.whole";
        }
        if (Number.class.isAssignableFrom(raw) || raw.isPrimitive()) {
            return "api.body.expected.number";
        }
        if (raw == LocalDate.class) {
            return "api.body.expected.date";
        }
        if (raw == Instant.class || raw == OffsetDateTime.class) {
            return "api.body.expected.dateTime";
        }
        if (raw.isEnum()) {
            return "api.body.expected.oneOf";
        }
        if (Collection.class.isAssignableFrom(raw) || raw.isArray()) {
            return "api.body.expected.array";
        }
        return "api.body.expected.object";
    }

    private static Object[] extra(Class<?> raw) {
        if (raw.isEnum()) {
            return new Object[] {Arrays.stream(raw.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                    .collect(Collectors.joining(", "))};
        }
        if (isWhole(raw)) {
            BigInteger[] range = range(raw);
            return new Object[] {range[0].toString(), range[1].toString()};
        }
        return new Object[0];
    }

    private static boolean isWhole(Class<?> raw) {
        return raw == int.class || raw == Integer.class || raw == long.class || raw == Long.class
                || raw == short.class || raw == Short.class || raw == byte.class || raw == Byte.class
                || raw == BigInteger.class;
    }

    private static BigInteger[] range(Class<?> raw) {
        if (raw == int.class || raw == Integer.class) {
            return new BigInteger[] {BigInteger.valueOf(Integer.MIN_VALUE), BigInteger.valueOf(Integer.MAX_VALUE)};
        }
        if (raw == short.class || raw == Short.class) {
            return new BigInteger[] {BigInteger.valueOf(Short.MIN_VALUE), BigInteger.valueOf(Short.MAX_VALUE)};
        }
        if (raw == byte.class || raw == Byte.class) {
            return new BigInteger[] {BigInteger.valueOf(Byte.MIN_VALUE), BigInteger.valueOf(Byte.MAX_VALUE)};
        }
        return new BigInteger[] {BigInteger.valueOf(Long.MIN_VALUE), BigInteger.valueOf(Long.MAX_VALUE)};
    }

    /** Whether {@code number} is whole and within the range of {@code raw} (numbers have at most {@link #MAX_DIGITS} digits here). */
    private static boolean fits(BigDecimal number, Class<?> raw) {
        BigDecimal stripped = number.stripTrailingZeros();
        if (stripped.scale() > 0) {
            return false;
        }
        BigInteger whole = stripped.toBigIntegerExact();
        BigInteger[] range = range(raw);
        return whole.compareTo(range[0]) >= 0 && whole.compareTo(range[1]) <= 0;
    }

    private static boolean parses(Runnable parse) {
        try {
            parse.run();
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return raw(p.getRawType());
        }
        if (type instanceof GenericArrayType g) {
            return java.lang.reflect.Array.newInstance(raw(g.getGenericComponentType()), 0).getClass();
        }
        if (type instanceof WildcardType w) {
            return raw(w.getUpperBounds()[0]);
        }
        return Object.class;
    }

    private static Type argument(Type type, int index) {
        if (type instanceof ParameterizedType p && p.getActualTypeArguments().length > index) {
            return p.getActualTypeArguments()[index];
        }
        return Object.class;
    }

    private static Type elementOfArray(Type type) {
        if (type instanceof GenericArrayType g) {
            return g.getGenericComponentType();
        }
        return raw(type).getComponentType();
    }
}
