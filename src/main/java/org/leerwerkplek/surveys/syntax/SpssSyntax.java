package org.leerwerkplek.surveys.syntax;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.leerwerkplek.surveys.csv.CsvDialect;

/**
 * An SPSS syntax file ({@code .sps}) that reads a statistics export's CSV and describes it: variable labels,
 * value labels, missing values, measurement levels, the multiple-response sets of the multiple-choice
 * questions ({@code MRSETS}) and, when the export is weighted, {@code WEIGHT BY}. SPSS Statistics and GNU PSPP
 * both run it.
 *
 * <p>Encoding: the file starts with a UTF-8 byte order mark, by which SPSS (in Unicode mode, the default
 * since version 21) and PSPP know it is UTF-8 whatever the computer's language; the CSV is read with
 * {@code /ENCODING='UTF8'} (SPSS's spelling, which PSPP takes too). Codes are read as text and recoded
 * into numbers ({@link StatVariables}), so answers can be counted, ordered and declared missing. Texts in quotes double their apostrophes; a line
 * break in a label becomes a space; labels longer than SPSS keeps are cut at a character.
 */
public final class SpssSyntax {

    /** The byte order mark the file starts with. */
    public static final char BOM = '\uFEFF';

    private final StatVariables variables;
    private final String csvFile;
    private final CsvDialect dialect;

    /**
     * @param csvFile the CSV's file name, read from the folder SPSS or PSPP runs in (the syntax says how to
     *                change it)
     */
    public SpssSyntax(StatVariables variables, String csvFile, CsvDialect dialect) {
        this.variables = Objects.requireNonNull(variables, "variables");
        this.csvFile = Objects.requireNonNull(csvFile, "csvFile");
        this.dialect = Objects.requireNonNull(dialect, "dialect");
    }

    public void write(Writer out) throws IOException {
        List<StatVariable> all = variables.variables();
        out.write(BOM);
        line(out, "* " + variables.instrument().id() + " v" + variables.instrument().version() + ": "
                + oneLine(variables.instrument().title().in(variables.language())) + ".");
        line(out, "* Leerwerkplek: statistics export. Keep this file next to " + oneLine(csvFile)
                + " and run it (SPSS: File > Open > Syntax, Run > All; PSPP: pspp this-file.sps).");
        line(out, "* The file is UTF-8; SPSS reads it in Unicode mode (the default).");
        line(out, "SET DECIMAL=DOT.");
        line(out, "GET DATA /TYPE=TXT /FILE=" + quote(csvFile) + " /ENCODING='UTF8'");
        line(out, "  /ARRANGEMENT=DELIMITED /DELCASE=LINE /FIRSTCASE=2 /DELIMITERS=" + quote(delimiter())
                + " /QUALIFIER='\"'");
        line(out, "  /VARIABLES=");
        for (StatVariable variable : all) {
            line(out, "    " + readName(variable) + " " + readFormat(variable));
        }
        line(out, ".");
        for (StatVariable variable : all) {
            if (variable.kind() == StatVariable.Kind.CATEGORY) {
                StringBuilder recode = new StringBuilder("RECODE " + readName(variable));
                for (StatVariable.Category category : variable.categories()) {
                    recode.append(" (").append(quote(category.code())).append('=').append(category.value()).append(')');
                }
                line(out, recode + " (ELSE=SYSMIS) INTO " + variable.name() + ".");
            }
        }
        line(out, "FORMATS " + all.stream().filter(v -> v.kind() != StatVariable.Kind.TEXT)
                .map(v -> v.name() + " (" + displayFormat(v) + ")").collect(Collectors.joining(" ")) + ".");
        line(out, "MATCH FILES /FILE=* /KEEP=" + all.stream().map(StatVariable::name).collect(Collectors.joining(" "))
                + ".");
        line(out, "VARIABLE LABELS");
        for (int i = 0; i < all.size(); i++) {
            StatVariable variable = all.get(i);
            line(out, "  " + (i == 0 ? "" : "/") + variable.name() + " "
                    + quote(StatVariables.cut(oneLine(variable.label()), StatVariables.MAX_VARIABLE_LABEL_BYTES)));
        }
        line(out, ".");
        List<StatVariable> labelled = all.stream().filter(StatVariable::isCategorical).toList();
        if (!labelled.isEmpty()) {
            line(out, "VALUE LABELS");
            for (int i = 0; i < labelled.size(); i++) {
                StatVariable variable = labelled.get(i);
                line(out, "  " + (i == 0 ? "" : "/") + variable.name());
                for (StatVariable.Category category : variable.categories()) {
                    line(out, "    " + category.value() + " "
                            + quote(StatVariables.cut(oneLine(category.label()), StatVariables.MAX_VALUE_LABEL_BYTES)));
                }
            }
            line(out, ".");
        }
        for (StatVariable variable : labelled) {
            String missing = variable.categories().stream().filter(StatVariable.Category::missing)
                    .map(c -> Integer.toString(c.value())).collect(Collectors.joining(" "));
            if (!missing.isEmpty()) {
                line(out, "MISSING VALUES " + variable.name() + " (" + missing + ").");
            }
        }
        for (StatVariable.Level level : StatVariable.Level.values()) {
            String names = all.stream().filter(v -> v.level() == level && v.kind() != StatVariable.Kind.TEXT)
                    .map(StatVariable::name).collect(Collectors.joining(" "));
            if (!names.isEmpty()) {
                line(out, "VARIABLE LEVEL " + names + " (" + level.name() + ").");
            }
        }
        if (!variables.sets().isEmpty()) {
            line(out, "MRSETS");
            for (StatVariables.ChoiceSet set : variables.sets()) {
                line(out, "  /MDGROUP NAME=" + set.name() + " LABEL="
                        + quote(StatVariables.cut(oneLine(set.label()), StatVariables.MAX_VARIABLE_LABEL_BYTES))
                        + " CATEGORYLABELS=VARLABELS VALUE=1");
                line(out, "    VARIABLES=" + set.members().stream().map(StatVariable::name)
                        .collect(Collectors.joining(" ")));
            }
            line(out, ".");
        }
        if (variables.weight().isPresent()) {
            line(out, "WEIGHT BY " + variables.weight().get().name() + ".");
        }
        line(out, "EXECUTE.");
        out.flush();
    }

    private String delimiter() {
        return dialect.separator() == '\t' ? "\\t" : String.valueOf(dialect.separator());
    }

    /** The name a column is read under: its own, or a temporary one for codes that are recoded into it. */
    private static String readName(StatVariable variable) {
        if (variable.kind() != StatVariable.Kind.CATEGORY) {
            return variable.name();
        }
        String name = "T_" + variable.name();
        return name.length() > StatVariables.MAX_NAME ? "T_" + Integer.toHexString(variable.name().hashCode())
                + variable.csvColumn().length() : name;
    }

    private static String readFormat(StatVariable variable) {
        return switch (variable.kind()) {
            case CATEGORY -> "A" + Math.max(1, variable.categories().stream()
                    .mapToInt(c -> c.code().length()).max().orElse(1));
            case CHOSEN -> "F1.0";
            case NUMBER, WEIGHT -> "F20.0";
            case DATE -> "SDATE10";
            case TEXT -> "A" + Math.max(1, variable.width());
        };
    }

    /** How SPSS shows a number: codes as whole numbers, answers to number questions with two decimals, weights with six. */
    private static String displayFormat(StatVariable variable) {
        return switch (variable.kind()) {
            case CATEGORY -> "F" + width(variable) + ".0";
            case CHOSEN -> "F1.0";
            case WEIGHT -> "F12.6";
            case DATE -> "SDATE10";
            case NUMBER -> variable.level() == StatVariable.Level.SCALE ? "F16.2" : "F12.0";
            case TEXT -> "A" + variable.width();
        };
    }

    private static int width(StatVariable variable) {
        return Math.max(1, variable.categories().stream().mapToInt(c -> Integer.toString(c.value()).length())
                .max().orElse(1));
    }

    /** {@code text} between apostrophes, its apostrophes doubled. */
    static String quote(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    private static String oneLine(String text) {
        return text.replaceAll("[\\r\\n\\t]+", " ").strip();
    }

    private static void line(Writer out, String text) throws IOException {
        out.write(text);
        out.write("\n");
    }
}
