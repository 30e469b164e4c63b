package org.leerwerkplek.surveys.csv;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.util.List;

/** An {@link ImportResult} as JSON, as a background job keeps it where every instance reads it. */
public final class ImportResultJson {

    private ImportResultJson() {
    }

    public static String write(ImportResult result) {
        JsonArrayBuilder errors = Json.createArrayBuilder();
        for (ImportError error : result.errors()) {
            errors.add(Json.createObjectBuilder()
                    .add("line", error.line())
                    .add("column", error.column())
                    .add("columnName", error.columnName())
                    .add("message", error.message()));
        }
        return Json.createObjectBuilder()
                .add("rows", result.rows())
                .add("accepted", result.accepted())
                .add("errors", errors)
                .add("moreErrors", result.moreErrors())
                .build().toString();
    }

    public static ImportResult read(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            JsonObject object = reader.readObject();
            List<ImportError> errors = object.getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                    .map(e -> new ImportError(e.getInt("line"), e.getInt("column"), e.getString("columnName"),
                            e.getString("message")))
                    .toList();
            return new ImportResult(object.getInt("rows"), object.getInt("accepted"), errors,
                    object.getInt("moreErrors"));
        }
    }
}
