package org.leerwerkplek.mentorcourse;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.ArrayList;
import java.util.List;

/**
 * Chart.js configurations (as PrimeFaces' {@code p:chart} takes them) for the course figures:
 * grouped or stacked bars of counts, or of percentages on a 0–100 axis. Long labels (module
 * titles) go on several lines, so a phone shows them whole instead of cutting them off.
 */
public final class FiguresCharts {

    /** One series of bars. */
    public record Series(String label, List<? extends Number> values) {
    }

    private static final String[] PALETTE = {"#1f6f8b", "#e8a33d", "#99b898", "#c8553d"};
    /** The longest line of a label, in characters. */
    static final int LINE = 22;

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
        for (String label : labels) {
            List<String> lines = lines(label);
            if (lines.size() == 1) {
                names.add(label);
            } else {
                JsonArrayBuilder multiLine = Json.createArrayBuilder();
                lines.forEach(multiLine::add);
                names.add(multiLine);
            }
        }
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
                                .add("y", Json.createObjectBuilder().add("stacked", stacked)
                                        .add("ticks", Json.createObjectBuilder().add("autoSkip", false))))
                        .add("plugins", Json.createObjectBuilder().add("legend",
                                Json.createObjectBuilder().add("display", series.size() > 1))))
                .build().toString();
    }

    /** A label cut into lines of at most {@link #LINE} characters at spaces (a longer word keeps a line of its own). */
    static List<String> lines(String label) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : label.trim().split("\\s+")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > LINE) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        lines.add(line.toString());
        return lines;
    }
}
