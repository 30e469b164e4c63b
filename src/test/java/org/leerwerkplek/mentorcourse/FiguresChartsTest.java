package org.leerwerkplek.mentorcourse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class FiguresChartsTest {

    @Test
    void stackedCountsGiveOneDatasetPerSeriesWithTheirValues() {
        JsonObject chart = Json.createReader(new StringReader(FiguresCharts.bars(List.of("Maandelijks", "Jaarlijks"),
                List.of(new FiguresCharts.Series("Didactiek", List.of(3L, 0L)),
                        new FiguresCharts.Series("Techniek", List.of(1L, 5L))), true, false))).readObject();

        assertEquals("bar", chart.getString("type"));
        assertEquals(List.of("Maandelijks", "Jaarlijks"),
                chart.getJsonObject("data").getJsonArray("labels").getValuesAs(jakarta.json.JsonString::getString));
        assertEquals(5, chart.getJsonObject("data").getJsonArray("datasets").getJsonObject(1).getJsonArray("data")
                .getJsonNumber(1).intValue());
        assertEquals(true, chart.getJsonObject("options").getJsonObject("scales").getJsonObject("x").getBoolean("stacked"));
    }

    @Test
    void aLongModuleTitleGoesOnSeveralLinesSoThatAPhoneShowsItWhole() {
        String title = "Planifier les tâches d'apprentissage quand le planning des chantiers se fait à court terme";
        JsonObject chart = Json.createReader(new StringReader(FiguresCharts.bars(List.of(title, "Feedback geven"),
                List.of(new FiguresCharts.Series("Ontvangen", List.of(1L, 2L))), false, false))).readObject();

        List<String> lines = chart.getJsonObject("data").getJsonArray("labels").getJsonArray(0)
                .getValuesAs(jakarta.json.JsonString::getString);
        assertEquals(title, String.join(" ", lines));
        assertTrue(lines.size() > 1 && lines.stream().allMatch(line -> line.length() <= FiguresCharts.LINE), lines.toString());
        assertEquals("Feedback geven", chart.getJsonObject("data").getJsonArray("labels").getString(1), "a short one stays one line");
        assertEquals(false, chart.getJsonObject("options").getJsonObject("scales").getJsonObject("y")
                .getJsonObject("ticks").getBoolean("autoSkip"), "every module keeps its label");
    }

    @Test
    void percentagesRunFromZeroToAHundred() {
        JsonObject chart = Json.createReader(new StringReader(FiguresCharts.bars(List.of("A"),
                List.of(new FiguresCharts.Series("% juist", List.of(75))), false, true))).readObject();

        JsonObject axis = chart.getJsonObject("options").getJsonObject("scales").getJsonObject("x");
        assertEquals(100, axis.getInt("max"));
        assertEquals(0, axis.getInt("min"));
    }
}
