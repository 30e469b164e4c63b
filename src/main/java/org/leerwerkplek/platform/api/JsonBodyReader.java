package org.leerwerkplek.platform.api;

import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/**
 * Reads every JSON request body of the API, in place of the server's JSON-B reader, which answered
 * malformed JSON, an array for an object, a wrong type or deep nesting with a 500 and an HTML page.
 * {@link JsonBodies} reads and checks the body; a refusal is a {@link BadBodyException} (400 or 413
 * as JSON, naming what is wrong and where). A body that passes is bound by JSON-B as before; an empty
 * body of an operation that takes one is refused too.
 */
// Before the server's own JSON-B reader, which also reads every type: without a priority the order of
// the two depends on the order in which the classes of the WAR are scanned.
@Priority(Priorities.USER - 1000)
@Provider
@Consumes({MediaType.APPLICATION_JSON, "application/*+json", "text/json"})
public class JsonBodyReader implements MessageBodyReader<Object> {

    private static final Jsonb JSONB = JsonbBuilder.create();

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return !(type == String.class || type == byte[].class || InputStream.class.isAssignableFrom(type)
                || Reader.class.isAssignableFrom(type) || type == File.class);
    }

    @Override
    public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                           MultivaluedMap<String, String> httpHeaders, InputStream entityStream) throws IOException {
        JsonValue value = JsonBodies.parse(JsonBodies.readLimited(entityStream));
        if (JsonValue.class.isAssignableFrom(type)) {
            JsonBodies.check(type, value);
            return value.getValueType() == JsonValue.ValueType.NULL && !JsonValue.class.equals(type) ? null : value;
        }
        JsonBodies.check(genericType == null ? type : genericType, value);
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        try {
            return JSONB.fromJson(value.toString(), genericType == null ? type : genericType);
        } catch (JsonbException e) {
            throw new BadBodyException(400, "api.body.unreadable");
        }
    }
}
