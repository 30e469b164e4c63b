package org.leerwerkplek.mentorcourse;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;

/**
 * Chart.js configurations (as PrimeFaces' {@code p:chart} takes them) for the course figures:
 * grouped or stacked bars of counts, or of percentages on a 0–100 axis.
 */
public final class FiguresCharts {

    /** One series of bars. */
    public record Series(String label, List<? extends Number> values) {
    }

    private static final String[] PALETTE = {"#1f6f8b", "#e8a33d", "#99b898", "#c8553d"};

    private FiguresCharts() {
    }

    /**
     * Bars per label, one colour per series.
     *
     * @param percent values are percentages: the axis runs from 0 to 100
     */
    public static String bars(List<String> labels, List<Series> series, boolean stacked, boolean percent) {
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        for (int i = 0; i < series.size(); i++) {
            JsonArrayBuilder data = Json.createArrayBuilder();
            series.get(i).values().forEach(v -> data.add(v.doubleValue()));
            datasets.add(Json.createObjectBuilder().add("label", series.get(i).label()).add("data", data)
                    .add("backgroundColor", PALETTE[i % PALETTE.length]));
        }
        JsonArrayBuilder names = Json.createArrayBuilder();
        labels.forEach(names::add);
        JsonObjectBuilder valueAxis = Json.createObjectBuilder().add("stacked", stacked).add("beginAtZero", true);
        if (percent) {
            valueAxis.add("min", 0).add("max", 100);
        } else {
            valueAxis.add("ticks", Json.createObjectBuilder().add("precision", 0));
        }
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", names).add("datasets", datasets))
                .add("options", Json.createObjectBuilder()
                        .add("indexAxis", "y")
                        .add("responsive", true)
                        .add("maintainAspectRatio", false)
                        .add("scales", Json.createObjectBuilder().add("x", valueAxis)
                                .add("y", Json.createObjectBuilder().add("stacked", stacked)))
                        .add("plugins", Json.createObjectBuilder().add("legend",
                                Json.createObjectBuilder().add("display", series.size() > 1))))
                .build().toString();
    }
}
