package org.leerwerkplek.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.leerwerkplek.platform.i18n.Messages;
import org.leerwerkplek.surveys.definition.Language;

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
            lines.add(text("analysis.source.label") + ": " + text("analysis.source." + selection.source().name()));
        }
        selection.subgroup().ifPresent(subgroup -> lines.add(text("analysis.filter") + ": "
                + subgroupLabel(table, subgroup, selection.language())));
        return lines;
    }

    private static String subgroupLabel(ResponseTable table, Selection.Subgroup subgroup, Language language) {
        return table.variable(subgroup.question())
                .map(variable -> variable.question().label().in(language) + ": " + variable.levels().stream()
                        .filter(level -> level.code().equals(subgroup.level()))
                        .map(level -> level.label().in(language)).findFirst().orElse(subgroup.level()))
                .orElse(subgroup.toString());
    }

    private String text(String key, Object... arguments) {
        return Messages.get(locale, key, arguments);
    }
}
