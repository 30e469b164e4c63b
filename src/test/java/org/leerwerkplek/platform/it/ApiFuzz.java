package org.leerwerkplek.platform.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Sends malformed input to every operation that an OpenAPI document lists, as an attacker would:
 * to each operation with a JSON body broken JSON, an array or a scalar for the object, nothing,
 * 10,000-deep nesting, a value of the wrong type in every field, unknown enum values and a 100,000
 * character text in every text field; to every operation with path or query parameters values that
 * do not fit. It records every answer; {@link Answer#problem()} says what is wrong with one.
 */
final class ApiFuzz {

    /** One request sent and what came back. */
    record Answer(String operation, String sent, int status, String contentType, String body, String expectedInMessage) {

        /** What is wrong with this answer, or empty: a 5xx, an error that is not the API's JSON, a message without the expected words. */
        Optional<String> problem() {
            if (status >= 500) {
                return Optional.of(this + " answered " + status);
            }
            if (status < 400) {
                return expectedInMessage == null ? Optional.empty() : Optional.of(this + " was accepted (" + status + ")");
            }
            if (!contentType.startsWith("application/json")) {
                return Optional.of(this + " answered " + status + " as " + contentType);
            }
            JsonObject error;
            try {
                error = Json.createReader(new StringReader(body)).readObject();
            } catch (RuntimeException e) {
                return Optional.of(this + " answered something that is not a JSON object: " + cut(body));
            }
            if (status == 422 && (error.containsKey("errors") || error.containsKey("problems"))) {
                return Optional.empty();  // an import's own report: every problem of the file, with its line
            }
            if (error.getInt("status", -1) != status || !error.containsKey("error") || !error.containsKey("message")) {
                return Optional.of(this + " answered JSON without status, error and message: " + cut(body));
            }
            if (expectedInMessage != null && !error.getString("message").contains(expectedInMessage)) {
                return Optional.of(this + " answered \"" + error.getString("message") + "\", expected it to say \""
                        + expectedInMessage + "\"");
            }
            return Optional.empty();
        }

        @Override
        public String toString() {
            return operation + " with " + cut(sent);
        }
    }

    static final int HUGE = 100_000;
    private static final Set<String> WITH_BODY = Set.of("post", "put", "patch");

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final URI root;
    private final String authorization;
    private final Map<String, String> pathValues;
    private final JsonObject schemas;
    private final List<Answer> answers = new ArrayList<>();

    /**
     * @param root       the server root the document's paths start from
     * @param pathValues a value for each path parameter name ({@code id}, {@code instrument}, ...)
     */
    ApiFuzz(URI root, String user, String password, JsonObject document, Map<String, String> pathValues) {
        this.root = root;
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        this.pathValues = pathValues;
        this.schemas = document.getJsonObject("components") == null ? JsonValue.EMPTY_JSON_OBJECT
                : document.getJsonObject("components").getJsonObject("schemas");
    }

    List<Answer> answers() {
        return answers;
    }

    /** Fuzzes every operation of the document. */
    void run(JsonObject document) throws Exception {
        for (Map.Entry<String, JsonValue> path : document.getJsonObject("paths").entrySet()) {
            for (Map.Entry<String, JsonValue> item : path.getValue().asJsonObject().entrySet()) {
                if (item.getValue().getValueType() == JsonValue.ValueType.OBJECT && !item.getKey().equals("parameters")) {
                    operation(item.getKey(), path.getKey(), item.getValue().asJsonObject());
                }
            }
        }
    }

    private void operation(String method, String template, JsonObject operation) throws Exception {
        String name = method.toUpperCase() + " " + template;
        Optional<JsonObject> body = jsonBody(operation);
        if (body.isPresent() && WITH_BODY.contains(method)) {
            String path = fill(template, pathValues);
            bodies(resolve(body.get())).forEach((sent, expected) ->
                    answers.add(send(name, method, path, sent, expected)));
        }
        if (body.isEmpty() && (template.contains("{") || hasQuery(operation))) {
            for (String wrong : List.of("abc", "-1", "99999999999999999999999", "%25%00", "x".repeat(2000))) {
                String path = fill(template, Map.of()).replaceAll("\\{[^}]+}", URLEncoder.encode(wrong, StandardCharsets.UTF_8));
                answers.add(send(name, method, path, null, null));
            }
            for (JsonValue parameter : operation.getJsonArray("parameters") == null ? JsonValue.EMPTY_JSON_ARRAY
                    : operation.getJsonArray("parameters")) {
                JsonObject p = parameter.asJsonObject();
                if ("query".equals(p.getString("in", ""))) {
                    for (String wrong : List.of("abc", "1.5", "-99999999999999999999", "", "x".repeat(2000))) {
                        String path = fill(template, pathValues) + "?" + p.getString("name") + "="
                                + URLEncoder.encode(wrong, StandardCharsets.UTF_8);
                        answers.add(send(name, method, path, null, null));
                    }
                }
            }
        }
    }

    private static boolean hasQuery(JsonObject operation) {
        JsonArray parameters = operation.getJsonArray("parameters");
        return parameters != null && parameters.stream().anyMatch(p -> "query".equals(p.asJsonObject().getString("in", "")));
    }

    private static Optional<JsonObject> jsonBody(JsonObject operation) {
        JsonObject request = operation.getJsonObject("requestBody");
        if (request == null || request.getJsonObject("content") == null) {
            return Optional.empty();
        }
        JsonObject json = request.getJsonObject("content").getJsonObject("application/json");
        return json == null ? Optional.empty()
                : Optional.of(json.containsKey("schema") ? json.getJsonObject("schema") : JsonValue.EMPTY_JSON_OBJECT);
    }

    /** Malformed bodies for a body of {@code schema}, each with the words its error message must hold (null: any). */
    private Map<String, String> bodies(JsonObject schema) {
        Map<String, String> bodies = new LinkedHashMap<>();
        bodies.put("{\"a\":", "line 1, column");
        bodies.put("{\"a\" 1}", "line 1, column");
        bodies.put("[1,2]", null);
        bodies.put("\"x\"", null);
        bodies.put("123", null);
        bodies.put("", null);
        bodies.put("null", null);
        bodies.put("{}", null);
        bodies.put("{\"unknown\": [1, {\"x\": null}]}", null);
        bodies.put("[".repeat(10_000) + "]".repeat(10_000), "nested deeper");
        bodies.put("{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000), "nested deeper");
        bodies.put("{\"a\": 1e999999999}", "digits");
        JsonObject properties = schema.getJsonObject("properties");
        if (properties == null) {
            return bodies;
        }
        for (Map.Entry<String, JsonValue> property : properties.entrySet()) {
            JsonObject type = resolve(property.getValue().asJsonObject());
            String field = property.getKey();
            for (String wrong : wrongValues(type)) {
                bodies.put("{\"" + field + "\": " + wrong + "}", "Field " + field);
            }
            if (isPlainText(type)) {
                bodies.put("{\"" + field + "\": \"" + "x".repeat(HUGE) + "\"}", "Field " + field + ": at most");
            }
            JsonObject items = type.getJsonObject("items");
            if ("array".equals(type.getString("type", "")) && items != null) {
                JsonObject element = resolve(items);
                if (isPlainText(element)) {
                    bodies.put("{\"" + field + "\": [\"" + "x".repeat(HUGE) + "\"]}", "Field " + field + "[0]: at most");
                }
                JsonObject inner = element.getJsonObject("properties");
                if (inner != null) {
                    for (Map.Entry<String, JsonValue> nested : inner.entrySet()) {
                        if (isPlainText(resolve(nested.getValue().asJsonObject()))) {
                            bodies.put("{\"" + field + "\": [{\"" + nested.getKey() + "\": \"" + "x".repeat(HUGE) + "\"}]}",
                                    "Field " + field + "[0]." + nested.getKey() + ": at most");
                        }
                    }
                }
            }
        }
        return bodies;
    }

    private static boolean isPlainText(JsonObject type) {
        return "string".equals(type.getString("type", "")) && !type.containsKey("format") && !type.containsKey("enum");
    }

    /** Values of the wrong type for a property of {@code type}. */
    private static List<String> wrongValues(JsonObject type) {
        String kind = type.getString("type", "object");
        if (type.containsKey("enum")) {
            return List.of("\"NO_SUCH_VALUE\"", "7");
        }
        return switch (kind) {
            case "string" -> type.containsKey("format") ? List.of("\"04/12/2026\"", "{}") : List.of("12", "[\"a\"]", "{}");
            case "integer" -> List.of("\"abc\"", "1.5", "99999999999999999999", "true");
            case "number" -> List.of("\"abc\"", "[]");
            case "boolean" -> List.of("\"yes\"", "1");
            case "array" -> {
                JsonObject items = type.getJsonObject("items");
                yield items != null && items.containsKey("enum") ? List.of("\"x\"", "{}", "[\"NO_SUCH_VALUE\"]")
                        : List.of("\"x\"", "{}");
            }
            default -> List.of("[]", "\"x\"");
        };
    }

    private JsonObject resolve(JsonObject schema) {
        String ref = schema.getString("$ref", null);
        if (ref != null && ref.startsWith("#/components/schemas/")) {
            JsonObject target = schemas.getJsonObject(ref.substring("#/components/schemas/".length()));
            return target == null ? JsonValue.EMPTY_JSON_OBJECT : target;
        }
        return schema;
    }

    private static String fill(String template, Map<String, String> values) {
        String path = template;
        for (Map.Entry<String, String> value : values.entrySet()) {
            path = path.replace("{" + value.getKey() + "}", value.getValue());
        }
        return path;
    }

    private Answer send(String operation, String method, String path, String body, String expected) {
        HttpRequest.Builder request = HttpRequest.newBuilder(root.resolve(path.startsWith("/") ? path.substring(1) : path))
                .timeout(Duration.ofSeconds(120))
                .header("Authorization", authorization)
                .header("Accept", "application/json")
                .header("Accept-Language", "en")
                .method(method.toUpperCase(), body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (body != null) {
            request.header("Content-Type", "application/json");
        } else if (WITH_BODY.contains(method)) {
            request.header("X-Requested-By", "fuzz");
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(operation + " (" + path.substring(0, Math.min(path.length(), 120)) + ")",
                    body == null ? "bad path or query" : body, response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""), response.body(), expected);
        } catch (Exception e) {
            return new Answer(operation, body == null ? path : body, 599, "", e.toString(), expected);
        }
    }

    private static String cut(String text) {
        return text.length() > 160 ? text.substring(0, 160) + "… (" + text.length() + " characters)" : text;
    }
}
