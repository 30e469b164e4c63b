package org.leerwerkplek.surveys.csv;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.leerwerkplek.platform.tables.Formulas;
import org.leerwerkplek.platform.tables.RecordSink;
import org.leerwerkplek.surveys.definition.model.AnswerValue;
import org.leerwerkplek.surveys.definition.model.Instrument;
import org.leerwerkplek.surveys.definition.model.Language;
import org.leerwerkplek.surveys.definition.model.Option;
import org.leerwerkplek.surveys.definition.model.Question;
import org.leerwerkplek.surveys.definition.model.QuestionType;
import org.leerwerkplek.surveys.definition.model.Scale;

/**
 * Writes the responses of one instrument version as CSV in its {@link CsvLayout}, one record per
 * response, as they come: nothing is kept between records, so memory stays flat however many
 * responses are exported. The header holds the column names (codes) in both modes.
 *
 * <p>Two modes:
 * <ul>
 *   <li><b>codes</b> ({@link #codes}): option, point and {@code na} codes, numbers with a dot,
 *       dates {@code YYYY-MM-DD}, texts as given. This is the data-exchange format: it re-imports
 *       with {@link ResponseCsvReader} into the same answers.</li>
 *   <li><b>labels</b> ({@link #labels}): the option, point and {@code na} labels in one language
 *       instead of their codes; {@code multiple} stays {@code 0}/{@code 1} and {@code ranking} the
 *       rank. For reading in a spreadsheet, not for re-import.</li>
 * </ul>
 * In both modes every text cell that a spreadsheet would run as a formula (it starts with
 * {@code =}, {@code +}, {@code -}, {@code @}, a tab or CR) gets a leading apostrophe
 * ({@link Formulas}), so that opening the file never runs what a respondent typed; the import
 * takes that apostrophe off again. Numbers are numbers and are never changed. {@link #rawText}
 * writes texts exactly as typed, for programs that read the file as data and never a spreadsheet.
 * {@code submitted_at} is written in UTC to the second ({@code 2026-11-22T10:15:30Z}).
 *
 * <p>Every response must be of the writer's instrument version, answer only its questions and
 * hold for each the kind of value its type stores; anything else is a programming error and
 * fails with {@link IllegalArgumentException}.
 */
public final class ResponseCsvWriter {

    /** What an answer cell holds. */
    public enum Values { CODES, LABELS }

    private final CsvLayout layout;
    private final CsvDialect dialect;
    private final Values values;
    private final Language language;
    private final boolean raw;
    /** Per question: the label of each code its answers may hold (options, points, na). */
    private final Map<String, Map<String, String>> labels = new HashMap<>();
    /** Per matrix question: the codes of its items that have a column. */
    private final Map<String, Set<String>> items = new HashMap<>();
    /** A number column after the layout's columns (the weight of a statistics export); null when there is none. */
    private final ExtraColumn extra;
    /** The layout's columns with what writing a cell of each needs, looked up once rather than per response. */
    private final Planned[] plan;

    /**
     * A column as {@link #writeRecord} uses it: its question (null for a response column), the
     * labels of that question's codes, the code of its option or item (null without one), and
     * whether its cells are numbers.
     */
    private record Planned(CsvColumn column, CsvColumn.Kind kind, Question question, Map<String, String> labels,
                           String partCode, boolean number) {
    }

    /** A number column written after the layout's columns: its header and each response's value. */
    public record ExtraColumn(String name, Function<ExportedResponse, String> value) {
        public ExtraColumn {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
        }
    }

    private ResponseCsvWriter(Instrument instrument, CsvDialect dialect, Values values, Language language,
                              boolean raw) {
        this(instrument, dialect, values, language, raw, null);
    }

    private ResponseCsvWriter(Instrument instrument, CsvDialect dialect, Values values, Language language,
                              boolean raw, ExtraColumn extra) {
        this.extra = extra;
        this.layout = CsvLayout.of(instrument);
        this.dialect = Objects.requireNonNull(dialect, "dialect");
        this.values = values;
        this.language = Objects.requireNonNull(language, "language");
        this.raw = raw;
        for (Question question : instrument.questions()) {
            Map<String, String> byCode = new HashMap<>();
            question.choices().all().forEach(o -> byCode.put(o.code(), o.label().in(language)));
            question.scale().ifPresent(s -> addScale(byCode, s));
            labels.put(question.code(), byCode);
            items.put(question.code(), layout.columnsOf(question.code()).stream()
                    .flatMap(c -> c.part().map(Option::code).stream()).collect(Collectors.toSet()));
        }
        List<CsvColumn> columns = layout.columns();
        plan = new Planned[columns.size()];
        for (int i = 0; i < plan.length; i++) {
            CsvColumn column = columns.get(i);
            CsvColumn.Kind kind = column.kind();
            if (kind.isResponseColumn()) {
                plan[i] = new Planned(column, kind, null, null, null,
                        kind == CsvColumn.Kind.RESPONSE_ID || kind == CsvColumn.Kind.VERSION);
            } else {
                Question asked = column.question().orElseThrow();
                plan[i] = new Planned(column, kind, asked, labels.get(asked.code()),
                        column.part().map(Option::code).orElse(null), isNumber(column, asked));
            }
        }
    }

    private void addScale(Map<String, String> byCode, Scale scale) {
        scale.points().forEach(p -> byCode.put(p.code(), p.label().in(language)));
        scale.na().ifPresent(o -> byCode.put(o.code(), o.label().in(language)));
    }

    /** A writer of codes, for re-import and analysis. */
    public static ResponseCsvWriter codes(Instrument instrument, CsvDialect dialect) {
        return new ResponseCsvWriter(instrument, dialect, Values.CODES, Language.NL, false);
    }

    /** A writer of labels in {@code language} (Dutch where the instrument lacks that language), for people. */
    public static ResponseCsvWriter labels(Instrument instrument, CsvDialect dialect, Language language) {
        return new ResponseCsvWriter(instrument, dialect, Values.LABELS, language, false);
    }

    /**
     * This writer, but writing CSV texts exactly as typed, formulas included: only for programs that
     * read the file as data, since a spreadsheet opening it runs any formula a respondent typed.
     */
    public ResponseCsvWriter rawText() {
        return new ResponseCsvWriter(layout.instrument(), dialect, values, language, true, extra);
    }

    /** This writer with one more number column after the layout's, such as a weight per response. */
    public ResponseCsvWriter withColumn(ExtraColumn column) {
        return new ResponseCsvWriter(layout.instrument(), dialect, values, language, raw,
                Objects.requireNonNull(column, "column"));
    }

    public CsvLayout layout() {
        return layout;
    }

    /**
     * Writes the header and a record per response to {@code out}, then flushes it (it is not
     * closed). With no responses the file is just the header: a template for an import.
     *
     * @return the number of responses written
     */
    public long write(Iterator<ExportedResponse> responses, Writer out) throws IOException {
        CsvRecordWriter records = new CsvRecordWriter(out, dialect, raw);
        records.start();
        long count = write(responses, records);
        records.flush();
        return count;
    }

    /**
     * Writes the header and a record per response to {@code records} (a CSV or a spreadsheet
     * sheet); ids, versions, 0/1 choices, ranks and numbers go in as numbers.
     *
     * @return the number of responses written
     */
    public long write(Iterator<ExportedResponse> responses, RecordSink records) throws IOException {
        for (CsvColumn column : layout.columns()) {
            records.field(column.name());
        }
        if (extra != null) {
            records.field(extra.name());
        }
        records.endRecord();
        long count = 0;
        while (responses.hasNext()) {
            writeRecord(records, responses.next());
            count++;
        }
        return count;
    }

    /** As {@link #write(Iterator, Writer)}, for a stream such as a streamed query result. */
    public long write(Stream<ExportedResponse> responses, Writer out) throws IOException {
        return write(responses.iterator(), out);
    }

    private void writeRecord(RecordSink records, ExportedResponse response) throws IOException {
        Instrument instrument = layout.instrument();
        if (response.version() != instrument.version()) {
            throw new IllegalArgumentException("response " + response.id() + " is of " + instrument.id() + " version "
                    + response.version() + ", this export is of version " + instrument.version());
        }
        response.answers().forEach((code, answer) -> checkCodes(response, code, answer));
        Question question = null;
        AnswerValue answer = null;
        for (Planned column : plan) {
            if (column.question() == null) {
                String cell = responseCell(column.column(), response);
                if (column.number()) {
                    records.number(cell);
                } else {
                    records.field(cell);
                }
                continue;
            }
            if (column.question() != question) {
                question = column.question();
                answer = response.answers().get(question.code());
            }
            String cell = answer == null || answer.isEmpty() ? "" : answerCell(column, answer);
            if (column.number()) {
                records.number(cell);
            } else {
                records.field(cell);
            }
        }
        if (extra != null) {
            records.number(extra.value().apply(response));
        }
        records.endRecord();
    }

    /** Fails unless {@code code} is a question and every code in {@code answer} is one of its codes. */
    private void checkCodes(ExportedResponse response, String code, AnswerValue answer) {
        Map<String, String> known = labels.get(code);
        if (known == null) {
            Instrument instrument = layout.instrument();
            throw new IllegalArgumentException("response " + response.id() + " answers " + code
                    + ", which is not a question of " + instrument.id() + " version " + instrument.version());
        }
        List<String> codes = List.of();
        if (answer instanceof AnswerValue.Multiple multiple) {
            codes = multiple.codes();
        } else if (answer instanceof AnswerValue.Ranking ranking) {
            codes = ranking.order();
        } else if (answer instanceof AnswerValue.Matrix matrix) {
            Set<String> columns = items.get(code);
            for (String item : matrix.items().keySet()) {
                if (!columns.contains(item)) {
                    throw new IllegalArgumentException("response " + response.id() + ": " + code + " has no item " + item);
                }
            }
            codes = List.copyOf(matrix.items().values());
        }
        for (String value : codes) {
            if (!known.containsKey(value)) {
                throw new IllegalArgumentException("response " + response.id() + ": " + code + " has no answer code "
                        + value);
            }
        }
    }

    private String responseCell(CsvColumn column, ExportedResponse response) {
        switch (column.kind()) {
            case RESPONSE_ID:
                return Long.toString(response.id());
            case VERSION:
                return Integer.toString(response.version());
            case STATUS:
                return response.status();
            case CHANNEL:
                return response.channel();
            case SUBMITTED_AT:
                return response.submittedAt().map(t -> t.truncatedTo(ChronoUnit.SECONDS)).map(Instant::toString)
                        .orElse("");
            default:
                throw new IllegalStateException("not a response column: " + column.name());
        }
    }

    private static boolean isNumber(CsvColumn column, Question question) {
        switch (column.kind()) {
            case CHOSEN:
            case RANK:
                return true;
            case ANSWER:
                return question.type() == QuestionType.NUMBER;
            default:
                return false;
        }
    }

    private String answerCell(Planned column, AnswerValue answer) {
        Question question = column.question();
        switch (column.kind()) {
            case ANSWER:
                return wholeAnswer(question, column.labels(), answer);
            case OTHER_TEXT:
                if (answer instanceof AnswerValue.Single single) {
                    return single.otherText().orElse("");
                }
                return expect(question, answer, AnswerValue.Multiple.class).otherText().orElse("");
            case CHOSEN:
                return expect(question, answer, AnswerValue.Multiple.class).codes().contains(column.partCode()) ? "1" : "0";
            case RANK:
                OptionalInt rank = expect(question, answer, AnswerValue.Ranking.class).position(column.partCode());
                return rank.isPresent() ? Integer.toString(rank.getAsInt()) : "";
            case ITEM:
                Optional<String> item = expect(question, answer, AnswerValue.Matrix.class).item(column.partCode());
                return item.isPresent() ? code(question, column.labels(), item.get()) : "";
            default:
                throw new IllegalStateException("not an answer column: " + column.column().name());
        }
    }

    private String wholeAnswer(Question question, Map<String, String> labels, AnswerValue answer) {
        switch (question.type()) {
            case SINGLE:
            case YESNO:
                return code(question, labels, expect(question, answer, AnswerValue.Single.class).code());
            case LIKERT:
                return code(question, labels, expect(question, answer, AnswerValue.Likert.class).code());
            case NUMBER:
                return expect(question, answer, AnswerValue.Numeric.class).asText();
            case TEXT:
            case LONGTEXT:
                return expect(question, answer, AnswerValue.Text.class).text();
            case DATE:
                return expect(question, answer, AnswerValue.Date.class).asText();
            default:
                throw new IllegalStateException(question.code() + " has no single answer column");
        }
    }

    /** A stored code, or its label in labels mode; {@code labels} are the question's. */
    private String code(Question question, Map<String, String> labels, String code) {
        String label = labels.get(code);
        if (label == null) {
            throw new IllegalArgumentException(question.code() + " has no answer code " + code);
        }
        return values == Values.CODES ? code : label;
    }

    private static <T extends AnswerValue> T expect(Question question, AnswerValue answer, Class<T> kind) {
        if (!kind.isInstance(answer)) {
            throw new IllegalArgumentException(question.code() + " is a " + question.type() + " question but its answer is "
                    + answer.getClass().getSimpleName());
        }
        return kind.cast(answer);
    }
}
