package org.leerwerkplek.analysis;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;

/**
 * Chart.js configurations (as PrimeFaces' {@code p:chart} takes them) for the dashboard's bar
 * charts: percentages on a 0–100 axis, horizontal when the labels are long sentences.
 */
public final class ChartJson {

    /** One series of a bar chart. */
    public record Series(String label, List<Double> values, String color) {
    }

    private static final String[] PALETTE = {"#1f6f8b", "#e8a33d", "#99b898", "#c8553d", "#6c5b7b", "#355c7d"};

    private ChartJson() {
    }

    public static String color(int index) {
        return PALETTE[index % PALETTE.length];
    }

    /** Bars of percentages per label, one colour per series. */
    public static String bars(List<String> labels, List<Series> series, boolean horizontal, boolean stacked) {
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        for (Series s : series) {
            JsonArrayBuilder data = Json.createArrayBuilder();
            s.values().forEach(v -> data.add(Math.round(v * 10) / 10.0));
            datasets.add(Json.createObjectBuilder().add("label", s.label()).add("data", data)
                    .add("backgroundColor", s.color()));
        }
        JsonArrayBuilder names = Json.createArrayBuilder();
        labels.forEach(l -> names.add(shorten(l)));
        JsonObjectBuilder valueAxis = Json.createObjectBuilder().add("stacked", stacked);
        if (!stacked) {
            valueAxis.add("min", 0).add("max", 100);
        }
        JsonObjectBuilder scales = Json.createObjectBuilder()
                .add(horizontal ? "x" : "y", valueAxis)
                .add(horizontal ? "y" : "x", Json.createObjectBuilder().add("stacked", stacked));
        JsonObjectBuilder options = Json.createObjectBuilder()
                .add("indexAxis", horizontal ? "y" : "x")
                .add("responsive", true)
                .add("maintainAspectRatio", false)
                .add("scales", scales)
                .add("plugins", Json.createObjectBuilder().add("legend",
                        Json.createObjectBuilder().add("display", series.size() > 1)));
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", names).add("datasets", datasets))
                .add("options", options)
                .build().toString();
    }

    private static String shorten(String label) {
        return label.length() <= 60 ? label : label.substring(0, 57) + "…";
    }
}
