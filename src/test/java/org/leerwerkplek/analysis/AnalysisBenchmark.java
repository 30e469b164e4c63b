package org.leerwerkplek.analysis;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.leerwerkplek.analysis.demo.DemoResponse;
import org.leerwerkplek.analysis.demo.DemoResponses;
import org.leerwerkplek.analysis.stats.CrossTab;
import org.leerwerkplek.analysis.stats.CrossTabOptions;
import org.leerwerkplek.surveys.csv.CsvDialect;
import org.leerwerkplek.surveys.definition.DefinitionParser;
import org.leerwerkplek.surveys.definition.model.Instrument;
import org.leerwerkplek.surveys.definition.model.Language;

/**
 * The analysis benchmark of {@code bench/analysis.sh}: N synthetic employer responses are written
 * as CSV (for SciPy), read once into a {@link ResponseTable} (the one pass over the data), and
 * then every frequency table and every subgroup cross-tab (each subgroup variable by every other
 * closed variable) is computed, RUNS times; the tested tables go to {@code crosstabs.jsonl} so
 * that {@code bench/analysis_scipy.py} can count and test them again from the CSV.
 *
 * <p>{@code java ... org.leerwerkplek.analysis.AnalysisBenchmark 100000 target/bench-analysis}
 */
public final class AnalysisBenchmark {

    private static final int RUNS = 5;

    private AnalysisBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int count = Integer.parseInt(args[0]);
        Path out = Files.createDirectories(Path.of(args[1]));
        Instrument instrument = DefinitionParser.parse(Path.of("surveys/werkgeversbevraging.yaml")).orThrow();
        DemoResponses demo = new DemoResponses(Clock.systemUTC());
        try (Writer csv = Files.newBufferedWriter(out.resolve("responses.csv"), StandardCharsets.UTF_8)) {
            demo.writeCsv(instrument, count, DemoResponses.DEFAULT_SEED, CsvDialect.STANDARD, csv);
        }
        long started = System.nanoTime();
        ResponseTable table = ResponseTable.of(instrument, count);
        demo.generate(instrument, count, DemoResponses.DEFAULT_SEED).map(DemoResponse::values)
                .forEach(answers -> table.add(instrument, answers));
        table.finish();
        double readMs = (System.nanoTime() - started) / 1e6;

        Tables tables = Tables.unweighted(table, Language.NL);
        List<String> variables = table.variables().stream().map(ResponseTable.Variable::code).toList();
        List<String> subgroups = instrument.analysis().subgroups();
        double[] times = new double[RUNS];
        int frequencies = 0;
        List<CrossTab> crossTabs = new ArrayList<>();
        List<String[]> pairs = new ArrayList<>();
        for (int run = 0; run < RUNS; run++) {
            long t0 = System.nanoTime();
            frequencies = 0;
            crossTabs.clear();
            pairs.clear();
            for (String variable : variables) {
                if (attempt(() -> tables.frequencies(variable))) {
                    frequencies++;
                }
            }
            for (String subgroup : subgroups) {
                for (String variable : variables) {
                    if (variable.equals(subgroup)) {
                        continue;
                    }
                    CrossTab[] made = new CrossTab[1];
                    if (attempt(() -> made[0] = tables.crossTab(subgroup, variable, CrossTabOptions.DEFAULTS))) {
                        crossTabs.add(made[0]);
                        pairs.add(new String[] {subgroup, variable});
                    }
                }
            }
            times[run] = (System.nanoTime() - t0) / 1e6;
        }
        long reportable = crossTabs.stream().filter(CrossTab::reportable).count();
        try (BufferedWriter lines = Files.newBufferedWriter(out.resolve("crosstabs.jsonl"), StandardCharsets.UTF_8)) {
            for (int i = 0; i < crossTabs.size(); i++) {
                CrossTab tab = crossTabs.get(i);
                if (tab.chi2() == null) {
                    continue;
                }
                JsonArrayBuilder rows = Json.createArrayBuilder();
                tab.rows().forEach(r -> rows.add(r.code()));
                JsonArrayBuilder columns = Json.createArrayBuilder();
                tab.columns().forEach(c -> columns.add(c.code()));
                JsonArrayBuilder counts = Json.createArrayBuilder();
                tab.rows().forEach(r -> {
                    JsonArrayBuilder row = Json.createArrayBuilder();
                    r.cells().forEach(c -> row.add((long) c.count()));
                    counts.add(row);
                });
                lines.write(Json.createObjectBuilder().add("row", pairs.get(i)[0]).add("col", pairs.get(i)[1])
                        .add("rows", rows).add("cols", columns).add("counts", counts)
                        .add("chi2", tab.chi2()).add("p", tab.p()).add("reportable", tab.reportable())
                        .build().toString());
                lines.newLine();
            }
        }
        double[] sorted = times.clone();
        Arrays.sort(sorted);
        System.out.printf("responses=%d variables=%d read+pass=%.0f ms%n", count, variables.size(), readMs);
        System.out.printf("frequencies=%d crosstabs=%d reportable=%d tables median=%.1f ms (runs %s)%n", frequencies,
                crossTabs.size(), reportable, sorted[RUNS / 2], Arrays.toString(times));
    }

    private static boolean attempt(Runnable table) {
        try {
            table.run();
            return true;
        } catch (org.leerwerkplek.platform.DomainException e) {
            return false;
        }
    }
}
