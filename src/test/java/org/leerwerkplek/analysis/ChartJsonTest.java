package org.leerwerkplek.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChartJsonTest {

    @Test
    void longLabelsAreBrokenIntoLinesInsteadOfBeingCutOff() {
        assertEquals(List.of("Schrijnwerk (ramen,", "deuren, trappen)"), ChartJson.lines("Schrijnwerk (ramen, deuren, trappen)"));
        assertEquals(List.of("Dakwerken"), ChartJson.lines("Dakwerken"));
        assertEquals(List.of("Brussels", "Hoofdstedelijk Gewest"), ChartJson.lines("Brussels Hoofdstedelijk Gewest"));
        List<String> statement = ChartJson.lines("Het is moeilijk om de opleiding van een leerling te combineren met de "
                + "planning en de deadlines van de werven");
        assertEquals(3, statement.size(), statement.toString());
        assertEquals('…', statement.get(2).charAt(statement.get(2).length() - 1), "a longer label says it goes on");
    }

    @Test
    void aChartCarriesEveryLineOfItsLabels() {
        String chart = ChartJson.bars(List.of("Schrijnwerk (ramen, deuren, trappen)", "Dakwerken"),
                List.of(new ChartJson.Series("%", List.of(12.34, 5.0), ChartJson.color(0))), true, false, "nl");
        JsonArray labels = Json.createReader(new StringReader(chart)).readObject().getJsonObject("data").getJsonArray("labels");
        assertEquals("[\"Schrijnwerk (ramen,\",\"deuren, trappen)\"]", labels.get(0).toString());
        assertEquals("\"Dakwerken\"", labels.get(1).toString());
    }

    /** Chart.js writes an axis' numbers in the browser's language unless told: "12.5" on a French page in an English browser. */
    @Test
    void theAxisNumbersAreWrittenInThePagesLanguageAndTheBarsAreDrawnAtOnce() {
        JsonObject options = Json.createReader(new StringReader(ChartJson.bars(List.of("Dakwerken"),
                List.of(new ChartJson.Series("%", List.of(12.5), ChartJson.color(0))), true, false, "fr")))
                .readObject().getJsonObject("options");
        assertEquals("fr", options.getString("locale"));
        assertFalse(options.getBoolean("animation"), "no second of animation per chart");
        assertEquals(100, options.getJsonObject("scales").getJsonObject("x").getInt("max"), "percentages on 0-100");
        assertEquals("y", options.getString("indexAxis"));
    }
}
