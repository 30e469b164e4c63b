package org.leerwerkplek.analysis;

import java.util.ArrayList;
import java.util.List;
import org.leerwerkplek.analysis.stats.Calibration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.leerwerkplek.platform.i18n.Messages;
import org.leerwerkplek.surveys.definition.model.Language;

/** Says in sentences which respondents a {@link Selection} counted, for the dashboard and the report. */
final class Scope {

    private final Locale locale;

    Scope(Locale locale) {
        this.locale = locale;
    }

    List<String> lines(Selection selection, Tables tables, Optional<String> waveName) {
        ResponseTable table = tables.table();
        List<String> lines = new ArrayList<>();
        int reading = table.definition().version();
        if (selection.version().isPresent()) {
            lines.add(text("analysis.scope.version", reading));
        } else {
            String read = table.versionsRead().keySet().stream().map(String::valueOf).collect(Collectors.joining(", "));
            lines.add(text("analysis.scope.versions", read.isEmpty() ? String.valueOf(reading) : read, reading));
        }
        for (Map.Entry<Integer, ResponseTable.LeftOut> left : table.leftOut().entrySet()) {
            VersionAgreement.Disagreement why = left.getValue().reason();
            lines.add(text("analysis.scope.leftOut", left.getValue().responses(), left.getKey(),
                    text("analysis.disagree." + why.conflict().name(), why.question(), why.code())));
        }
        waveName.ifPresent(name -> lines.add(text("analysis.scope.wave", name)));
        if (selection.source() != Tables.Source.ALL) {
            lines.add(text("analysis.labelled", text("analysis.source.label"),
                    text("analysis.source." + selection.source().name())));
        }
        selection.subgroup().ifPresent(subgroup -> lines.add(text("analysis.labelled", text("analysis.filter"),
                subgroupLabel(table, subgroup, selection.language()))));
        return lines;
    }

    /**
     * One line that says how many respondents the tables count, of how many submitted responses
     * (those read with the version), how many of them are demo data, and which each filter left
     * out; and whether the tables are weighted (when weighting was asked for but nobody counted
     * answered the weighting question, that they are not, and why).
     */
    String counted(Selection selection, Tables tables) {
        int counted = tables.respondents();
        int submitted = tables.table().size();
        StringBuilder line;
        if (tables.withPartials()) {
            int partial = tables.partialRespondents();
            int partialRead = tables.table().partialCount();
            line = new StringBuilder(text("analysis.counted.partials", counted, counted - partial, partial));
            if (counted < submitted) {
                line.append(' ').append(text("analysis.counted.partialsOf", submitted - partialRead, partialRead));
            }
        } else {
            line = new StringBuilder(counted == submitted ? text("analysis.counted.all", submitted)
                    : text("analysis.counted.some", counted, submitted));
        }
        int demo = tables.demoRespondents();
        if (demo > 0) {
            line.append(text("analysis.counted.demo", demo));
        }
        line.append('.');
        List<String> leftOut = new ArrayList<>();
        for (Tables.Filtered step : tables.filtered()) {
            if (step.leftOut() == 0) {
                continue;
            }
            switch (step.filter()) {
                case SOURCE -> leftOut.add(text("analysis.counted.SOURCE." + selection.source().name(), step.leftOut()));
                case WAVE -> leftOut.add(text("analysis.counted.WAVE", step.leftOut()));
                case SUBGROUP -> leftOut.add(text("analysis.counted.SUBGROUP", step.leftOut(),
                        levelLabel(tables.table(), selection.subgroup().orElseThrow(), selection.language())));
            }
        }
        if (!leftOut.isEmpty()) {
            line.append(' ').append(text("analysis.counted.leftOut", String.join("; ", leftOut)));
        }
        if (tables.withPartials()) {
            line.append(' ').append(text("analysis.counted.partialsNote"));
        }
        if (tables.isUnweightable() && counted > 0) {
            line.append(' ').append(text("analysis.counted.unweightable", tables.weighting()
                    .map(w -> w.variables().get(0)).flatMap(q -> tables.table().definition().question(q))
                    .map(q -> q.label().in(selection.language())).orElse("")));
        } else if (counted > 0 && tables.calibration().isPresent() && tables.weighting().isPresent()) {
            Calibration calibration = tables.calibration().get();
            String on = tables.weighting().get().variables().stream()
                    .map(q -> tables.table().definition().question(q).map(x -> "‘" + x.label().in(selection.language())
                            + "’").orElse(q))
                    .collect(java.util.stream.Collectors.joining(
                            tables.calibration().get().method() == Calibration.Method.RAKING ? ", " : " × "));
            if (calibration.converged()) {
                line.append(' ').append(text("analysis.weighted." + calibration.method().name(), on,
                        calibration.iterations()));
            } else {
                line.append(' ').append(text("analysis.weighted.notConverged", on, calibration.iterations(),
                        calibration.lastChange() / java.util.Arrays.stream(calibration.weights()).sum()));
            }
        } else if (counted > 0) {
            line.append(' ').append(text(tables.isWeighted() ? "analysis.isWeighted" : "analysis.isUnweighted"));
        }
        return line.toString();
    }

    private static String levelLabel(ResponseTable table, Selection.Subgroup subgroup, Language language) {
        return table.variable(subgroup.question())
                .flatMap(variable -> variable.levels().stream().filter(level -> level.code().equals(subgroup.level()))
                        .map(level -> level.label().in(language)).findFirst())
                .orElse(subgroup.level());
    }

    private String subgroupLabel(ResponseTable table, Selection.Subgroup subgroup, Language language) {
        return table.variable(subgroup.question())
                .map(variable -> text("analysis.labelled", variable.question().label().in(language),
                        levelLabel(table, subgroup, language)))
                .orElse(subgroup.toString());
    }

    private String text(String key, Object... arguments) {
        return Messages.get(locale, key, arguments);
    }
}
