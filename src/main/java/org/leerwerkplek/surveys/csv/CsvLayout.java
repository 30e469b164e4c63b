package org.leerwerkplek.surveys.csv;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.leerwerkplek.surveys.definition.model.Instrument;
import org.leerwerkplek.surveys.definition.model.Option;
import org.leerwerkplek.surveys.definition.model.Question;

/**
 * The columns of the response CSV of one instrument version, in a fixed order.
 *
 * <p>First the response columns {@code response_id}, {@code version}, {@code status},
 * {@code channel}, {@code submitted_at}; then, per question in instrument order:
 * <table>
 *   <caption>Answer columns per question type</caption>
 *   <tr><th>type</th><th>columns</th><th>value</th></tr>
 *   <tr><td>{@code single}, {@code yesno}</td><td>{@code CODE}</td><td>option code</td></tr>
 *   <tr><td>{@code multiple}</td><td>{@code CODE.OPTION} per option, {@code other} and {@code none} included</td>
 *       <td>{@code 1} chosen, {@code 0} not chosen</td></tr>
 *   <tr><td>{@code ranking}</td><td>{@code CODE.OPTION} per option</td><td>rank, 1 = first; empty = not ranked</td></tr>
 *   <tr><td>{@code likert}</td><td>{@code CODE}</td><td>point or {@code na} code</td></tr>
 *   <tr><td>{@code likert-matrix}</td><td>{@code CODE.ITEM} per item</td><td>point or {@code na} code</td></tr>
 *   <tr><td>{@code number}</td><td>{@code CODE}</td><td>decimal with a dot</td></tr>
 *   <tr><td>{@code text}, {@code longtext}</td><td>{@code CODE}</td><td>the text</td></tr>
 *   <tr><td>{@code date}</td><td>{@code CODE}</td><td>{@code YYYY-MM-DD}</td></tr>
 * </table>
 * A {@code single} or {@code multiple} question with an {@code other} option has one more column
 * right after its own, {@code CODE#OTHER}, with the "namely" text. An empty cell means "not
 * answered". The separators {@code .} and {@code #} cannot occur in a data code
 * ({@code [A-Z][A-Z0-9_]*}), so no column name can collide with another; {@code #OTHER} is also the
 * item under which the stored answer keeps that text ({@code AnswerRows.OTHER_TEXT}).
 */
public final class CsvLayout {

    public static final String RESPONSE_ID = "response_id";
    public static final String VERSION = "version";
    public static final String STATUS = "status";
    public static final String CHANNEL = "channel";
    public static final String SUBMITTED_AT = "submitted_at";
    /** Between a question code and an option or item code: {@code Q03_ACTIVITEITEN.RUWBOUW}. */
    public static final String PART_SEPARATOR = ".";
    /** After a question code, for the column with the "other, namely" text: {@code Q03_ACTIVITEITEN#OTHER}. */
    public static final String OTHER_TEXT_SUFFIX = "#OTHER";

    private final Instrument instrument;
    private final List<CsvColumn> columns;
    private final Map<String, Integer> indexes;
    private final Map<String, List<CsvColumn>> byQuestion;

    private CsvLayout(Instrument instrument, List<CsvColumn> columns) {
        this.instrument = instrument;
        this.columns = List.copyOf(columns);
        Map<String, Integer> indexes = new HashMap<>();
        Map<String, List<CsvColumn>> byQuestion = new LinkedHashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            CsvColumn column = columns.get(i);
            if (indexes.put(column.name(), i) != null) {
                throw new IllegalStateException("two columns named " + column.name());
            }
            column.question().ifPresent(q -> byQuestion.computeIfAbsent(q.code(), c -> new ArrayList<>()).add(column));
        }
        byQuestion.replaceAll((code, list) -> List.copyOf(list));
        this.indexes = Collections.unmodifiableMap(indexes);
        this.byQuestion = Collections.unmodifiableMap(byQuestion);
    }

    /** The layout of {@code instrument} (its version is the one in the {@code version} column). */
    public static CsvLayout of(Instrument instrument) {
        Objects.requireNonNull(instrument, "instrument");
        List<CsvColumn> columns = new ArrayList<>();
        columns.add(CsvColumn.response(RESPONSE_ID, CsvColumn.Kind.RESPONSE_ID));
        columns.add(CsvColumn.response(VERSION, CsvColumn.Kind.VERSION));
        columns.add(CsvColumn.response(STATUS, CsvColumn.Kind.STATUS));
        columns.add(CsvColumn.response(CHANNEL, CsvColumn.Kind.CHANNEL));
        columns.add(CsvColumn.response(SUBMITTED_AT, CsvColumn.Kind.SUBMITTED_AT));
        for (Question question : instrument.questions()) {
            columns.addAll(columnsFor(question));
        }
        return new CsvLayout(instrument, columns);
    }

    private static List<CsvColumn> columnsFor(Question question) {
        List<CsvColumn> columns = new ArrayList<>();
        switch (question.type()) {
            case SINGLE, YESNO, LIKERT, NUMBER, TEXT, LONGTEXT, DATE -> columns.add(CsvColumn.answer(question));
            case MULTIPLE -> question.choices().all().forEach(o -> columns.add(part(question, CsvColumn.Kind.CHOSEN, o)));
            case RANKING -> question.choices().all().forEach(o -> columns.add(part(question, CsvColumn.Kind.RANK, o)));
            case LIKERT_MATRIX -> question.items().forEach(i -> columns.add(part(question, CsvColumn.Kind.ITEM, i)));
        }
        question.choices().other().ifPresent(other -> columns.add(CsvColumn.part(
                question.code() + OTHER_TEXT_SUFFIX, CsvColumn.Kind.OTHER_TEXT, question, other)));
        return columns;
    }

    private static CsvColumn part(Question question, CsvColumn.Kind kind, Option part) {
        return CsvColumn.part(question.code() + PART_SEPARATOR + part.code(), kind, question, part);
    }

    public Instrument instrument() {
        return instrument;
    }

    /** All columns in order. */
    public List<CsvColumn> columns() {
        return columns;
    }

    /** The column names in order: the header line. */
    public List<String> names() {
        return columns.stream().map(CsvColumn::name).toList();
    }

    public int size() {
        return columns.size();
    }

    /** The position (0-based) of the column named {@code name}; empty when there is none. */
    public OptionalInt indexOf(String name) {
        Integer index = indexes.get(name);
        return index == null ? OptionalInt.empty() : OptionalInt.of(index);
    }

    public Optional<CsvColumn> column(String name) {
        Integer index = indexes.get(name);
        return index == null ? Optional.empty() : Optional.of(columns.get(index));
    }

    /** The columns of one question, in order; empty for an unknown code. */
    public List<CsvColumn> columnsOf(String questionCode) {
        return byQuestion.getOrDefault(questionCode, List.of());
    }
}
