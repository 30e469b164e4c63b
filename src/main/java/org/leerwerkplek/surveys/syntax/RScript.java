package org.leerwerkplek.surveys.syntax;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.leerwerkplek.surveys.csv.CsvDialect;

/**
 * An R script that reads a statistics export's CSV into the data frame {@code d}: valid names, numbers as
 * numbers, dates as dates, the codes of every choice question as a factor with its levels in the
 * questionnaire's order and its labels in the chosen language (ordered for scales, the "no opinion" level
 * last), each column's label in {@code attr(, "label")}, and, when the export is weighted, the weight in
 * {@code d$weight} with the {@code survey} design to use it.
 *
 * <p>The script is plain ASCII: every other character in a label is written as {@code \}{@code uXXXX}, so
 * accents survive whatever the locale R runs in; the CSV is read as UTF-8.
 */
public final class RScript {

    private final StatVariables variables;
    private final String csvFile;
    private final CsvDialect dialect;

    public RScript(StatVariables variables, String csvFile, CsvDialect dialect) {
        this.variables = Objects.requireNonNull(variables, "variables");
        this.csvFile = Objects.requireNonNull(csvFile, "csvFile");
        this.dialect = Objects.requireNonNull(dialect, "dialect");
    }

    public void write(Writer out) throws IOException {
        List<StatVariable> all = variables.variables();
        line(out, "# " + variables.instrument().id() + " v" + variables.instrument().version() + ": "
                + ascii(variables.instrument().title().in(variables.language())));
        line(out, "# Leerwerkplek: statistics export. Keep this file next to " + ascii(csvFile)
                + " and run it from that folder:");
        line(out, "#   setwd(\"folder\"); source(\"this-file.R\")   or   Rscript this-file.R");
        line(out, "d <- read.csv(" + string(csvFile) + ", sep = " + string(String.valueOf(dialect.separator()))
                + ", fileEncoding = \"UTF-8\", encoding = \"UTF-8\",");
        line(out, "              colClasses = \"character\", na.strings = \"\", check.names = FALSE)");
        line(out, "stopifnot(ncol(d) == " + all.size() + ")");
        line(out, "names(d) <- " + vector(all, StatVariable::name));
        for (StatVariable variable : all) {
            String column = "d[[" + string(variable.name()) + "]]";
            switch (variable.kind()) {
                case NUMBER, WEIGHT -> line(out, column + " <- as.numeric(" + column + ")");
                case DATE -> line(out, column + " <- as.Date(" + column + ")");
                case TEXT -> {
                }
                case CHOSEN, CATEGORY -> {
                    line(out, column + " <- factor(" + column + ",");
                    line(out, "  levels = " + vector(variable.categories(), StatVariable.Category::code) + ",");
                    line(out, "  labels = " + vector(variable.categories(), StatVariable.Category::label)
                            + (variable.level() == StatVariable.Level.ORDINAL ? ", ordered = TRUE)" : ")"));
                }
            }
            line(out, "attr(" + column + ", \"label\") <- " + string(variable.label()));
        }
        variables.weight().ifPresent(weight -> {
            try {
                line(out, "# Weighted tables: library(survey); design <- svydesign(ids = ~1, weights = ~"
                        + weight.name() + ", data = d)");
                line(out, "#   svytable(~QUESTION, design)   or   xtabs(" + weight.name() + " ~ QUESTION, d)");
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        out.flush();
    }

    private static <T> String vector(List<T> values, Function<T, String> text) {
        return "c(" + values.stream().map(v -> string(text.apply(v))).collect(Collectors.joining(", ")) + ")";
    }

    /**
     * {@code text} as an R string literal in ASCII: between double quotes, a backslash and a double quote
     * escaped, control characters and everything outside ASCII as {@code \}{@code uXXXX} (or
     * {@code \}{@code U{XXXXX}} beyond the first plane).
     */
    static String string(String text) {
        StringBuilder literal = new StringBuilder("\"");
        text.codePoints().forEach(c -> {
            if (c == '"' || c == '\\') {
                literal.append('\\').appendCodePoint(c);
            } else if (c >= 32 && c < 127) {
                literal.appendCodePoint(c);
            } else if (c <= 0xFFFF) {
                literal.append(String.format("\\u%04x", c));
            } else {
                literal.append(String.format("\\U{%x}", c));
            }
        });
        return literal.append('"').toString();
    }

    /** {@code text} for a comment: ASCII, others as {@code ?}, on one line. */
    private static String ascii(String text) {
        return text.codePoints().mapToObj(c -> c >= 32 && c < 127 ? String.valueOf((char) c) : "?")
                .collect(Collectors.joining());
    }

    private static void line(Writer out, String text) throws IOException {
        out.write(text);
        out.write("\n");
    }
}
