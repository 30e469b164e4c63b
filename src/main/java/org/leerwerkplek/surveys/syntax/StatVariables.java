package org.leerwerkplek.surveys.syntax;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import org.leerwerkplek.surveys.csv.CsvColumn;
import org.leerwerkplek.surveys.csv.CsvLayout;
import org.leerwerkplek.surveys.definition.model.Instrument;
import org.leerwerkplek.surveys.definition.model.Language;
import org.leerwerkplek.surveys.definition.model.Option;
import org.leerwerkplek.surveys.definition.model.Question;
import org.leerwerkplek.surveys.definition.model.QuestionType;
import org.leerwerkplek.surveys.definition.model.Scale;
import org.leerwerkplek.surveys.definition.model.ScalePoint;

/**
 * The variables of a statistics export of one instrument version: the columns of its CSV
 * ({@link CsvLayout}, then the weight when there is one) with names that SPSS and R accept, labels in one
 * language, how each is read and, for the choice questions, their codes as numbers with labels.
 *
 * <p>Codes become numbers so that SPSS can count, order and declare missing values on them: an option
 * is its position in the question (1 = first, {@code other} and {@code none} included), a scale point its
 * own value, a scale's "no opinion" ({@code na}) the first of 9, 99, 999... above every point, declared
 * missing. R reads the same codes into factors with the same labels.
 *
 * @param instrument the instrument version
 * @param language   the language of the labels (Dutch where the instrument lacks it)
 * @param variables  in the CSV's column order
 * @param sets       one per {@code multiple} question: its chosen/not-chosen columns
 */
public record StatVariables(Instrument instrument, Language language, List<StatVariable> variables,
                            List<ChoiceSet> sets) {

    /** Name of the weight column of a weighted export. */
    public static final String WEIGHT = "weight";
    /** The longest variable name SPSS accepts. */
    public static final int MAX_NAME = 64;
    /** SPSS keeps at most this many bytes of a variable label. */
    public static final int MAX_VARIABLE_LABEL_BYTES = 255;
    /** SPSS keeps at most this many bytes of a value label. */
    public static final int MAX_VALUE_LABEL_BYTES = 120;
    /** The widest text SPSS reads. */
    public static final int MAX_TEXT_BYTES = 32767;

    private static final Set<String> RESERVED = Set.of(
            // SPSS's reserved words
            "ALL", "AND", "BY", "EQ", "GE", "GT", "LE", "LT", "NE", "NOT", "OR", "TO", "WITH",
            // R's reserved words, upper case as data codes are (R is case-sensitive, so only these can collide)
            "TRUE", "FALSE", "NA", "NULL", "INF", "NAN", "NA_INTEGER_", "NA_REAL_", "NA_CHARACTER_");

    /** A multiple-response set: the 0/1 columns of one {@code multiple} question. */
    public record ChoiceSet(String name, String label, List<StatVariable> members) {
        public ChoiceSet {
            members = List.copyOf(members);
        }
    }

    public StatVariables {
        Objects.requireNonNull(instrument, "instrument");
        Objects.requireNonNull(language, "language");
        variables = List.copyOf(variables);
        sets = List.copyOf(sets);
    }

    /** The variables of {@code instrument}'s CSV, labelled in {@code language}, with a weight column when {@code weighted}. */
    public static StatVariables of(Instrument instrument, Language language, boolean weighted) {
        Language shown = instrument.languages().contains(language) ? language : Language.NL;
        ResourceBundle texts = ResourceBundle.getBundle("org.leerwerkplek.surveys.messages",
                Locale.forLanguageTag(shown.code()),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        CsvLayout layout = CsvLayout.of(instrument);
        Set<String> taken = new HashSet<>();
        List<StatVariable> variables = new ArrayList<>();
        List<ChoiceSet> sets = new ArrayList<>();
        List<StatVariable> members = new ArrayList<>();
        Question membersOf = null;
        for (CsvColumn column : layout.columns()) {
            StatVariable variable = variable(column, shown, texts, name(column.name(), taken));
            variables.add(variable);
            if (column.kind() == CsvColumn.Kind.CHOSEN) {
                Question question = column.question().orElseThrow();
                if (question != membersOf && !members.isEmpty()) {
                    sets.add(set(membersOf, members, shown));
                    members.clear();
                }
                membersOf = question;
                members.add(variable);
            }
        }
        if (!members.isEmpty()) {
            sets.add(set(membersOf, members, shown));
        }
        if (weighted) {
            variables.add(new StatVariable(name(WEIGHT, taken), WEIGHT, texts.getString("surveys.syntax.weight"),
                    StatVariable.Kind.WEIGHT, StatVariable.Level.SCALE, List.of(), 0, Optional.empty()));
        }
        return new StatVariables(instrument, shown, variables, sets);
    }

    /** The weight variable of a weighted export. */
    public Optional<StatVariable> weight() {
        return variables.stream().filter(v -> v.kind() == StatVariable.Kind.WEIGHT).findFirst();
    }

    /** The variable of a CSV column. */
    public Optional<StatVariable> byColumn(String csvColumn) {
        return variables.stream().filter(v -> v.csvColumn().equals(csvColumn)).findFirst();
    }

    private static ChoiceSet set(Question question, List<StatVariable> members, Language language) {
        String name = name(question.code(), new HashSet<>());
        return new ChoiceSet("$" + name.substring(0, Math.min(MAX_NAME - 1, name.length())),
                question.label().in(language), members);
    }

    private static StatVariable variable(CsvColumn column, Language language, ResourceBundle texts, String name) {
        if (column.kind().isResponseColumn()) {
            String label = texts.getString("surveys.syntax." + column.name());
            return switch (column.kind()) {
                case RESPONSE_ID -> plain(name, column, label, StatVariable.Kind.NUMBER, StatVariable.Level.NOMINAL);
                case VERSION -> plain(name, column, label, StatVariable.Kind.NUMBER, StatVariable.Level.ORDINAL);
                case SUBMITTED_AT -> text(name, column, label, 20, Optional.empty());
                default -> text(name, column, label, 16, Optional.empty());
            };
        }
        Question question = column.question().orElseThrow();
        String label = question.label().in(language);
        Optional<String> code = Optional.of(question.code());
        return switch (column.kind()) {
            case CHOSEN -> new StatVariable(name, column.name(), label + ": " + part(column, language),
                    StatVariable.Kind.CHOSEN, StatVariable.Level.NOMINAL,
                    List.of(new StatVariable.Category("0", 0, texts.getString("surveys.syntax.notChosen"), false),
                            new StatVariable.Category("1", 1, texts.getString("surveys.syntax.chosen"), false)),
                    0, code);
            case RANK -> new StatVariable(name, column.name(), label + ": " + part(column, language),
                    StatVariable.Kind.NUMBER, StatVariable.Level.ORDINAL, List.of(), 0, code);
            case ITEM -> categories(name, column, label + ": " + part(column, language), question, language);
            case OTHER_TEXT -> text(name, column, label + ": " + part(column, language), 200 * 4, code);
            case ANSWER -> switch (question.type()) {
                case NUMBER -> new StatVariable(name, column.name(), label, StatVariable.Kind.NUMBER,
                        StatVariable.Level.SCALE, List.of(), 0, code);
                case DATE -> new StatVariable(name, column.name(), label, StatVariable.Kind.DATE,
                        StatVariable.Level.SCALE, List.of(), 0, code);
                case TEXT, LONGTEXT -> text(name, column, label,
                        Math.min(MAX_TEXT_BYTES, 4 * question.maxLength().orElse(question.type() == QuestionType.TEXT
                                ? 255 : 4000)), code);
                default -> categories(name, column, label, question, language);
            };
            default -> throw new IllegalStateException("not an answer column: " + column);
        };
    }

    private static String part(CsvColumn column, Language language) {
        return column.part().map(o -> o.label().in(language)).orElse("");
    }

    private static StatVariable plain(String name, CsvColumn column, String label, StatVariable.Kind kind,
                                      StatVariable.Level level) {
        return new StatVariable(name, column.name(), label, kind, level, List.of(), 0, Optional.empty());
    }

    private static StatVariable text(String name, CsvColumn column, String label, int width, Optional<String> code) {
        return new StatVariable(name, column.name(), label, StatVariable.Kind.TEXT, StatVariable.Level.NOMINAL,
                List.of(), width, code);
    }

    private static StatVariable categories(String name, CsvColumn column, String label, Question question,
                                           Language language) {
        List<StatVariable.Category> categories = new ArrayList<>();
        StatVariable.Level level = StatVariable.Level.NOMINAL;
        if (question.scale().isPresent()) {
            Scale scale = question.scale().get();
            level = StatVariable.Level.ORDINAL;
            int highest = 0;
            for (ScalePoint point : scale.points()) {
                categories.add(new StatVariable.Category(point.code(), point.value(), point.label().in(language), false));
                highest = Math.max(highest, point.value());
            }
            int na = 9;
            while (na <= highest) {
                na = na * 10 + 9;
            }
            int value = na;
            scale.na().ifPresent(o -> categories.add(new StatVariable.Category(o.code(), value, o.label().in(language),
                    true)));
        } else {
            int value = 1;
            for (Option option : question.choices().all()) {
                categories.add(new StatVariable.Category(option.code(), value++, option.label().in(language), false));
            }
        }
        return new StatVariable(name, column.name(), label, StatVariable.Kind.CATEGORY, level, categories, 0,
                Optional.of(question.code()));
    }

    /**
     * A name for {@code wanted} that SPSS and R both accept and no earlier variable has (without regard to
     * case): characters other than letters, digits, {@code _} and {@code .} become {@code _}, a name that does
     * not start with a letter gets {@code V} in front, one ending in {@code .} or that is a reserved word
     * gets {@code _} added, at most {@value #MAX_NAME} characters, and a number on
     * the end when it is taken.
     */
    static String name(String wanted, Set<String> taken) {
        StringBuilder name = new StringBuilder();
        for (char c : wanted.toCharArray()) {
            boolean ascii = c < 128 && (Character.isLetterOrDigit(c) || c == '_' || c == '.');
            name.append(ascii ? c : '_');
        }
        if (name.isEmpty() || !(name.charAt(0) < 128 && Character.isLetter(name.charAt(0)))) {
            name.insert(0, 'V');
        }
        if (name.charAt(name.length() - 1) == '.' || RESERVED.contains(name.toString().toUpperCase(Locale.ROOT))) {
            name.append('_');
        }
        String base = name.length() > MAX_NAME ? name.substring(0, MAX_NAME - 1) + "_" : name.toString();
        String candidate = base;
        for (int n = 2; !taken.add(candidate.toUpperCase(Locale.ROOT)); n++) {
            String suffix = "_" + n;
            candidate = (base.length() + suffix.length() > MAX_NAME ? base.substring(0, MAX_NAME - suffix.length())
                    : base) + suffix;
        }
        return candidate;
    }

    /** {@code text} cut to at most {@code bytes} bytes of UTF-8, never inside a character. */
    static String cut(String text, int bytes) {
        if (text.getBytes(StandardCharsets.UTF_8).length <= bytes) {
            return text;
        }
        int used = 0;
        int end = 0;
        while (end < text.length()) {
            int next = text.offsetByCodePoints(end, 1);
            int size = text.substring(end, next).getBytes(StandardCharsets.UTF_8).length;
            if (used + size > bytes) {
                break;
            }
            used += size;
            end = next;
        }
        return text.substring(0, end);
    }
}
