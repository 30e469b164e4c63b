package org.leerwerkplek.analysis;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.ArrayList;
import java.util.List;

/**
 * Chart.js configurations for the dashboard's bar charts: percentages on a 0–100 axis, horizontal
 * when the labels are long sentences. The page creates each chart when it scrolls into view
 * ({@code resources/analysis/dashboard.js}), so a configuration carries only what differs from
 * Chart.js' defaults. The axis ticks are written in the page's language ({@code locale}: Chart.js
 * would use the browser's), and the bars are drawn at once instead of being animated for a second.
 */
public final class ChartJson {

    /** One series of a bar chart. */
    public record Series(String label, List<Double> values, String color) {
    }

    private static final int LINE = 22;
    private static final int LINES = 3;
    private static final String[] PALETTE = {"#1f6f8b", "#e8a33d", "#99b898", "#c8553d", "#6c5b7b", "#355c7d"};

    private ChartJson() {
    }

    public static String color(int index) {
        return PALETTE[index % PALETTE.length];
    }

    /** Bars of percentages per label, one colour per series, the numbers of the axis in {@code language} ("nl", "fr", "en"). */
    public static String bars(List<String> labels, List<Series> series, boolean horizontal, boolean stacked,
                              String language) {
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        for (Series s : series) {
            JsonArrayBuilder data = Json.createArrayBuilder();
            s.values().forEach(v -> data.add(Math.round(v * 10) / 10.0));
            datasets.add(Json.createObjectBuilder().add("label", s.label()).add("data", data)
                    .add("backgroundColor", s.color()));
        }
        JsonArrayBuilder names = Json.createArrayBuilder();
        labels.forEach(l -> {
            List<String> lines = lines(l);
            if (lines.size() == 1) {
                names.add(lines.get(0));
            } else {
                JsonArrayBuilder multiLine = Json.createArrayBuilder();
                lines.forEach(multiLine::add);
                names.add(multiLine);
            }
        });
        JsonObjectBuilder valueAxis = Json.createObjectBuilder();
        JsonObjectBuilder labelAxis = Json.createObjectBuilder().add("ticks", Json.createObjectBuilder().add("autoSkip", false));
        if (stacked) {
            valueAxis.add("stacked", true);
            labelAxis.add("stacked", true);
        } else {
            valueAxis.add("min", 0).add("max", 100);
        }
        JsonObjectBuilder options = Json.createObjectBuilder()
                .add("locale", language)
                .add("animation", false)
                .add("maintainAspectRatio", false)
                .add("scales", Json.createObjectBuilder().add(horizontal ? "x" : "y", valueAxis)
                        .add(horizontal ? "y" : "x", labelAxis));
        if (horizontal) {
            options.add("indexAxis", "y");
        }
        if (series.size() < 2) {
            options.add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder().add("display", false)));
        }
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", names).add("datasets", datasets))
                .add("options", options)
                .build().toString();
    }

    /**
     * A label as Chart.js draws it whole: broken at spaces into lines of at most {@value #LINE}
     * characters (a longer word keeps its own line), at most {@value #LINES} lines, the last one
     * ending in "…" when the label is longer. Narrow charts (a phone, a card of the profile) then
     * show every label instead of cutting its start off; the table next to the chart has it whole.
     */
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
        if (lines.size() > LINES) {
            List<String> kept = new ArrayList<>(lines.subList(0, LINES));
            String last = kept.get(LINES - 1);
            kept.set(LINES - 1, (last.length() > LINE - 1 ? last.substring(0, LINE - 1) : last) + "…");
            return kept;
        }
        return lines;
    }
}
