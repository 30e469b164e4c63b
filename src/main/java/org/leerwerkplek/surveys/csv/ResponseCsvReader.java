package org.leerwerkplek.surveys.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import org.leerwerkplek.platform.tables.Formulas;
import org.leerwerkplek.platform.tables.StrictUtf8Reader;
import org.leerwerkplek.surveys.definition.model.Relevance;
import org.leerwerkplek.surveys.definition.model.AnswerValue;
import org.leerwerkplek.surveys.definition.model.DateRange;
import org.leerwerkplek.surveys.definition.model.Instrument;
import org.leerwerkplek.surveys.definition.model.Language;
import org.leerwerkplek.surveys.definition.model.NumberRange;
import org.leerwerkplek.surveys.definition.model.Option;
import org.leerwerkplek.surveys.definition.model.Question;
import org.leerwerkplek.surveys.definition.model.QuestionType;
import org.leerwerkplek.surveys.definition.model.Section;
import org.leerwerkplek.surveys.definition.validation.AnswerValidator;
import org.leerwerkplek.surveys.definition.validation.Violation;

/**
 * Reads a response CSV of one instrument version ({@link CsvLayout}, codes mode) and checks
 * every record against the definition, one record at a time.
 *
 * <p><b>The file.</b> UTF-8 (a byte order mark is skipped), {@code ,} or {@code ;} as separator
 * (taken from the header line), RFC 4180 quoting, CRLF or LF. The header names the columns, in
 * any order; names are matched exactly (case matters) after trimming spaces. Every answer column
 * of the layout and {@code version} must be present; {@code response_id}, {@code status},
 * {@code channel} and {@code submitted_at} may be present and are then ignored (an imported
 * response is new, {@code SUBMITTED}, by channel {@code IMPORT}: the caller sets those). A record
 * whose fields are all empty (a blank line, or separators only as Excel leaves them) is skipped.
 * Codes, numbers, dates, {@code 0}/{@code 1} and ranks are trimmed; texts are taken as they are.
 * Numbers may use a dot or a comma as decimal mark, without thousands separators.
 *
 * <p><b>The checks.</b> A header with an unknown, unnamed or repeated column, or without a
 * required one, is reported and the rows are not read. Each record must then have as many fields
 * as the header and the instrument's version; every cell must hold a value its column accepts
 * (a known option or scale code, {@code 0}/{@code 1}, a rank 1, 2, 3 … without repeats or gaps,
 * a number, a {@code YYYY-MM-DD} date, an "other" text only with the {@code other} option). When
 * all cells of a record can be read, two more checks follow: no question may be answered that
 * the definition does not show for this response (its own or its section's condition is false,
 * or the option is filtered away by {@code filterOptionsBy}), since the file would contradict the
 * definition; and the answers must keep the rules of README section 5, <em>including
 * {@code required}</em>: an imported row becomes a submitted response, so it must be as complete
 * as a questionnaire that a respondent submits. Relevance and rule checks are skipped for a record
 * with unreadable cells, so that one wrong cell does not cause a cascade of follow-up errors.
 *
 * <p><b>All or nothing.</b> Every error is reported with line, column and message, up to
 * {@link #MAX_ERRORS} (then only counted). The consumer is called with each correct record
 * <em>only as long as no error has been found</em>; the {@link ImportResult} tells at the end
 * whether the whole file is valid. Two ways to store a file, both with flat memory:
 * <ol>
 *   <li>one pass: store each accepted record in one transaction as it comes, and roll the
 *       transaction back when the result is not valid;</li>
 *   <li>two passes over a kept copy of the upload: {@link #validate(Reader)} first, and only when
 *       it is valid read again to store, so that no write is done for a wrong file.</li>
 * </ol>
 * Nothing of a record is kept after its consumer call.
 *
 * <p><b>Progress.</b> The progress callback gets the number of records read after every
 * {@link #PROGRESS_INTERVAL} records and once at the end.
 */
public final class ResponseCsvReader {

    /** The most errors kept in a result; further errors are only counted. */
    public static final int MAX_ERRORS = 1000;
    /** Records between two progress calls. */
    public static final int PROGRESS_INTERVAL = 1000;

    private final Instrument instrument;
    private final CsvLayout layout;
    private final AnswerValidator validator;
    private final Clock clock;
    private final int maxErrors;
    private final String version;
    /** Per layout column, the code of its option or item; null for a column without one. */
    private final String[] partCodes;
    private final List<Group> groups = new ArrayList<>();
    private final Map<String, Section> sections = new HashMap<>();

    /**
     * The columns of one question as positions in the layout (the "other" text apart, -1 when
     * there is none), the code of its {@code other} option ("" when none) and the codes its cells
     * may hold.
     */
    private record Group(Question question, int[] columns, int otherColumn, String otherCode, Set<String> codes,
                         CellReader cells) {
    }

    /**
     * Reads the cells of one question into its answer: null when none is given or one is wrong (and
     * reported). A question's reader is chosen once, by its type, rather than by a switch on every
     * record: the types' readers are then called through one call site that sees them all, which the
     * JIT compiler does not inline, so each stays a small method of its own. With the switch it
     * compiled every type's reading into the record's check, 28–47 kB of machine code, three times
     * over (the check, the switch, and the check once more as it ran), while the first import after
     * a start waited for its compiler thread.
     */
    @FunctionalInterface
    private interface CellReader {
        AnswerValue read(Run.Row row, Group group);
    }

    private static CellReader cellReader(QuestionType type) {
        return switch (type) {
            case SINGLE, YESNO -> Run.Row::single;
            case MULTIPLE -> Run.Row::multiple;
            case RANKING -> Run.Row::ranking;
            case LIKERT -> Run.Row::likert;
            case LIKERT_MATRIX -> Run.Row::matrix;
            case NUMBER -> Run.Row::number;
            case TEXT, LONGTEXT -> Run.Row::text;
            case DATE -> Run.Row::date;
        };
    }

    /** @param clock gives "today" for date questions bounded by {@code today} */
    public ResponseCsvReader(Instrument instrument, Clock clock) {
        this(instrument, clock, MAX_ERRORS);
    }

    ResponseCsvReader(Instrument instrument, Clock clock, int maxErrors) {
        this.instrument = Objects.requireNonNull(instrument, "instrument");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.layout = CsvLayout.of(instrument);
        this.validator = new AnswerValidator(clock);
        this.maxErrors = maxErrors;
        this.version = Integer.toString(instrument.version());
        this.partCodes = layout.columns().stream().map(c -> c.part().map(Option::code).orElse(null))
                .toArray(String[]::new);
        for (Section section : instrument.sections()) {
            for (Question question : section.questions()) {
                sections.put(question.code(), section);
                List<CsvColumn> columns = layout.columnsOf(question.code());
                int[] positions = columns.stream().filter(c -> c.kind() != CsvColumn.Kind.OTHER_TEXT)
                        .mapToInt(c -> layout.indexOf(c.name()).getAsInt()).toArray();
                int other = columns.stream().filter(c -> c.kind() == CsvColumn.Kind.OTHER_TEXT)
                        .mapToInt(c -> layout.indexOf(c.name()).getAsInt()).findFirst().orElse(-1);
                String otherCode = question.choices().other().map(Option::code).orElse("");
                groups.add(new Group(question, positions, other, otherCode, Set.copyOf(question.answerCodes()),
                        cellReader(question.type())));
            }
        }
    }

    public CsvLayout layout() {
        return layout;
    }

    /**
     * Reads and checks the whole file, handing each correct record to {@code accepted} as long as
     * no error has been found.
     *
     * @param in the file as text; not closed
     * @param progress gets the number of records read, every {@link #PROGRESS_INTERVAL} records and at the end
     * @throws IOException when {@code in} fails; malformed input that {@code in} reports (as the
     *         strict UTF-8 decoding of {@link #read(InputStream, Consumer, IntConsumer)} does) is
     *         reported as an error of the file instead
     */
    public ImportResult read(Reader in, Consumer<ImportedResponse> accepted, IntConsumer progress) throws IOException {
        Objects.requireNonNull(accepted, "accepted");
        Objects.requireNonNull(progress, "progress");
        return new Run(CsvRecordReader.detecting(in), accepted, progress).read();
    }

    /** As {@link #read(Reader, Consumer, IntConsumer)}, decoding {@code in} as strict UTF-8. */
    public ImportResult read(InputStream in, Consumer<ImportedResponse> accepted, IntConsumer progress)
            throws IOException {
        return read(new StrictUtf8Reader(in), accepted, progress);
    }

    /** Only checks the file: no consumer, no progress. */
    public ImportResult validate(Reader in) throws IOException {
        return read(in, response -> { }, rows -> { });
    }

    /** The state of reading one file. */
    private final class Run {
        private final CsvRecordReader records;
        private final Consumer<ImportedResponse> accepted;
        private final IntConsumer progress;
        private final List<ImportError> errors = new ArrayList<>();
        private int moreErrors;
        private int rows;
        private int acceptedRows;
        /** Per layout column, its 1-based position in the file; 0 when the file does not have it. */
        private final int[] filePositions = new int[layout.size()];
        /** Per file column (0-based), its position in the layout. */
        private int[] layoutPositions;
        private int versionColumn;

        Run(CsvRecordReader records, Consumer<ImportedResponse> accepted, IntConsumer progress) {
            this.records = records;
            this.accepted = accepted;
            this.progress = progress;
        }

        ImportResult read() throws IOException {
            try {
                if (header()) {
                    rows();
                }
            } catch (StrictUtf8Reader.NotUtf8Exception e) {
                error(e.line(), 0, "", String.format("the file is not UTF-8 text: byte 0x%02X on line %d is not UTF-8"
                        + " (such as é saved as Latin-1 or Windows-1252); save it as \"CSV UTF-8\" and import it again",
                        e.firstByte(), e.line()));
            } catch (CharacterCodingException e) {
                error(records.line(), 0, "", "the file is not UTF-8 text (from about line " + records.line()
                        + " on); save it as \"CSV UTF-8\"");
            }
            return new ImportResult(rows, acceptedRows, errors, moreErrors);
        }

        private boolean hasErrors() {
            return !errors.isEmpty();
        }

        private void error(int line, int column, String columnName, String message) {
            if (errors.size() < maxErrors) {
                errors.add(new ImportError(line, column, columnName, message));
            } else {
                moreErrors++;
            }
        }

        /** Maps the header onto the layout; false when it has an error. */
        private boolean header() throws IOException {
            Optional<CsvRecord> read = records.next();
            if (read.isEmpty()) {
                error(1, 0, "", "the file is empty; the first line must name the columns (an export of "
                        + instrument.id() + " version " + version + " without responses is a template)");
                return false;
            }
            CsvRecord header = read.get();
            if (!header.problems().isEmpty()) {
                header.problems().forEach(p -> error(header.line(), p.field(), "", p.message()));
                return false;
            }
            List<String> names = header.fields();
            layoutPositions = new int[names.size()];
            for (int i = 0; i < names.size(); i++) {
                String name = names.get(i).strip();
                OptionalInt index = layout.indexOf(name);
                if (name.isEmpty()) {
                    error(header.line(), i + 1, "", "the column has no name");
                } else if (index.isEmpty()) {
                    String shown = name.length() > 80 ? name.substring(0, 77) + "…" : name;
                    error(header.line(), i + 1, shown, "unknown column: " + instrument.id() + " version " + version
                            + " has no column " + shown);
                } else if (filePositions[index.getAsInt()] != 0) {
                    error(header.line(), i + 1, name, "the column appears twice (first in column "
                            + filePositions[index.getAsInt()] + ")");
                } else {
                    filePositions[index.getAsInt()] = i + 1;
                    layoutPositions[i] = index.getAsInt();
                }
            }
            for (int i = 0; i < layout.size(); i++) {
                CsvColumn column = layout.columns().get(i);
                if (filePositions[i] == 0 && column.kind().isRequiredOnImport()) {
                    error(header.line(), 0, column.name(), "the column " + column.name() + " is missing");
                }
            }
            versionColumn = layout.indexOf(CsvLayout.VERSION).getAsInt();
            return !hasErrors();
        }

        private void rows() throws IOException {
            Optional<CsvRecord> next = records.next();
            while (next.isPresent()) {
                CsvRecord record = next.get();
                if (!record.isBlank() || !record.problems().isEmpty()) {
                    rows++;
                    Row row = new Row(record);
                    Map<String, AnswerValue> answers = row.check();
                    if (answers != null && !hasErrors()) {
                        accepted.accept(new ImportedResponse(record.line(), answers, row.relevance));
                        acceptedRows++;
                    }
                    if (rows % PROGRESS_INTERVAL == 0) {
                        progress.accept(rows);
                    }
                }
                next = records.next();
            }
            progress.accept(rows);
        }

        /** The checks of one record. */
        private final class Row {
            private final CsvRecord record;
            private final String[] values = new String[layout.size()];
            private int errorCount;
            /** What the version shows for the record's answers, once all its cells could be read. */
            private Relevance relevance;

            Row(CsvRecord record) {
                this.record = record;
            }

            /** The answers of the record; null when it has an error. */
            Map<String, AnswerValue> check() {
                int width = layoutPositions.length;
                if (!record.problems().isEmpty()) {
                    record.problems().forEach(p -> error(record.line(), p.field(), nameAtField(p.field()), p.message()));
                    return null;
                }
                List<String> fields = record.fields();
                if (fields.size() != width) {
                    int column = Math.min(fields.size(), width) + 1;
                    error(record.line(), column, nameAtField(column), "the row has " + fields.size()
                            + " fields but the header has " + width);
                    return null;
                }
                Arrays.fill(values, "");
                for (int i = 0; i < width; i++) {
                    values[layoutPositions[i]] = fields.get(i);
                }
                String given = values[versionColumn].strip();
                if (!given.equals(version)) {
                    fail(versionColumn, given.isEmpty() ? "the version is empty; this import is of " + instrument.id()
                            + " version " + version : "version " + given + " does not match: this import is of "
                            + instrument.id() + " version " + version);
                }
                Map<String, AnswerValue> answers = new LinkedHashMap<>();
                int before = errorCount;
                for (Group group : groups) {
                    AnswerValue answer = group.cells().read(this, group);
                    if (answer != null) {
                        answers.put(group.question().code(), answer);
                    }
                }
                if (errorCount == before) {
                    checkDefinition(answers);
                }
                return errorCount == 0 ? answers : null;
            }

            private String nameAtField(int field) {
                if (field < 1 || field > layoutPositions.length) {
                    return "";
                }
                return layout.columns().get(layoutPositions[field - 1]).name();
            }

            private void fail(int layoutColumn, String message) {
                errorCount++;
                error(record.line(), filePositions[layoutColumn], layout.columns().get(layoutColumn).name(), message);
            }

            private String value(int layoutColumn) {
                return values[layoutColumn];
            }

            private String partCode(int layoutColumn) {
                return partCodes[layoutColumn];
            }

            // ---- reading the cells of one question ------------------------------------------

            private AnswerValue single(Group group) {
                int column = group.columns()[0];
                String code = value(column).strip();
                if (!code.isEmpty() && !group.codes().contains(code)) {
                    fail(column, "unknown option " + code + ": " + group.question().code() + " has "
                            + String.join(", ", group.question().answerCodes()));
                    return null;
                }
                Optional<String> otherText = otherText(group, code.equals(group.otherCode()));
                return code.isEmpty() ? null : new AnswerValue.Single(code, otherText);
            }

            /** The "other" text when the other option is chosen; an error when a text is given without it. */
            private Optional<String> otherText(Group group, boolean otherChosen) {
                if (group.otherColumn() < 0) {
                    return Optional.empty();
                }
                String text = Formulas.restore(value(group.otherColumn()));
                if (text.isBlank()) {
                    return Optional.empty();
                }
                if (!otherChosen) {
                    fail(group.otherColumn(), "a text is given but option " + group.otherCode() + " of "
                            + group.question().code() + " is not chosen");
                    return Optional.empty();
                }
                return Optional.of(text);
            }

            private AnswerValue multiple(Group group) {
                List<String> chosen = new ArrayList<>();
                boolean readable = true;
                for (int column : group.columns()) {
                    String cell = value(column).strip();
                    if (cell.equals("1")) {
                        chosen.add(partCode(column));
                    } else if (!cell.isEmpty() && !cell.equals("0")) {
                        fail(column, "expected 1 (chosen) or 0 (not chosen) but found \"" + cell + "\"");
                        readable = false;
                    }
                }
                Optional<String> otherText = otherText(group, chosen.contains(group.otherCode()));
                return readable && !chosen.isEmpty() ? new AnswerValue.Multiple(chosen, otherText) : null;
            }

            private AnswerValue ranking(Group group) {
                Map<Integer, Integer> columnByRank = new HashMap<>();
                boolean readable = true;
                for (int column : group.columns()) {
                    String cell = value(column).strip();
                    if (cell.isEmpty()) {
                        continue;
                    }
                    int rank = positiveInteger(cell);
                    if (rank < 1) {
                        fail(column, "expected a rank 1, 2, 3 … (or empty when not ranked) but found \"" + cell + "\"");
                        readable = false;
                    } else if (columnByRank.containsKey(rank)) {
                        int first = columnByRank.get(rank);
                        fail(column, "rank " + rank + " is given twice (also to " + partCode(first) + " in column "
                                + filePositions[first] + ")");
                        readable = false;
                    } else {
                        columnByRank.put(rank, column);
                    }
                }
                if (!readable) {
                    return null;
                }
                int ranked = columnByRank.size();
                for (Map.Entry<Integer, Integer> entry : columnByRank.entrySet()) {
                    if (entry.getKey() > ranked) {
                        fail(entry.getValue(), "rank " + entry.getKey() + " is given but only " + ranked
                                + " options are ranked: ranks must run 1, 2, 3 … without gaps");
                        readable = false;
                    }
                }
                if (!readable || ranked == 0) {
                    return null;
                }
                List<String> order = new ArrayList<>(ranked);
                for (int rank = 1; rank <= ranked; rank++) {
                    order.add(partCode(columnByRank.get(rank)));
                }
                return new AnswerValue.Ranking(order);
            }

            private AnswerValue likert(Group group) {
                int column = group.columns()[0];
                String code = value(column).strip();
                if (code.isEmpty()) {
                    return null;
                }
                if (!group.codes().contains(code)) {
                    fail(column, notOnScale(group, code));
                    return null;
                }
                return new AnswerValue.Likert(code);
            }

            private AnswerValue matrix(Group group) {
                Map<String, String> items = new LinkedHashMap<>();
                boolean readable = true;
                for (int column : group.columns()) {
                    String code = value(column).strip();
                    if (code.isEmpty()) {
                        continue;
                    }
                    if (group.codes().contains(code)) {
                        items.put(partCode(column), code);
                    } else {
                        fail(column, notOnScale(group, code));
                        readable = false;
                    }
                }
                return readable && !items.isEmpty() ? new AnswerValue.Matrix(items) : null;
            }

            private String notOnScale(Group group, String code) {
                return code + " is not on the scale of " + group.question().code() + " ("
                        + group.question().scale().orElseThrow().describe() + ")";
            }

            private AnswerValue number(Group group) {
                int column = group.columns()[0];
                String cell = value(column).strip();
                if (cell.isEmpty()) {
                    return null;
                }
                if (!isDecimal(cell)) {
                    fail(column, "\"" + cell + "\" is not a number (write it like 12 or 1.5, without thousands"
                            + " separators)");
                    return null;
                }
                return new AnswerValue.Numeric(new BigDecimal(cell.replace(',', '.')));
            }

            private AnswerValue text(Group group) {
                String cell = Formulas.restore(value(group.columns()[0]));
                return cell.isBlank() ? null : new AnswerValue.Text(cell);
            }

            private AnswerValue date(Group group) {
                int column = group.columns()[0];
                String cell = value(column).strip();
                if (cell.isEmpty()) {
                    return null;
                }
                if (!isIsoDateShape(cell)) {
                    fail(column, "\"" + cell + "\" is not a date written YYYY-MM-DD");
                    return null;
                }
                try {
                    return new AnswerValue.Date(LocalDate.parse(cell));
                } catch (DateTimeParseException e) {
                    fail(column, cell + " is not a date of the calendar");
                    return null;
                }
            }

            // ---- checks against the definition ----------------------------------------------

            private void checkDefinition(Map<String, AnswerValue> answers) {
                relevance = Relevance.of(instrument, code -> Optional.ofNullable(answers.get(code)));
                Set<String> contradicting = Set.of();  // a set of its own only for a record with an answer not shown
                for (Group group : groups) {
                    AnswerValue answer = answers.get(group.question().code());
                    if (answer != null && !checkShown(group, relevance)) {
                        if (contradicting.isEmpty()) {
                            contradicting = new HashSet<>();
                        }
                        contradicting.add(group.question().code());
                    }
                }
                for (Group group : groups) {
                    Question question = group.question();
                    if (relevance.isShown(question.code()) && !contradicting.contains(question.code())) {
                        Optional<AnswerValue> answer = relevance.answer(question.code());
                        for (Violation violation : validator.validate(question, answer, relevance.isRequired(question),
                                Language.EN)) {
                            fail(violationColumn(group, violation, answer), describe(group, violation, answer));
                        }
                    }
                }
            }

            /** Whether the answer to an answered question is shown in full; an error for each part that is not. */
            private boolean checkShown(Group group, Relevance relevance) {
                Question question = group.question();
                if (!relevance.isShown(question.code())) {
                    fail(firstFilledColumn(group), whyHidden(question, relevance));
                    return false;
                }
                if (question.choices().filterOptionsBy().isEmpty()) {
                    return true;
                }
                boolean shown = true;
                Set<String> offered = new HashSet<>();
                relevance.shownOptions(question.code()).forEach(o -> offered.add(o.code()));
                String source = question.choices().filterOptionsBy().get();
                for (int column : group.columns()) {
                    String cell = value(column).strip();
                    boolean single = question.type() == QuestionType.SINGLE;
                    String code = single ? cell : partCode(column);
                    boolean given = single || !cell.isEmpty() && !cell.equals("0");
                    if (given && !offered.contains(code)) {
                        fail(column, "option " + code + " is not offered in " + question.code() + " for this response:"
                                + " only options chosen in " + source + " are");
                        shown = false;
                    }
                }
                return shown;
            }

            private String whyHidden(Question question, Relevance relevance) {
                Section section = sections.get(question.code());
                String answered = question.code() + " is answered but not asked in this response: ";
                if (!relevance.isSectionShown(section.id())) {
                    return answered + "its section " + section.id() + " is shown only when "
                            + section.relevant().map(Object::toString).orElse("?");
                }
                if (question.relevant().isPresent() && !question.relevant().get().evaluate(relevance.answers())) {
                    return answered + "it is asked only when " + question.relevant().get();
                }
                return answered + "none of its options was chosen in "
                        + question.choices().filterOptionsBy().orElse("?");
            }

            private int firstFilledColumn(Group group) {
                for (int column : group.columns()) {
                    String cell = value(column).strip();
                    if (!cell.isEmpty() && !(group.question().type() == QuestionType.MULTIPLE
                            && cell.equals("0"))) {
                        return column;
                    }
                }
                return group.columns()[0];
            }

            private int violationColumn(Group group, Violation violation, Optional<AnswerValue> answer) {
                Question question = group.question();
                switch (violation.rule()) {
                    case OTHER:
                        return group.otherColumn();
                    case MAX_LENGTH:
                        return group.otherColumn() >= 0 ? group.otherColumn() : group.columns()[0];
                    case NONE:
                        String none = question.choices().none().map(Option::code).orElse("");
                        for (int column : group.columns()) {
                            if (partCode(column).equals(none)) {
                                return column;
                            }
                        }
                        return group.columns()[0];
                    case REQUIRED:
                        for (int column : group.columns()) {
                            if (value(column).isBlank()) {
                                return column;
                            }
                        }
                        return group.columns()[0];
                    default:
                        return group.columns()[0];
                }
            }

            /** An English message for a rule that the answer breaks, with the figures involved. */
            private String describe(Group group, Violation violation, Optional<AnswerValue> given) {
                Question question = group.question();
                String code = question.code();
                AnswerValue answer = given.orElse(null);
                switch (violation.rule()) {
                    case REQUIRED:
                        if (answer instanceof AnswerValue.Matrix) {
                            return "every item of " + code + " must be answered (the question is required)";
                        }
                        return code + " is required but not answered";
                    case RANGE:
                        return ((AnswerValue.Numeric) answer).asText() + " is outside the range of " + code + ": "
                                + range(question.numberRange());
                    case INTEGER:
                        return ((AnswerValue.Numeric) answer).asText() + " is not a whole number, which " + code
                                + " requires";
                    case MIN_CHOICES:
                        return chosen(answer) + " chosen but " + code + " needs at least "
                                + question.choices().minChoices().getAsInt();
                    case MAX_CHOICES:
                        return chosen(answer) + " chosen but " + code + " allows at most "
                                + question.choices().maxChoices().getAsInt();
                    case NONE:
                        return "option " + question.choices().none().map(Option::code).orElse("")
                                + " (none of these) cannot be chosen together with other options";
                    case OTHER:
                        return "option " + group.otherCode() + " is chosen but its text in " + code
                                + CsvLayout.OTHER_TEXT_SUFFIX + " is empty";
                    case MAX_LENGTH:
                        if (group.otherColumn() >= 0) {
                            return "the text for option " + group.otherCode() + " has " + length(value(group.otherColumn()))
                                    + " characters; at most " + Option.OTHER_TEXT_MAX_LENGTH + " are allowed";
                        }
                        return "the text has " + length(((AnswerValue.Text) answer).text()) + " characters; " + code
                                + " allows at most " + question.maxLength().getAsInt();
                    case RANK_COUNT:
                        return ((AnswerValue.Ranking) answer).order().size() + " options ranked but " + code
                                + " allows at most " + question.choices().rankCount().getAsInt();
                    case DATE_RANGE:
                        return ((AnswerValue.Date) answer).asText() + " is outside the dates of " + code + ": "
                                + dates(question.dateRange());
                    default:
                        return violation.message();
                }
            }

            private String chosen(AnswerValue answer) {
                int count = ((AnswerValue.Multiple) answer).codes().size();
                return count + (count == 1 ? " option" : " options");
            }

            private String dates(DateRange range) {
                LocalDate today = LocalDate.now(clock);
                String from = range.min().map(b -> b.isToday() ? "today (" + today + ")" : b.toString()).orElse("");
                String to = range.max().map(b -> b.isToday() ? "today (" + today + ")" : b.toString()).orElse("");
                if (!from.isEmpty() && !to.isEmpty()) {
                    return "from " + from + " to " + to;
                }
                return from.isEmpty() ? "on or before " + to : "on or after " + from;
            }
        }
    }

    private static String range(NumberRange range) {
        if (range.min().isPresent() && range.max().isPresent()) {
            return "from " + range.min().get().toPlainString() + " to " + range.max().get().toPlainString();
        }
        return range.min().map(m -> "at least " + m.toPlainString())
                .orElseGet(() -> "at most " + range.max().map(BigDecimal::toPlainString).orElse("?"));
    }

    private static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    /** The value of a string of 1 to 9 digits; -1 for anything else or for 0. */
    private static int positiveInteger(String text) {
        if (text.isEmpty() || text.length() > 9) {
            return -1;
        }
        int value = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value == 0 ? -1 : value;
    }

    /** {@code -?[0-9]+([.,][0-9]+)?} */
    private static boolean isDecimal(String text) {
        int i = text.charAt(0) == '-' ? 1 : 0;
        int digits = 0;
        while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            i++;
            digits++;
        }
        if (digits == 0) {
            return false;
        }
        if (i == text.length()) {
            return true;
        }
        char mark = text.charAt(i++);
        if (mark != '.' && mark != ',') {
            return false;
        }
        int decimals = 0;
        while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            i++;
            decimals++;
        }
        return decimals > 0 && i == text.length();
    }

    /** {@code [0-9]{4}-[0-9]{2}-[0-9]{2}} */
    private static boolean isIsoDateShape(String text) {
        if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            return false;
        }
        for (int i = 0; i < 10; i++) {
            char c = text.charAt(i);
            if (i != 4 && i != 7 && (c < '0' || c > '9')) {
                return false;
            }
        }
        return true;
    }
}
