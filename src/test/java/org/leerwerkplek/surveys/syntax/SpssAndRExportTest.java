package org.leerwerkplek.surveys.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.leerwerkplek.analysis.ResponseTable;
import org.leerwerkplek.analysis.StudyFixture;
import org.leerwerkplek.analysis.Tables;
import org.leerwerkplek.analysis.stats.CrossTab;
import org.leerwerkplek.analysis.stats.CrossTabOptions;
import org.leerwerkplek.analysis.stats.EmptyBaseException;
import org.leerwerkplek.analysis.stats.FrequencyTable;
import org.leerwerkplek.surveys.csv.ExportedResponse;
import org.leerwerkplek.surveys.csv.ValidAnswers;
import org.leerwerkplek.surveys.definition.DefinitionParser;
import org.leerwerkplek.surveys.definition.model.AnswerValue;
import org.leerwerkplek.surveys.definition.model.Instrument;
import org.leerwerkplek.surveys.definition.model.Language;
import org.leerwerkplek.surveys.definition.model.QuestionType;

/**
 * The statistics export read by the real programs: GNU PSPP runs the exported {@code .sps} and R the
 * exported {@code .R} on the exported CSV, print the frequencies of every labelled variable and one
 * cross-tab, and these must be the product's own counts ({@link Tables}), under the product's labels, for
 * both instruments (the employer questionnaire with the demo data's 305 employers, the fiche with 200
 * valid responses full of awkward texts) in Dutch and in French. Runs when {@code pspp} / {@code Rscript}
 * are on the PATH; CI installs them ({@code .ci/run}) and there (CI=true) a missing program fails.
 */
class SpssAndRExportTest {

    private static final String EMPLOYERS = "werkgeversbevraging";
    private static final String FICHE = "leerwerkplekfiche";

    static Stream<Arguments> cases() {
        return Stream.of(Arguments.of(EMPLOYERS, Language.NL), Arguments.of(EMPLOYERS, Language.FR),
                Arguments.of(FICHE, Language.NL), Arguments.of(FICHE, Language.FR));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("cases")
    void psppCountsAsTheProduct(String instrument, Language language, @TempDir Path dir) throws Exception {
        requireProgram("pspp", "pspp");
        Data data = Data.of(instrument, language, false);
        String output = pspp(dir, data, data.compared(), data.crossed());
        List<Block> blocks = Block.all(output);
        List<StatVariable> compared = data.compared();
        assertEquals(compared.size() + 2, blocks.size(), "a table per FREQUENCIES, a summary and the cross-tab");
        for (int i = 0; i < compared.size(); i++) {
            data.assertFrequencies(compared.get(i), blocks.get(i).frequencies(), true);
        }
        data.assertCrossTab(blocks.get(blocks.size() - 1).crossTab(), true);
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("cases")
    void rCountsAsTheProduct(String instrument, Language language, @TempDir Path dir) throws Exception {
        requireProgram("Rscript", "r-base-core");
        Data data = Data.of(instrument, language, false);
        R r = r(dir, data, data.compared(), data.crossed(), false);
        for (StatVariable variable : data.compared()) {
            data.assertFrequencies(variable, r.frequencies(variable.name()), false);
        }
        data.assertCrossTab(r.crossTab(), false);
    }

    @Test
    void weightedExportWeighsAsTheProductInPsppAndR(@TempDir Path dir) throws Exception {
        requireProgram("pspp", "pspp");
        requireProgram("Rscript", "r-base-core");
        Data data = Data.of(EMPLOYERS, Language.FR, true);
        assertTrue(data.files.variables().weight().isPresent(), "a weighted export has a weight");
        List<StatVariable> compared = List.of(data.variable("Q06_EVOLUTIE"), data.variable("Q02_GROOTTE"));
        List<Block> blocks = Block.all(pspp(dir, data, compared, data.crossed()));
        for (int i = 0; i < compared.size(); i++) {
            data.assertFrequencies(compared.get(i), blocks.get(i).frequencies(), true);
        }
        data.assertCrossTab(blocks.get(blocks.size() - 1).crossTab(), true);
        R r = r(dir, data, compared, data.crossed(), true);
        for (StatVariable variable : compared) {
            data.assertFrequencies(variable, r.frequencies(variable.name()), false);
        }
        data.assertCrossTab(r.crossTab(), false);
    }

    // ---------------------------------------------------------------------------------------------

    /** One export and the product's own tables of the same responses. */
    private static final class Data {
        final StatisticsFiles files;
        final Tables tables;
        final List<ExportedResponse> responses;
        final boolean weighted;

        private Data(StatisticsFiles files, Tables tables, List<ExportedResponse> responses, boolean weighted) {
            this.files = files;
            this.tables = tables;
            this.responses = responses;
            this.weighted = weighted;
        }

        static Data of(String id, Language language, boolean weighted) {
            Instrument instrument = DefinitionParser.parse(Path.of("surveys/" + id + ".yaml")).orThrow();
            List<Map<String, AnswerValue>> answers = id.equals(EMPLOYERS) ? StudyFixture.answers(instrument)
                    : new ValidAnswers(instrument, 18).generate(200);
            ResponseTable table = ResponseTable.of(instrument, answers.size());
            List<ExportedResponse> responses = new ArrayList<>();
            for (int i = 0; i < answers.size(); i++) {
                table.add(i + 1, instrument, answers.get(i), true);
                responses.add(new ExportedResponse(i + 1, instrument.version(), "SUBMITTED", "DEMO",
                        Optional.of(Instant.parse("2026-11-25T10:00:00Z")), answers.get(i)));
            }
            table.finish();
            Tables tables = weighted ? Tables.weighted(table, language) : Tables.unweighted(table, language);
            Optional<Map<Long, Double>> weights = weighted ? Optional.of(tables.respondentWeights()) : Optional.empty();
            return new Data(new StatisticsFiles(instrument, language, weights, false), tables, responses, weighted);
        }

        StatVariable variable(String column) {
            return files.variables().byColumn(column).orElseThrow();
        }

        /** Every labelled variable the product also counts (a ranking's columns are ranks, not labelled). */
        List<StatVariable> compared() {
            return files.variables().variables().stream()
                    .filter(StatVariable::isCategorical)
                    .filter(v -> tables.table().variable(v.csvColumn()).isPresent())
                    .toList();
        }

        /** Two single-choice questions: company size by evolution for the employers, the fiche's first two. */
        List<StatVariable> crossed() {
            if (files.variables().instrument().id().equals(EMPLOYERS)) {
                return List.of(variable("Q02_GROOTTE"), variable("Q06_EVOLUTIE"));
            }
            return files.variables().instrument().questions().stream()
                    .filter(q -> q.type() == QuestionType.SINGLE)
                    .limit(2).map(q -> variable(q.code())).toList();
        }

        void write(Path dir) throws IOException {
            for (StatisticsFiles.Part part : List.of(StatisticsFiles.Part.CSV, StatisticsFiles.Part.SPS,
                    StatisticsFiles.Part.R)) {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                files.write(part, responses.iterator(), bytes);
                Files.write(dir.resolve(files.fileName(part)), bytes.toByteArray());
            }
        }

        /**
         * The program's counts by label are the product's by code: every label the program prints is the
         * product's label of that code (PSPP: cut to what SPSS keeps), and the counts agree; together they
         * make the product's base, so no answer went missing or astray.
         */
        void assertFrequencies(StatVariable variable, Map<String, Double> byLabel, boolean cut) {
            FrequencyTable product;
            try {
                product = tables.frequencies(variable.csvColumn());
            } catch (EmptyBaseException e) {
                assertEquals(0.0, byLabel.values().stream().mapToDouble(Double::doubleValue).sum(), variable.name());
                return;
            }
            double counted = 0;
            for (FrequencyTable.Entry entry : product.categories()) {
                StatVariable.Category category = variable.categories().stream()
                        .filter(c -> c.code().equals(entry.code())).findFirst().orElseThrow();
                if (variable.kind() == StatVariable.Kind.CATEGORY) {
                    assertEquals(entry.label(), category.label(), "the export's label is the product's");
                }
                String label = cut ? StatVariables.cut(category.label(), StatVariables.MAX_VALUE_LABEL_BYTES)
                        : category.label();
                double count = byLabel.getOrDefault(label, 0.0);
                assertClose(entry.count(), count, variable.name() + " " + entry.code() + " (" + label + ") in " + byLabel);
                counted += count;
            }
            assertClose(product.base(), counted, variable.name() + ": all of the base, under the product's labels "
                    + byLabel);
        }

        void assertCrossTab(Map<List<String>, Double> byLabels, boolean cut) {
            StatVariable rows = crossed().get(0);
            StatVariable columns = crossed().get(1);
            CrossTab product = tables.crossTab(rows.csvColumn(), columns.csvColumn(), new CrossTabOptions(1, 0.05));
            assertTrue(product.dropped().isEmpty(), "no row left out");
            double counted = 0;
            for (CrossTab.Row row : product.rows()) {
                for (int c = 0; c < product.columns().size(); c++) {
                    List<String> labels = List.of(label(rows, row.code(), cut),
                            label(columns, product.columns().get(c).code(), cut));
                    double count = byLabels.getOrDefault(labels, 0.0);
                    assertClose(row.cells().get(c).count(), count, labels + " in " + byLabels);
                    counted += count;
                }
            }
            assertClose(product.total(), counted, "every respondent of the cross-tab");
        }

        private static String label(StatVariable variable, String code, boolean cut) {
            String label = variable.categories().stream().filter(c -> c.code().equals(code)).findFirst()
                    .orElseThrow().label();
            return cut ? StatVariables.cut(label, StatVariables.MAX_VALUE_LABEL_BYTES) : label;
        }

        /** Counts agree exactly; weighted ones to 1e-9 relative (PSPP prints them with the weight's six decimals). */
        private void assertClose(double expected, double actual, String what) {
            double tolerance = weighted ? Math.max(1e-9 * Math.abs(expected), 5e-6) : 0;
            assertEquals(expected, actual, tolerance, what);
        }
    }

    // ---------------------------------------------------------------------------------------------

    private static String pspp(Path dir, Data data, List<StatVariable> frequencies, List<StatVariable> crossed)
            throws Exception {
        data.write(dir);
        StringBuilder syntax = new StringBuilder(Files.readString(dir.resolve(data.files.fileName(StatisticsFiles.Part.SPS)),
                StandardCharsets.UTF_8));
        for (StatVariable variable : frequencies) {
            syntax.append("FREQUENCIES /VARIABLES=").append(variable.name()).append(" /STATISTICS=NONE.\n");
        }
        syntax.append("CROSSTABS /TABLES=").append(crossed.get(0).name()).append(" BY ").append(crossed.get(1).name())
                .append(" /CELLS=COUNT.\n");
        Files.writeString(dir.resolve("run.sps"), syntax, StandardCharsets.UTF_8);
        String log = run(dir, "pspp", "-O", "format=csv", "-o", "out.csv", "run.sps");
        String output = Files.readString(dir.resolve("out.csv"), StandardCharsets.UTF_8);
        assertFalse((log + output).contains("warning:") || (log + output).contains("error:"),
                "PSPP reads the export without a warning:\n" + log + output);
        return output;
    }

    /** What the R script's data frame counts. */
    private record R(Map<String, Map<String, Double>> frequencies, Map<List<String>, Double> crossTab) {
        Map<String, Double> frequencies(String name) {
            return frequencies.getOrDefault(name, Map.of());
        }
    }

    private static R r(Path dir, Data data, List<StatVariable> frequencies, List<StatVariable> crossed,
                       boolean weighted) throws Exception {
        data.write(dir);
        String weight = weighted ? data.files.variables().weight().orElseThrow().name() : null;
        StringBuilder script = new StringBuilder(Files.readString(dir.resolve(data.files.fileName(StatisticsFiles.Part.R)),
                StandardCharsets.UTF_8));
        script.append("count <- function(...) { if (").append(weighted ? "TRUE" : "FALSE")
                .append(") as.data.frame(xtabs(d[[\"").append(weight == null ? "" : weight)
                .append("\"]] ~ ., data.frame(...))) else as.data.frame(table(...)) }\n");
        script.append("vars <- c(").append(frequencies.stream().map(v -> RScript.string(v.name()))
                .collect(Collectors.joining(", "))).append(")\n");
        script.append("res <- do.call(rbind, lapply(vars, function(v) { t <- count(d[[v]]);"
                + " data.frame(variable = v, level = as.character(t[[1]]), n = t[[ncol(t)]]) }))\n");
        script.append("write.csv(res, \"r-frequencies.csv\", row.names = FALSE, fileEncoding = \"UTF-8\")\n");
        script.append("x <- count(d[[").append(RScript.string(crossed.get(0).name())).append("]], d[[")
                .append(RScript.string(crossed.get(1).name())).append("]])\n");
        script.append("write.csv(data.frame(row = as.character(x[[1]]), column = as.character(x[[2]]), n = x[[3]]),"
                + " \"r-crosstab.csv\", row.names = FALSE, fileEncoding = \"UTF-8\")\n");
        Files.writeString(dir.resolve("run.R"), script, StandardCharsets.UTF_8);
        String log = run(dir, "Rscript", "--vanilla", "run.R");
        assertFalse(log.contains("Warning") || log.contains("Error"), "R reads the export without a warning:\n" + log);
        Map<String, Map<String, Double>> counts = new HashMap<>();
        List<List<String>> lines = Csv.parse(Files.readString(dir.resolve("r-frequencies.csv"), StandardCharsets.UTF_8));
        for (List<String> line : lines.subList(1, lines.size())) {
            counts.computeIfAbsent(line.get(0), k -> new LinkedHashMap<>()).merge(line.get(1),
                    Double.parseDouble(line.get(2)), Double::sum);
        }
        Map<List<String>, Double> cells = new HashMap<>();
        lines = Csv.parse(Files.readString(dir.resolve("r-crosstab.csv"), StandardCharsets.UTF_8));
        for (List<String> line : lines.subList(1, lines.size())) {
            cells.merge(List.of(line.get(0), line.get(1)), Double.parseDouble(line.get(2)), Double::sum);
        }
        return new R(counts, cells);
    }

    /** One table of PSPP's CSV output. */
    private record Block(String title, List<List<String>> lines) {

        static List<Block> all(String output) {
            List<Block> blocks = new ArrayList<>();
            String title = null;
            List<List<String>> lines = new ArrayList<>();
            for (List<String> line : Csv.parse(output)) {
                if (line.size() == 1 && line.get(0).startsWith("Table: ")) {
                    if (title != null) {
                        blocks.add(new Block(title, lines));
                    }
                    title = line.get(0).substring("Table: ".length());
                    lines = new ArrayList<>();
                } else if (title != null && !(line.size() == 1 && line.get(0).isEmpty())) {
                    lines.add(line);
                }
            }
            if (title != null) {
                blocks.add(new Block(title, lines));
            }
            return blocks;
        }

        /** Label → frequency of a FREQUENCIES table (valid and user-missing rows). */
        Map<String, Double> frequencies() {
            Map<String, Double> counts = new LinkedHashMap<>();
            for (List<String> line : lines.subList(1, lines.size())) {
                if (!line.get(0).equals("Total") && line.size() > 2) {
                    assertTrue(counts.put(line.get(1), number(line.get(2))) == null, "one row per label: " + line);
                }
            }
            return counts;
        }

        /** (row label, column label) → count of a CROSSTABS table with /CELLS=COUNT. */
        Map<List<String>, Double> crossTab() {
            List<String> columns = lines.get(1);
            Map<List<String>, Double> counts = new HashMap<>();
            for (List<String> line : lines.subList(2, lines.size())) {
                if (line.get(0).equals("Total") || !line.get(2).equals("Count")) {
                    continue;
                }
                for (int c = 3; c < line.size() - 1; c++) {
                    counts.put(List.of(line.get(1), columns.get(c)), number(line.get(c)));
                }
            }
            return counts;
        }

        private static double number(String text) {
            return text.isBlank() ? 0 : Double.parseDouble(text.replace(",", ""));
        }
    }

    /** Just enough CSV: fields in double quotes may hold the separator, doubled quotes and line breaks. */
    private static final class Csv {
        static List<List<String>> parse(String text) {
            List<List<String>> lines = new ArrayList<>();
            List<String> line = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        field.append(c);
                    }
                } else if (c == '"') {
                    quoted = true;
                } else if (c == ',') {
                    line.add(field.toString());
                    field.setLength(0);
                } else if (c == '\n') {
                    line.add(field.toString().replace("\r", ""));
                    field.setLength(0);
                    lines.add(line);
                    line = new ArrayList<>();
                } else {
                    field.append(c);
                }
            }
            if (!field.isEmpty() || !line.isEmpty()) {
                line.add(field.toString());
                lines.add(line);
            }
            return lines;
        }
    }

    // ---------------------------------------------------------------------------------------------

    /** Skips with the reason when {@code program} is missing, and fails instead in CI, which must install it. */
    private static void requireProgram(String program, String debianPackage) {
        boolean found = Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .anyMatch(folder -> Files.isExecutable(Path.of(folder, program)));
        if (!found && "true".equals(System.getenv("CI"))) {
            fail(program + " is not on the PATH in CI: .ci/run must install the Debian package " + debianPackage);
        }
        Assumptions.assumeTrue(found, program + " is not on the PATH, so the export is not checked by it:"
                + " install the Debian package " + debianPackage + " (CI does)");
    }

    private static String run(Path dir, String... command) throws Exception {
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail(String.join(" ", command) + " did not finish in 180 s");
        }
        String text = new String(output, StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), String.join(" ", command) + " failed:\n" + text);
        return text;
    }
}
