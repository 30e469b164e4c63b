package org.leerwerkplek.analysis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.leerwerkplek.surveys.definition.model.Relevance;
import org.leerwerkplek.surveys.definition.model.AnswerValue;
import org.leerwerkplek.surveys.definition.model.Answers;
import org.leerwerkplek.surveys.definition.model.Instrument;
import org.leerwerkplek.surveys.definition.model.LocalizedText;
import org.leerwerkplek.surveys.definition.model.Option;
import org.leerwerkplek.surveys.definition.model.Question;
import org.leerwerkplek.surveys.definition.model.QuestionType;
import org.leerwerkplek.surveys.definition.model.Scale;

/**
 * The submitted responses to one instrument as columns of small integers, built in one pass and
 * then read by every table: a closed variable per respondent holds the index of its category,
 * {@link #MISSING} when the question was shown but not answered, or {@link #NOT_SHOWN} when
 * relevance hid it (such a respondent is in no base).
 *
 * <p>Variables, named by code: a {@code single}, {@code yesno} or {@code likert} question
 * ({@code Q02_GROOTTE}); an item of a Likert matrix ({@code Q15_KNELPUNTEN.K01}); an option of a
 * {@code multiple} question as chosen (1, labelled with the option) or not (0) ({@code Q20_ONDERSTEUNING.PROEF_KANDIDAAT});
 * the option ranked first of a {@code ranking}; a {@code number} question over its distinct values
 * (at most {@link #MAX_NUMBER_VALUES}). Texts and dates are no variables. Categories come from the
 * definition the table is built for; responses given under another version count for a variable
 * only when their version has the same question with the same type, and an answer code that this
 * definition does not know counts as missing.
 */
public final class ResponseTable {

    public static final int NOT_SHOWN = -2;
    public static final int MISSING = -1;
    public static final int MAX_NUMBER_VALUES = 40;

    /** One category of a variable. */
    public record Level(String code, LocalizedText label) {
    }

    /** What a variable is made from. */
    public enum Kind { CHOICE, SCALE, ITEM, OPTION, FIRST_RANKED, NUMBER }

    /** A closed variable: its categories and, per respondent, the category index. */
    public static final class Variable {

        private final String code;
        private final Question question;
        private final Kind kind;
        private List<Level> levels;
        private int[] values;

        Variable(String code, Question question, Kind kind, List<Level> levels, int capacity) {
            this.code = code;
            this.question = question;
            this.kind = kind;
            this.levels = new ArrayList<>(levels);
            this.values = new int[capacity];
        }

        public String code() {
            return code;
        }

        public Question question() {
            return question;
        }

        public Kind kind() {
            return kind;
        }

        public List<Level> levels() {
            return List.copyOf(levels);
        }

        /** The category index of respondent {@code row}, or {@link #MISSING} / {@link #NOT_SHOWN}. */
        public int value(int row) {
            return values[row];
        }

        /** For a scale: the 1-based point of category {@code index}; 0 for a "don't know" category. */
        public int point(int index) {
            try {
                return Integer.parseInt(levels.get(index).code());
            } catch (NumberFormatException e) {
                return 0;
            }
        }

        void set(int row, int value) {
            if (row == values.length) {
                values = Arrays.copyOf(values, Math.max(16, values.length * 2));
            }
            values[row] = value;
        }
    }

    private final Instrument definition;
    private final Map<String, Variable> variables;
    private Map<String, List<Variable>> byQuestion;
    private boolean[] demo = new boolean[16];
    private long[] ids = new long[16];
    private final SortedMap<Integer, Integer> versionsRead = new TreeMap<>(Comparator.reverseOrder());
    private final SortedMap<Integer, LeftOut> leftOut = new TreeMap<>(Comparator.reverseOrder());
    private final Map<String, Optional<VersionAgreement.Disagreement>> agreement = new HashMap<>();
    private int size;

    private ResponseTable(Instrument definition, Map<String, Variable> variables) {
        this.definition = definition;
        this.variables = variables;
    }

    /** An empty table of {@code definition}'s closed variables. */
    public static ResponseTable of(Instrument definition, int capacity) {
        Map<String, Variable> variables = new LinkedHashMap<>();
        for (Question q : definition.questions()) {
            switch (q.type()) {
                case SINGLE, YESNO -> variables.put(q.code(), new Variable(q.code(), q, Kind.CHOICE,
                        levels(q.choices().all()), capacity));
                case LIKERT -> variables.put(q.code(), new Variable(q.code(), q, Kind.SCALE, scaleLevels(q), capacity));
                case LIKERT_MATRIX -> q.items().forEach(item -> variables.put(q.code() + "." + item.code(),
                        new Variable(q.code() + "." + item.code(), q, Kind.ITEM, scaleLevels(q), capacity)));
                case MULTIPLE -> q.choices().all().forEach(o -> variables.put(q.code() + "." + o.code(),
                        new Variable(q.code() + "." + o.code(), q, Kind.OPTION, List.of(
                                new Level("0", LocalizedText.of("niet gekozen", "pas choisi")),
                                new Level("1", o.label())), capacity)));
                case RANKING -> variables.put(q.code(), new Variable(q.code(), q, Kind.FIRST_RANKED,
                        levels(q.choices().all()), capacity));
                case NUMBER -> variables.put(q.code(), new Variable(q.code(), q, Kind.NUMBER, List.of(), capacity));
                default -> {
                    // texts and dates are not analysed as categories
                }
            }
        }
        return new ResponseTable(definition, variables);
    }

    private static List<Level> levels(List<Option> options) {
        return options.stream().map(o -> new Level(o.code(), o.label())).toList();
    }

    private static List<Level> scaleLevels(Question question) {
        Scale scale = question.scale().orElseThrow();
        List<Level> levels = new ArrayList<>();
        scale.points().forEach(p -> levels.add(new Level(p.code(), p.label())));
        scale.na().ifPresent(na -> levels.add(new Level(na.code(), na.label())));
        return levels;
    }

    /** Adds one respondent who answered under {@code given} (this table's definition or another version of it). */
    public void add(Instrument given, Map<String, AnswerValue> answers) {
        add(given, answers, false);
    }

    /** Adds one respondent, marked as synthetic demo data when {@code synthetic}. */
    public void add(Instrument given, Map<String, AnswerValue> answers, boolean synthetic) {
        add(0, given, answers, synthetic);
    }

    /** Adds the respondent of stored response {@code id}, marked as synthetic demo data when {@code synthetic}. */
    public void add(long id, Instrument given, Map<String, AnswerValue> answers, boolean synthetic) {
        Relevance relevance = Relevance.of(given, Answers.of(answers));
        int row = size++;
        if (row == demo.length) {
            demo = Arrays.copyOf(demo, demo.length * 2);
            ids = Arrays.copyOf(ids, ids.length * 2);
        }
        demo[row] = synthetic;
        ids[row] = id;
        versionsRead.merge(given.version(), 1, Integer::sum);
        for (Map.Entry<String, List<Variable>> entry : byQuestion().entrySet()) {
            Question asked = entry.getValue().get(0).question;
            boolean there = given == definition || given.question(asked.code())
                    .filter(q -> q.type() == asked.type()).isPresent();
            if (!there || !relevance.isShown(asked.code())) {
                entry.getValue().forEach(v -> v.set(row, NOT_SHOWN));
                continue;
            }
            AnswerValue answer = answers.get(asked.code());
            if (answer == null || answer.isEmpty()) {
                entry.getValue().forEach(v -> v.set(row, MISSING));
                continue;
            }
            Set<String> offered = asked.type() == QuestionType.MULTIPLE ? offered(relevance, asked) : Set.of();
            for (Variable variable : entry.getValue()) {
                variable.set(row, valueOf(variable, answer, offered));
            }
        }
    }

    private Map<String, List<Variable>> byQuestion() {
        if (byQuestion == null) {
            byQuestion = new LinkedHashMap<>();
            variables.values().forEach(v -> byQuestion.computeIfAbsent(v.question.code(), c -> new ArrayList<>()).add(v));
        }
        return byQuestion;
    }

    private static Set<String> offered(Relevance relevance, Question question) {
        Set<String> codes = new HashSet<>();
        relevance.shownOptions(question.code()).forEach(o -> codes.add(o.code()));
        return codes;
    }

    private static int valueOf(Variable variable, AnswerValue answer, Set<String> offered) {
        String code = variable.code;
        switch (variable.kind) {
            case CHOICE:
                return index(variable, ((AnswerValue.Single) answer).code());
            case SCALE:
                return index(variable, ((AnswerValue.Likert) answer).code());
            case ITEM:
                return ((AnswerValue.Matrix) answer).item(code.substring(code.indexOf('.') + 1))
                        .map(c -> index(variable, c)).orElse(MISSING);
            case OPTION: {
                String option = code.substring(code.indexOf('.') + 1);
                if (!offered.contains(option)) {
                    return NOT_SHOWN;
                }
                return ((AnswerValue.Multiple) answer).codes().contains(option) ? 1 : 0;
            }
            case FIRST_RANKED: {
                List<String> order = ((AnswerValue.Ranking) answer).order();
                return order.isEmpty() ? MISSING : index(variable, order.get(0));
            }
            case NUMBER: {
                String value = ((AnswerValue.Numeric) answer).value().stripTrailingZeros().toPlainString();
                int known = index(variable, value);
                if (known == MISSING && variable.levels.size() <= MAX_NUMBER_VALUES) {
                    variable.levels.add(new Level(value, LocalizedText.dutch(value)));
                    return variable.levels.size() - 1;
                }
                return known;
            }
            default:
                throw new IllegalStateException("no variable kind " + variable.kind);
        }
    }

    private static int index(Variable variable, String code) {
        List<Level> levels = variable.levels;
        for (int i = 0; i < levels.size(); i++) {
            if (levels.get(i).code().equals(code)) {
                return i;
            }
        }
        return MISSING;
    }

    public Instrument definition() {
        return definition;
    }

    /** Whether respondent {@code row} is synthetic demo data. */
    public boolean isDemo(int row) {
        return demo[row];
    }

    /** The responses of one version left out of the table, and why. */
    public record LeftOut(VersionAgreement.Disagreement reason, int responses) {
    }

    /**
     * Adds the respondent of stored response {@code id} when the version it answered under agrees
     * with the table's definition ({@link VersionAgreement}); otherwise counts it as left out, with
     * the reason.
     *
     * @return whether the respondent was added
     */
    public boolean addIfAgreeing(long id, Instrument given, Map<String, AnswerValue> answers, boolean synthetic) {
        Optional<VersionAgreement.Disagreement> disagreement = agreement.computeIfAbsent(given.contentHash(),
                hash -> VersionAgreement.between(definition, given));
        if (disagreement.isPresent()) {
            leftOut.merge(given.version(), new LeftOut(disagreement.get(), 1),
                    (known, one) -> new LeftOut(known.reason(), known.responses() + 1));
            return false;
        }
        add(id, given, answers, synthetic);
        return true;
    }

    /** The versions whose respondents are in the table, newest first, with how many each. */
    public SortedMap<Integer, Integer> versionsRead() {
        return Collections.unmodifiableSortedMap(versionsRead);
    }

    /** The versions whose respondents were left out, newest first. */
    public SortedMap<Integer, LeftOut> leftOut() {
        return Collections.unmodifiableSortedMap(leftOut);
    }

    /** The id of the stored response of respondent {@code row} (0 when added without one). */
    public long responseId(int row) {
        return ids[row];
    }

    /** How many respondents the table holds. */
    public int size() {
        return size;
    }

    public Optional<Variable> variable(String code) {
        return Optional.ofNullable(variables.get(code));
    }

    public List<Variable> variables() {
        return List.copyOf(variables.values());
    }

    /**
     * Ends the pass: the values of each number question are put in numeric order, and a number
     * question with more than {@link #MAX_NUMBER_VALUES} distinct values is dropped (it is no
     * closed variable).
     */
    public ResponseTable finish() {
        variables.values().removeIf(v -> v.kind == Kind.NUMBER && (v.levels.isEmpty()
                || v.levels.size() > MAX_NUMBER_VALUES));
        byQuestion = null;
        for (Variable variable : variables.values()) {
            if (variable.kind == Kind.NUMBER) {
                List<Level> sorted = new ArrayList<>(variable.levels);
                sorted.sort(Comparator.comparing(l -> new BigDecimal(l.code())));
                int[] newIndex = new int[sorted.size()];
                for (int i = 0; i < variable.levels.size(); i++) {
                    newIndex[i] = sorted.indexOf(variable.levels.get(i));
                }
                for (int row = 0; row < size; row++) {
                    int v = variable.values[row];
                    if (v >= 0) {
                        variable.values[row] = newIndex[v];
                    }
                }
                variable.levels = sorted;
            }
        }
        return this;
    }
}
