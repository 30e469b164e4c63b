package org.leerwerkplek.mentorcourse;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
    void percentagesRunFromZeroToAHundred() {
        JsonObject chart = Json.createReader(new StringReader(FiguresCharts.bars(List.of("A"),
                List.of(new FiguresCharts.Series("% juist", List.of(75))), false, true))).readObject();

        JsonObject axis = chart.getJsonObject("options").getJsonObject("scales").getJsonObject("x");
        assertEquals(100, axis.getInt("max"));
        assertEquals(0, axis.getInt("min"));
    }
}
