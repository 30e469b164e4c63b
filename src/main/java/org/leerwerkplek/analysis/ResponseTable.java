package org.leerwerkplek.analysis;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
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
import java.util.concurrent.ConcurrentHashMap;
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

    /**
     * A closed variable: its categories and, per respondent, the category index. A number
     * question also keeps every distinct value given (with how many respondents gave it), so that
     * its categories stay exact when respondents are added or removed one by one.
     */
    public static final class Variable {

        private final String code;
        private final Question question;
        private final Kind kind;
        private List<Level> levels;
        private int[] values;
        /** NUMBER: the distinct values given, in the order first seen, and their positions. */
        private List<String> given;
        private Map<String, Integer> givenIndex;
        /** NUMBER: how many rows hold each given value. */
        private int[] givenCounts;
        /** NUMBER: per row the index into {@link #given}, or MISSING / NOT_SHOWN. */
        private int[] raw;
        /** The item or option code after the question's code (ITEM, OPTION); the index of each category's code. */
        private final String part;
        private final Map<String, Integer> levelIndex;

        Variable(String code, Question question, Kind kind, List<Level> levels, int capacity) {
            this.code = code;
            this.question = question;
            this.kind = kind;
            this.levels = new ArrayList<>(levels);
            this.values = new int[Math.max(16, capacity)];
            this.part = code.substring(code.indexOf('.') + 1);
            this.levelIndex = new HashMap<>();
            for (int i = levels.size() - 1; i >= 0; i--) {
                levelIndex.put(levels.get(i).code(), i);
            }
            if (kind == Kind.NUMBER) {
                this.given = new ArrayList<>();
                this.givenIndex = new HashMap<>();
                this.givenCounts = new int[16];
                this.raw = new int[Math.max(16, capacity)];
            }
        }

        /**
         * A copy of {@code other} with room for {@code capacity} rows; with {@code share}, a category
         * column keeps {@code other}'s array when it has room (rows are only added after the rows
         * {@code other} counts, which it never reads). A number's column is always copied: its
         * categories, and so every row's value, can change.
         */
        Variable(Variable other, int needed, int capacity, boolean share) {
            this.code = other.code;
            this.question = other.question;
            this.kind = other.kind;
            this.levels = new ArrayList<>(other.levels);
            this.values = share && kind != Kind.NUMBER && needed <= other.values.length ? other.values
                    : Arrays.copyOf(other.values, Math.max(capacity, other.values.length));
            this.part = other.part;
            this.levelIndex = other.levelIndex;
            if (kind == Kind.NUMBER) {
                this.given = new ArrayList<>(other.given);
                this.givenIndex = new HashMap<>(other.givenIndex);
                this.givenCounts = other.givenCounts.clone();
                this.raw = Arrays.copyOf(other.raw, values.length);
            }
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

        /** Makes room for a row at {@code row} (the rows from there move one on), for {@code size} rows in use. */
        void open(int row, int size) {
            if (size == values.length) {
                values = Arrays.copyOf(values, values.length * 2);
                if (raw != null) {
                    raw = Arrays.copyOf(raw, raw.length * 2);
                }
            }
            System.arraycopy(values, row, values, row + 1, size - row);
            if (raw != null) {
                System.arraycopy(raw, row, raw, row + 1, size - row);
            }
        }

        /** Takes row {@code row} out (the rows after it move one back), of {@code size} rows in use. */
        void close(int row, int size) {
            if (raw != null && raw[row] >= 0) {
                givenCounts[raw[row]]--;
            }
            System.arraycopy(values, row + 1, values, row, size - row - 1);
            if (raw != null) {
                System.arraycopy(raw, row + 1, raw, row, size - row - 1);
            }
        }

        /** Sets row {@code row} to a prepared value: a category index, or for a number its text. */
        void set(int row, int value, String number) {
            if (kind != Kind.NUMBER) {
                values[row] = value;
                return;
            }
            if (number == null) {
                raw[row] = value;
                return;
            }
            Integer known = givenIndex.get(number);
            if (known == null) {
                known = given.size();
                given.add(number);
                givenIndex.put(number, known);
                if (known == givenCounts.length) {
                    givenCounts = Arrays.copyOf(givenCounts, givenCounts.length * 2);
                }
            }
            givenCounts[known]++;
            raw[row] = known;
        }

        /** Puts the rows in {@code order} (row i takes what row order[i] held). */
        void reorder(int[] order, int size) {
            values = reordered(values, order, size);
            if (raw != null) {
                raw = reordered(raw, order, size);
            }
        }

        private static int[] reordered(int[] column, int[] order, int size) {
            int[] sorted = new int[column.length];
            for (int i = 0; i < size; i++) {
                sorted[i] = column[order[i]];
            }
            return sorted;
        }

        /**
         * NUMBER: its categories are the values some row holds, in numeric order, and each row's
         * value their index; false (no closed variable) when no row or more than
         * {@link #MAX_NUMBER_VALUES} distinct values.
         */
        boolean categorise(int size) {
            List<Integer> held = new ArrayList<>();
            for (int i = 0; i < given.size(); i++) {
                if (givenCounts[i] > 0) {
                    held.add(i);
                }
            }
            if (held.isEmpty() || held.size() > MAX_NUMBER_VALUES) {
                levels = new ArrayList<>();
                return false;
            }
            held.sort(Comparator.comparing(i -> new BigDecimal(given.get(i))));
            int[] category = new int[given.size()];
            List<Level> sorted = new ArrayList<>(held.size());
            for (int i = 0; i < held.size(); i++) {
                String value = given.get(held.get(i));
                category[held.get(i)] = i;
                sorted.add(new Level(value, LocalizedText.dutch(value)));
            }
            for (int row = 0; row < size; row++) {
                int v = raw[row];
                values[row] = v >= 0 ? category[v] : v;
            }
            levels = sorted;
            return true;
        }
    }

    /**
     * One respondent worked out and ready to be put in a table ({@link #prepare}): which version
     * it answered under, and either why that version is left out or its value per variable.
     */
    public static final class Prepared {

        private final long id;
        private final int version;
        private final boolean demo;
        private final VersionAgreement.Disagreement leftOut;
        private final int[] values;
        private final String[] numbers;

        private Prepared(long id, int version, boolean demo, VersionAgreement.Disagreement leftOut, int[] values,
                         String[] numbers) {
            this.id = id;
            this.version = version;
            this.demo = demo;
            this.leftOut = leftOut;
            this.values = values;
            this.numbers = numbers;
        }

        public long id() {
            return id;
        }

        /** The same respondent as stored response {@code stored} (worked out before it had an id). */
        Prepared withId(long stored) {
            return new Prepared(stored, version, demo, leftOut, values, numbers);
        }
    }

    /** A respondent changed since a table was read: as it is now, or empty when it no longer counts. */
    public record Change(long id, Optional<Prepared> now) {
    }

    private final Instrument definition;
    /** Every variable in the definition's order; {@link #variables} are those that are closed variables now. */
    private final List<Variable> all;
    private final Map<String, Variable> variables = new LinkedHashMap<>();
    /** The variables per question, in the definition's order (of all). */
    private final List<List<Variable>> byQuestion;
    /** Per entry of {@link #byQuestion}: of a multiple question, each option's offset in its group; else null. */
    private final List<Map<String, Integer>> optionOffsets;
    private boolean[] demo;
    private long[] ids;
    private int[] versions;
    private final SortedMap<Integer, Integer> versionsRead;
    private final SortedMap<Integer, LeftOut> leftOut;
    /** The responses left out, with the version each answered under. */
    private final Map<Long, Integer> leftOutIds;
    private final Map<String, Optional<VersionAgreement.Disagreement>> agreement;
    /** Whether a table that shares this one's arrays was made from it (only one may write after its rows). */
    private final java.util.concurrent.atomic.AtomicBoolean extended = new java.util.concurrent.atomic.AtomicBoolean();
    /** Per other version (by content hash), which of this table's questions it asks: see {@link #asks}. */
    private final Map<String, boolean[]> asked = new ConcurrentHashMap<>();
    private int size;
    /** Per row whether it is a partial response; null in a table of submitted responses only. */
    private boolean[] partial;
    /** Whether the rows are in the order of response ids (after {@link #finish()}). */
    private boolean finished;

    private ResponseTable(Instrument definition, List<Variable> all, int capacity) {
        this.definition = definition;
        this.all = all;
        Map<String, List<Variable>> grouped = new LinkedHashMap<>();
        all.forEach(v -> grouped.computeIfAbsent(v.question.code(), c -> new ArrayList<>()).add(v));
        this.byQuestion = List.copyOf(grouped.values());
        this.optionOffsets = optionOffsets(byQuestion);
        this.demo = new boolean[Math.max(16, capacity)];
        this.ids = new long[Math.max(16, capacity)];
        this.versions = new int[Math.max(16, capacity)];
        this.versionsRead = new TreeMap<>(Comparator.reverseOrder());
        this.leftOut = new TreeMap<>(Comparator.reverseOrder());
        this.leftOutIds = new HashMap<>();
        this.agreement = new ConcurrentHashMap<>();
        all.forEach(v -> variables.put(v.code, v));
    }

    /**
     * A copy of {@code other} with room for {@code extra} more rows; with {@code share}, for rows that
     * are only added after {@code other}'s, the arrays that have room are shared instead of copied.
     */
    private ResponseTable(ResponseTable other, int extra, boolean share) {
        this.definition = other.definition;
        int needed = other.size + extra;
        int capacity = other.size + Math.max(extra, Math.max(16, other.size / 8));
        this.all = other.all.stream().map(v -> new Variable(v, needed, capacity, share)).toList();
        Map<String, List<Variable>> grouped = new LinkedHashMap<>();
        all.forEach(v -> grouped.computeIfAbsent(v.question.code(), c -> new ArrayList<>()).add(v));
        this.byQuestion = List.copyOf(grouped.values());
        this.optionOffsets = optionOffsets(byQuestion);
        boolean room = share && needed <= other.ids.length;
        this.demo = room ? other.demo : Arrays.copyOf(other.demo, Math.max(capacity, other.demo.length));
        this.ids = room ? other.ids : Arrays.copyOf(other.ids, Math.max(capacity, other.ids.length));
        this.versions = room ? other.versions : Arrays.copyOf(other.versions, Math.max(capacity, other.versions.length));
        this.versionsRead = new TreeMap<>(other.versionsRead);
        this.leftOut = new TreeMap<>(other.leftOut);
        this.leftOutIds = new HashMap<>(other.leftOutIds);
        this.agreement = new ConcurrentHashMap<>(other.agreement);
        this.size = other.size;
        all.forEach(v -> variables.put(v.code, v));
    }

    /** An empty table of {@code definition}'s closed variables. */
    public static ResponseTable of(Instrument definition, int capacity) {
        List<Variable> variables = new ArrayList<>();
        for (Question q : definition.questions()) {
            switch (q.type()) {
                case SINGLE, YESNO -> variables.add(new Variable(q.code(), q, Kind.CHOICE,
                        levels(q.choices().all()), capacity));
                case LIKERT -> variables.add(new Variable(q.code(), q, Kind.SCALE, scaleLevels(q), capacity));
                case LIKERT_MATRIX -> q.items().forEach(item -> variables.add(
                        new Variable(q.code() + "." + item.code(), q, Kind.ITEM, scaleLevels(q), capacity)));
                case MULTIPLE -> q.choices().all().forEach(o -> variables.add(
                        new Variable(q.code() + "." + o.code(), q, Kind.OPTION, List.of(
                                new Level("0", LocalizedText.of("niet gekozen", "pas choisi")),
                                new Level("1", o.label())), capacity)));
                case RANKING -> variables.add(new Variable(q.code(), q, Kind.FIRST_RANKED,
                        levels(q.choices().all()), capacity));
                case NUMBER -> variables.add(new Variable(q.code(), q, Kind.NUMBER, List.of(), capacity));
                default -> {
                    // texts and dates are not analysed as categories
                }
            }
        }
        return new ResponseTable(definition, variables, capacity);
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
        add(values(id, given, answers, synthetic, null, null));
    }

    /**
     * Works out one respondent for this table: whether the version it answered under agrees with
     * the table's definition ({@link VersionAgreement}), and if so its value per variable (relevance
     * included). Changes nothing, so respondents can be prepared on several threads at once and
     * then added one at a time with {@link #add(Prepared)}.
     */
    public Prepared prepare(long id, Instrument given, Map<String, AnswerValue> answers, boolean synthetic) {
        return prepare(id, given, answers, synthetic, null);
    }

    /**
     * As {@link #prepare(long, Instrument, Map, boolean)}, with what {@code given} shows for these
     * answers when the caller has decided it already ({@code known}: {@code Relevance.of(given,
     * answers)}, as an import's check does); decided here when null or of another instrument.
     */
    public Prepared prepare(long id, Instrument given, Map<String, AnswerValue> answers, boolean synthetic,
                            Relevance known) {
        Optional<VersionAgreement.Disagreement> disagreement = agreement.computeIfAbsent(given.contentHash(),
                hash -> VersionAgreement.between(definition, given));
        return values(id, given, answers, synthetic, disagreement.orElse(null), known);
    }

    private Prepared values(long id, Instrument given, Map<String, AnswerValue> answers, boolean synthetic,
                            VersionAgreement.Disagreement disagreement, Relevance known) {
        if (disagreement != null) {
            return new Prepared(id, given.version(), synthetic, disagreement, null, null);
        }
        Relevance relevance = known != null && known.instrument() == given ? known
                : Relevance.of(given, Answers.of(answers));
        boolean[] asks = given == definition ? null : asked.computeIfAbsent(given.contentHash(), hash -> asks(given));
        int[] values = new int[all.size()];
        String[] numbers = null;
        int at = 0;
        for (int g = 0; g < byQuestion.size(); g++) {
            List<Variable> group = byQuestion.get(g);
            Question asked = group.get(0).question;
            boolean there = asks == null || asks[g];
            if (!there || !relevance.isShown(asked.code())) {
                for (int i = 0; i < group.size(); i++) {
                    values[at++] = NOT_SHOWN;
                }
                continue;
            }
            AnswerValue answer = answers.get(asked.code());
            if (answer == null || answer.isEmpty()) {
                for (int i = 0; i < group.size(); i++) {
                    values[at++] = MISSING;
                }
                continue;
            }
            // a question of this very definition without filterOptionsBy offers all its options, which are
            // its OPTION variables: no set of them per respondent (null: all offered)
            Set<String> offered = asked.type() != QuestionType.MULTIPLE ? Set.of()
                    : given == definition && asked.choices().filterOptionsBy().isEmpty() ? null
                    : offered(relevance, asked);
            if (offered == null) {
                // every option offered: 1 for each chosen one, 0 for the others (what valueOf gives each OPTION),
                // found through the group's offsets instead of a look-up in the chosen list per option
                Map<String, Integer> offsets = optionOffsets.get(g);
                Arrays.fill(values, at, at + group.size(), 0);
                for (String code : ((AnswerValue.Multiple) answer).codes()) {
                    Integer offset = offsets.get(code);
                    if (offset != null) {
                        values[at + offset] = 1;
                    }
                }
                at += group.size();
                continue;
            }
            for (Variable variable : group) {
                if (variable.kind == Kind.NUMBER) {
                    if (numbers == null) {
                        numbers = new String[all.size()];
                    }
                    numbers[at++] = ((AnswerValue.Numeric) answer).value().stripTrailingZeros().toPlainString();
                } else {
                    values[at++] = valueOf(variable, answer, offered);
                }
            }
        }
        return new Prepared(id, given.version(), synthetic, null, values, numbers);
    }

    private static List<Map<String, Integer>> optionOffsets(List<List<Variable>> byQuestion) {
        List<Map<String, Integer>> offsets = new ArrayList<>(byQuestion.size());
        for (List<Variable> group : byQuestion) {
            if (group.get(0).question.type() != QuestionType.MULTIPLE) {
                offsets.add(null);
                continue;
            }
            Map<String, Integer> offset = new HashMap<>();
            for (int i = 0; i < group.size(); i++) {
                offset.putIfAbsent(group.get(i).part, i);
            }
            offsets.add(offset);
        }
        return Collections.unmodifiableList(offsets);
    }

    /** Per question of this table, whether {@code given} has it with the same type. */
    private boolean[] asks(Instrument given) {
        Map<String, Question> questions = new HashMap<>();
        given.questions().forEach(q -> questions.put(q.code(), q));
        boolean[] asks = new boolean[byQuestion.size()];
        for (int g = 0; g < asks.length; g++) {
            Question mine = byQuestion.get(g).get(0).question;
            Question theirs = questions.get(mine.code());
            asks[g] = theirs != null && theirs.type() == mine.type();
        }
        return asks;
    }

    /**
     * Adds a prepared respondent: as the last row, or, when the table already holds rows with a
     * higher response id, at its place in the order of response ids. A respondent of a version that
     * does not agree is counted as left out; returns whether it was added.
     */
    public boolean add(Prepared prepared) {
        if (prepared.leftOut != null) {
            leftOut.merge(prepared.version, new LeftOut(prepared.leftOut, 1),
                    (known, one) -> new LeftOut(known.reason(), known.responses() + 1));
            leftOutIds.put(prepared.id, prepared.version);
            return false;
        }
        int row = size;
        if (size == ids.length) {
            demo = Arrays.copyOf(demo, ids.length * 2);
            versions = Arrays.copyOf(versions, ids.length * 2);
            ids = Arrays.copyOf(ids, ids.length * 2);
        }
        if (finished && size > 0 && ids[size - 1] > prepared.id) {
            row = -Arrays.binarySearch(ids, 0, size, prepared.id) - 1;
            System.arraycopy(ids, row, ids, row + 1, size - row);
            System.arraycopy(demo, row, demo, row + 1, size - row);
            System.arraycopy(versions, row, versions, row + 1, size - row);
        }
        for (Variable variable : all) {
            variable.open(row, size);
        }
        size++;
        demo[row] = prepared.demo;
        ids[row] = prepared.id;
        versions[row] = prepared.version;
        versionsRead.merge(prepared.version, 1, Integer::sum);
        int at = 0;
        for (Variable variable : all) {
            variable.set(row, prepared.values[at], prepared.numbers == null ? null : prepared.numbers[at]);
            at++;
        }
        return true;
    }

    /**
     * This table with {@code changes} made (each respondent taken out, then put in again as it is
     * now when it still counts), as a new table: this one is not changed, so whoever counts from it
     * meanwhile keeps counting from the same rows. The result is the table a full read of the
     * changed responses would give.
     */
    public ResponseTable with(List<Change> changes) {
        if (partial != null) {
            throw new IllegalStateException("a table with partial responses is read again, not changed");
        }
        long highest = size == 0 ? Long.MIN_VALUE : ids[size - 1];
        boolean onlyNewer = changes.stream().allMatch(c -> c.now().isPresent() && c.id() > highest
                && !leftOutIds.containsKey(c.id()));
        boolean share = onlyNewer && extended.compareAndSet(false, true);
        ResponseTable changed = new ResponseTable(this, changes.size(), share);
        changed.finished = true;
        for (Change change : changes) {
            changed.remove(change.id());
        }
        for (Change change : changes) {
            change.now().ifPresent(changed::add);
        }
        return changed.finish();
    }

    /**
     * This table of submitted responses with the partial ones ({@code partials}, prepared by this
     * table) added, as a new table that marks their rows ({@link #isPartial}); this one is not
     * changed and shares no array with it. A partial respondent's unanswered questions are
     * {@link #MISSING} (or {@link #NOT_SHOWN}), so it is in the base only of the questions it answered.
     */
    public ResponseTable withPartials(List<Prepared> partials) {
        ResponseTable merged = new ResponseTable(this, partials.size(), false);
        merged.finished = true;
        Set<Long> added = new HashSet<>();
        for (Prepared prepared : partials) {
            boolean known = prepared.id != 0 && (Arrays.binarySearch(ids, 0, size, prepared.id) >= 0
                    || leftOutIds.containsKey(prepared.id));
            if (!known && merged.add(prepared)) {
                added.add(prepared.id);
            }
        }
        merged.finish();
        merged.partial = new boolean[merged.size];
        for (int row = 0; row < merged.size; row++) {
            merged.partial[row] = added.contains(merged.ids[row]);
        }
        return merged;
    }

    /** Whether respondent {@code row} is a partial response (begun, not submitted). */
    public boolean isPartial(int row) {
        return partial != null && partial[row];
    }

    /** Whether the table holds partial responses besides the submitted ones ({@link #withPartials}). */
    public boolean withPartials() {
        return partial != null;
    }

    /** How many of the table's respondents are partial responses. */
    public int partialCount() {
        int count = 0;
        for (int row = 0; partial != null && row < size; row++) {
            count += partial[row] ? 1 : 0;
        }
        return count;
    }

    /** Takes the respondent of stored response {@code id} out, when it is in the table or left out. */
    private void remove(long id) {
        Integer version = leftOutIds.remove(id);
        if (version != null) {
            leftOut.computeIfPresent(version, (v, known) -> known.responses() == 1 ? null
                    : new LeftOut(known.reason(), known.responses() - 1));
            return;
        }
        int row = Arrays.binarySearch(ids, 0, size, id);
        if (row < 0) {
            return;
        }
        versionsRead.computeIfPresent(versions[row], (v, count) -> count == 1 ? null : count - 1);
        for (Variable variable : all) {
            variable.close(row, size);
        }
        System.arraycopy(ids, row + 1, ids, row, size - row - 1);
        System.arraycopy(demo, row + 1, demo, row, size - row - 1);
        System.arraycopy(versions, row + 1, versions, row, size - row - 1);
        size--;
    }

    private static Set<String> offered(Relevance relevance, Question question) {
        Set<String> codes = new HashSet<>();
        relevance.shownOptions(question.code()).forEach(o -> codes.add(o.code()));
        return codes;
    }

    /** @param offered the options shown of a MULTIPLE question; null when all are */
    private static int valueOf(Variable variable, AnswerValue answer, Set<String> offered) {
        switch (variable.kind) {
            case CHOICE:
                return index(variable, ((AnswerValue.Single) answer).code());
            case SCALE:
                return index(variable, ((AnswerValue.Likert) answer).code());
            case ITEM:
                return ((AnswerValue.Matrix) answer).item(variable.part)
                        .map(c -> index(variable, c)).orElse(MISSING);
            case OPTION: {
                String option = variable.part;
                if (offered != null && !offered.contains(option)) {
                    return NOT_SHOWN;
                }
                return ((AnswerValue.Multiple) answer).codes().contains(option) ? 1 : 0;
            }
            case FIRST_RANKED: {
                List<String> order = ((AnswerValue.Ranking) answer).order();
                return order.isEmpty() ? MISSING : index(variable, order.get(0));
            }
            default:
                throw new IllegalStateException("no variable kind " + variable.kind);
        }
    }

    /** The first category with {@code code} (not for NUMBER, whose categories follow the data). */
    private static int index(Variable variable, String code) {
        Integer index = code == null ? null : variable.levelIndex.get(code);
        return index == null ? MISSING : index;
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
        return add(prepare(id, given, answers, synthetic));
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
     * Ends the pass: the rows are put in the order of their response ids (rows added without one
     * keep the order they were added in), the values of each number question are put in numeric
     * order, and a number question with no value or more than {@link #MAX_NUMBER_VALUES} distinct
     * values is left out (it is no closed variable).
     */
    public ResponseTable finish() {
        sortById();
        variables.clear();
        for (Variable variable : all) {
            if (variable.kind != Kind.NUMBER || variable.categorise(size)) {
                variables.put(variable.code, variable);
            }
        }
        finished = true;
        return this;
    }

    private void sortById() {
        boolean sorted = true;
        for (int row = 1; row < size && sorted; row++) {
            sorted = ids[row - 1] <= ids[row];
        }
        if (sorted) {
            return;
        }
        Integer[] boxed = new Integer[size];
        for (int row = 0; row < size; row++) {
            boxed[row] = row;
        }
        Arrays.sort(boxed, Comparator.comparingLong(row -> ids[row]));  // stable
        int[] order = new int[size];
        for (int row = 0; row < size; row++) {
            order[row] = boxed[row];
        }
        for (Variable variable : all) {
            variable.reorder(order, size);
        }
        long[] sortedIds = new long[ids.length];
        boolean[] sortedDemo = new boolean[demo.length];
        int[] sortedVersions = new int[versions.length];
        for (int row = 0; row < size; row++) {
            sortedIds[row] = ids[order[row]];
            sortedDemo[row] = demo[order[row]];
            sortedVersions[row] = versions[order[row]];
        }
        ids = sortedIds;
        demo = sortedDemo;
        versions = sortedVersions;
    }

    // ---- stored columns (ColumnSnapshots) ----

    /** The format {@link #writeTo} writes; a stored table of another format is not read. */
    static final int FORMAT = 1;

    /**
     * Writes the finished table's rows and columns (not the definitions: {@link #readFrom} is given
     * the same one): ids, demo marks, versions, per variable its code and kind and each row's value
     * (a number's given values, their counts and each row's index instead), and the responses left out.
     */
    void writeTo(DataOutputStream out) throws IOException {
        if (!finished) {
            throw new IllegalStateException("only a finished table is written");
        }
        if (partial != null) {
            throw new IllegalStateException("only the submitted responses' columns are stored");
        }
        out.writeInt(FORMAT);
        out.writeInt(size);
        ByteBuffer idBytes = ByteBuffer.allocate(size * Long.BYTES);
        idBytes.asLongBuffer().put(ids, 0, size);
        out.write(idBytes.array());
        byte[] marks = new byte[size];
        for (int row = 0; row < size; row++) {
            marks[row] = demo[row] ? (byte) 1 : 0;
        }
        out.write(marks);
        writeInts(out, versions, size);
        out.writeInt(all.size());
        for (Variable variable : all) {
            out.writeUTF(variable.code);
            out.writeUTF(variable.kind.name());
            if (variable.kind == Kind.NUMBER) {
                out.writeInt(variable.given.size());
                for (String value : variable.given) {
                    out.writeUTF(value);
                }
                writeInts(out, variable.givenCounts, variable.given.size());
                writeInts(out, variable.raw, size);
            } else {
                writeInts(out, variable.values, size);
            }
        }
        out.writeInt(versionsRead.size());
        for (Map.Entry<Integer, Integer> read : versionsRead.entrySet()) {
            out.writeInt(read.getKey());
            out.writeInt(read.getValue());
        }
        out.writeInt(leftOut.size());
        for (Map.Entry<Integer, LeftOut> out1 : leftOut.entrySet()) {
            VersionAgreement.Disagreement reason = out1.getValue().reason();
            out.writeInt(out1.getKey());
            out.writeInt(reason.version());
            writeText(out, reason.question());
            out.writeUTF(reason.conflict().name());
            writeText(out, reason.code());
            out.writeInt(out1.getValue().responses());
        }
        out.writeInt(leftOutIds.size());
        for (Map.Entry<Long, Integer> id : leftOutIds.entrySet()) {
            out.writeLong(id.getKey());
            out.writeInt(id.getValue());
        }
    }

    /**
     * The table {@link #writeTo} wrote, read with {@code definition} (the one it was read with);
     * an IOException when what is stored does not fit it (another format or other variables).
     */
    static ResponseTable readFrom(Instrument definition, DataInputStream in) throws IOException {
        int format = in.readInt();
        if (format != FORMAT) {
            throw new IOException("stored columns of format " + format + ", not " + FORMAT);
        }
        int size = in.readInt();
        if (size < 0) {
            throw new IOException("stored columns of " + size + " rows");
        }
        ResponseTable table = of(definition, size + Math.max(16, size / 8));
        byte[] idBytes = new byte[size * Long.BYTES];
        in.readFully(idBytes);
        ByteBuffer.wrap(idBytes).asLongBuffer().get(table.ids, 0, size);
        byte[] marks = new byte[size];
        in.readFully(marks);
        for (int row = 0; row < size; row++) {
            table.demo[row] = marks[row] != 0;
        }
        readInts(in, table.versions, size);
        int variables = in.readInt();
        if (variables != table.all.size()) {
            throw new IOException("stored columns of " + variables + " variables, not " + table.all.size());
        }
        for (Variable variable : table.all) {
            String code = in.readUTF();
            String kind = in.readUTF();
            if (!code.equals(variable.code) || !kind.equals(variable.kind.name())) {
                throw new IOException("stored variable " + code + " (" + kind + ") where " + variable.code + " is");
            }
            if (variable.kind == Kind.NUMBER) {
                int given = in.readInt();
                for (int i = 0; i < given; i++) {
                    String value = in.readUTF();
                    variable.givenIndex.put(value, variable.given.size());
                    variable.given.add(value);
                }
                variable.givenCounts = new int[Math.max(16, given)];
                readInts(in, variable.givenCounts, given);
                readInts(in, variable.raw, size);
            } else {
                readInts(in, variable.values, size);
            }
        }
        for (int i = in.readInt(); i > 0; i--) {
            table.versionsRead.put(in.readInt(), in.readInt());
        }
        for (int i = in.readInt(); i > 0; i--) {
            int version = in.readInt();
            VersionAgreement.Disagreement reason = new VersionAgreement.Disagreement(in.readInt(), readText(in),
                    VersionAgreement.Conflict.valueOf(in.readUTF()), readText(in));
            table.leftOut.put(version, new LeftOut(reason, in.readInt()));
        }
        for (int i = in.readInt(); i > 0; i--) {
            table.leftOutIds.put(in.readLong(), in.readInt());
        }
        table.size = size;
        return table.finish();
    }

    /** The first {@code count} values: as bytes when they all fit one, else as ints. */
    private static void writeInts(DataOutputStream out, int[] values, int count) throws IOException {
        boolean small = true;
        for (int i = 0; i < count && small; i++) {
            small = values[i] >= Byte.MIN_VALUE && values[i] <= Byte.MAX_VALUE;
        }
        out.writeByte(small ? 1 : Integer.BYTES);
        if (small) {
            byte[] bytes = new byte[count];
            for (int i = 0; i < count; i++) {
                bytes[i] = (byte) values[i];
            }
            out.write(bytes);
        } else {
            ByteBuffer bytes = ByteBuffer.allocate(count * Integer.BYTES);
            bytes.asIntBuffer().put(values, 0, count);
            out.write(bytes.array());
        }
    }

    private static void readInts(DataInputStream in, int[] into, int count) throws IOException {
        int width = in.readByte();
        if (count > into.length) {
            throw new IOException("stored column of " + count + " values where " + into.length + " fit");
        }
        if (width == 1) {
            byte[] bytes = new byte[count];
            in.readFully(bytes);
            for (int i = 0; i < count; i++) {
                into[i] = bytes[i];
            }
        } else if (width == Integer.BYTES) {
            byte[] bytes = new byte[count * Integer.BYTES];
            in.readFully(bytes);
            ByteBuffer.wrap(bytes).asIntBuffer().get(into, 0, count);
        } else {
            throw new IOException("stored column of width " + width);
        }
    }

    private static void writeText(DataOutputStream out, String text) throws IOException {
        out.writeBoolean(text != null);
        if (text != null) {
            out.writeUTF(text);
        }
    }

    private static String readText(DataInputStream in) throws IOException {
        return in.readBoolean() ? in.readUTF() : null;
    }
}
