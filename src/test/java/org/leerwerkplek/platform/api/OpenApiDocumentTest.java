package org.leerwerkplek.platform.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.leerwerkplek.platform.it.ApiOperations;
import org.yaml.snakeyaml.Yaml;

/**
 * The stored OpenAPI document ({@link OpenApiServlet#DOCUMENT}) against the code, without a server: the
 * operations of the resource classes, the dates as {@link OpenApiDates} describes them and the security
 * scheme. {@code PlatformIT} compares the whole document with the one Payara scans from the code.
 */
class OpenApiDocumentTest {

    private static final String UPDATE = " (after an API change: run PlatformIT and copy target/openapi-scanned.json to "
            + "src/main/resources" + OpenApiServlet.DOCUMENT + ")";

    @Test
    void theStoredDocumentListsExactlyTheOperationsOfTheResourceClasses() throws Exception {
        Set<String> listed = new TreeSet<>();
        OpenApiServlet.stored().getJsonObject("paths").forEach((path, item) ->
                item.asJsonObject().keySet().forEach(method -> listed.add(method.toUpperCase() + " " + path)));
        Set<String> coded = ApiOperations.inClasses(Path.of("target/classes"));

        assertTrue(coded.size() > 50, "the resources were found: " + coded);
        Set<String> missing = new TreeSet<>(coded);
        missing.removeAll(listed);
        Set<String> gone = new TreeSet<>(listed);
        gone.removeAll(coded);
        assertEquals(Set.of(), missing, "operations of the code missing from the stored document" + UPDATE);
        assertEquals(Set.of(), gone, "operations of the stored document that the code no longer has" + UPDATE);
    }

    @Test
    void everyDateAndMomentOfADescribedRecordIsAStringWithItsFormat() throws Exception {
        JsonObject schemas = OpenApiServlet.stored().getJsonObject("components").getJsonObject("schemas");
        List<String> checked = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        for (Class<?> type : ApiOperations.classesIn(Path.of("target/classes"))) {
            JsonObject schema = schemas.getJsonObject(type.getSimpleName());
            if (schema == null || schema.getJsonObject("properties") == null) {
                continue;
            }
            OpenApiDates.temporalFields(type).forEach((field, format) -> {
                JsonObject property = schema.getJsonObject("properties").getJsonObject(field);
                if (property != null) {
                    checked.add(type.getSimpleName() + "." + field);
                    if (!"string".equals(property.getString("type", "")) || !format.equals(property.getString("format", ""))) {
                        wrong.add(type.getSimpleName() + "." + field + " is " + property);
                    }
                }
            });
        }

        assertTrue(checked.size() > 10, "dates were found: " + checked);
        assertEquals(List.of(), wrong, UPDATE);
    }

    @Test
    void theStoredDocumentAsksForHttpBasicEverywhere() throws Exception {
        JsonObject document = OpenApiServlet.stored();

        assertEquals(Json.createObjectBuilder().add("type", "http").add("scheme", "basic").build(),
                document.getJsonObject("components").getJsonObject("securitySchemes").getJsonObject("basic"));
        assertEquals(Json.createArrayBuilder().add(Json.createObjectBuilder().add("basic", Json.createArrayBuilder()))
                .build(), document.getJsonArray("security"));
        assertFalse(document.containsKey("servers"), "the server is added per answer, from the public address");
        assertFalse(document.containsKey("endpoints"), "Payara's list of paths by context root depends on the deployment");
    }

    @Test
    void jsonWhenTheFormatOrTheAcceptHeaderAsksForItYamlOtherwise() {
        assertTrue(OpenApiServlet.wantsJson(null, "application/json"));
        assertTrue(OpenApiServlet.wantsJson("JSON", "text/plain"), "the format parameter wins, in any case");
        assertFalse(OpenApiServlet.wantsJson("yaml", "application/json"));
        assertFalse(OpenApiServlet.wantsJson(null, "*/*"));
        assertFalse(OpenApiServlet.wantsJson(null, null));
        assertFalse(OpenApiServlet.wantsJson("xml", "text/html,*/*;q=0.8"), "an unknown format: the header decides");
    }

    @Test
    void theServerIsThePublicAddressAfterTheInfo() {
        JsonObject document = Json.createObjectBuilder().add("openapi", "3.0.3")
                .add("info", Json.createObjectBuilder().add("title", "t")).add("paths", Json.createObjectBuilder()).build();

        JsonObject answered = OpenApiServlet.withServer(document, "https://lwp.example.org/");

        assertEquals(List.of("openapi", "info", "servers", "paths"), new ArrayList<>(answered.keySet()));
        assertEquals("https://lwp.example.org/", answered.getJsonArray("servers").getJsonObject(0).getString("url"));
    }

    @Test
    void theAnswersMadeAtTheStartCarryTheServerOfTheRequestTime() throws Exception {
        OpenApiServlet.Answers answers = OpenApiServlet.Answers.of(OpenApiServlet.stored());
        String server = "http://localhost:18105/leerwerkplek/";
        Object expected = new Yaml().load(OpenApiServlet.json(OpenApiServlet.withServer(OpenApiServlet.stored(), server)));

        Object json = new Yaml().load(answers.json(server));  // JSON is YAML: both read the same way
        Object yaml = new Yaml().load(answers.yaml(server));

        assertTrue(expected.equals(json), "the JSON answer is the document with the server");
        assertTrue(expected.equals(yaml), "the YAML answer is the document with the server");
        assertTrue(answers.json(server).contains("\"url\":\"" + server + "\""), "the server's address filled in");
    }

    @Test
    void theYamlAnswerIsTheSameDocumentAsTheJsonAnswer() throws Exception {
        JsonObject document = OpenApiServlet.withServer(OpenApiServlet.stored(), "http://localhost:8080/");

        Object fromYaml = new Yaml().load(OpenApiServlet.yaml(document));
        Object fromJson = new Yaml().load(OpenApiServlet.json(document));

        assertTrue(fromYaml instanceof Map, "a mapping");
        assertTrue(fromJson.equals(fromYaml), "the same document");
        assertTrue(OpenApiServlet.yaml(document).contains("/api/v1/admin/users:"), "block style, paths as keys");
    }
}
