package org.leerwerkplek.platform.api;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/**
 * Reads a body taken as a {@link JsonObject} (a fiche section) with the same checks as every other
 * JSON body ({@link JsonBodies}). The server's JSON-P reader, which JAX-RS would otherwise pick for
 * this type as the closer match than {@link JsonBodyReader}, answered an array, a scalar or
 * {@code null} for the object and deep nesting with a 500.
 */
// Before the server's own JSON-B reader, which also reads every type: without a priority the order of
// the two depends on the order in which the classes of the WAR are scanned.
@Priority(Priorities.USER - 1000)
@Provider
@Consumes({MediaType.APPLICATION_JSON, "application/*+json", "text/json"})
public class JsonObjectBodyReader implements MessageBodyReader<JsonObject> {

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == JsonObject.class;
    }

    @Override
    public JsonObject readFrom(Class<JsonObject> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                               MultivaluedMap<String, String> httpHeaders, InputStream entityStream) throws IOException {
        JsonValue value = JsonBodies.parse(JsonBodies.readLimited(entityStream));
        JsonBodies.check(JsonObject.class, value);
        return value.getValueType() == JsonValue.ValueType.NULL ? null : value.asJsonObject();
    }
}
