package org.leerwerkplek.surveys.csv;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.leerwerkplek.platform.tables.RecordSink;
import org.leerwerkplek.surveys.definition.condition.Condition;
import org.leerwerkplek.surveys.definition.model.Instrument;
import org.leerwerkplek.surveys.definition.model.Language;
import org.leerwerkplek.surveys.definition.model.LocalizedText;
import org.leerwerkplek.surveys.definition.model.NumberRange;
import org.leerwerkplek.surveys.definition.model.Option;
import org.leerwerkplek.surveys.definition.model.Question;
import org.leerwerkplek.surveys.definition.model.Scale;
import org.leerwerkplek.surveys.definition.model.Section;

/**
 * Writes the codebook of one instrument version as CSV: what each column of the response CSV
 * ({@link CsvLayout}) holds, so that the data can be read without the YAML file.
 *
 * <p>Columns: {@code column}, {@code question}, {@code type}, {@code question_label_<lang>} per
 * language of the instrument, {@code item} and {@code item_label_<lang>} (the option or matrix
 * item a column is about), {@code value} and {@code value_label_<lang>}, {@code format} (in
 * English) and {@code shown_when} (the section's and question's conditions). A column whose cells
 * hold a code from a fixed list ({@code single}, {@code yesno}, {@code likert}, a matrix item) has
 * one row per code; every other column has one row with an empty {@code value}.
 */
public final class CodebookWriter {

    private final CsvLayout layout;

    public CodebookWriter(Instrument instrument) {
        this.layout = CsvLayout.of(instrument);
    }

    /** Writes the codebook to {@code out} and flushes it (it is not closed); texts that look like formulas are neutralised. */
    public void write(Writer out, CsvDialect dialect) throws IOException {
        write(out, dialect, false);
    }

    /** As {@link #write(Writer, CsvDialect)}; {@code raw} writes every text as it is, formulas included. */
    public void write(Writer out, CsvDialect dialect, boolean raw) throws IOException {
        Objects.requireNonNull(out, "out");
        CsvRecordWriter records = new CsvRecordWriter(out, dialect, raw);
        records.start();
        write(records);
        records.flush();
    }

    /** Writes the codebook, header first, to {@code records}. */
    public void write(RecordSink records) throws IOException {
        List<Language> languages = layout.instrument().languages();
        records.field("column").field("question").field("type");
        languages.forEach(l -> records.field("question_label_" + l.code()));
        records.field("item");
        languages.forEach(l -> records.field("item_label_" + l.code()));
        records.field("value");
        languages.forEach(l -> records.field("value_label_" + l.code()));
        records.field("format").field("shown_when");
        records.endRecord();
        for (CsvColumn column : layout.columns()) {
            for (Row row : rows(column)) {
                records.field(column.name());
                records.field(column.question().map(Question::code).orElse(""));
                records.field(column.question().map(q -> q.type().key()).orElse(""));
                texts(records, column.question().map(Question::label), languages);
                records.field(column.part().map(Option::code).orElse(""));
                texts(records, column.part().map(Option::label), languages);
                records.field(row.value());
                texts(records, row.label(), languages);
                records.field(row.format());
                records.field(column.question().map(this::shownWhen).orElse(""));
                records.endRecord();
            }
        }
    }

    /** One line of the codebook for a column: a value with its label, and the column's format. */
    private record Row(String value, Optional<LocalizedText> label, String format) {
    }

    private List<Row> rows(CsvColumn column) {
        Instrument instrument = layout.instrument();
        switch (column.kind()) {
            case RESPONSE_ID:
                return List.of(row("the response's id in Leerwerkplek; ignored on import"));
            case VERSION:
                return List.of(new Row(Integer.toString(instrument.version()), Optional.empty(),
                        "version of " + instrument.id() + "; required on import and must be " + instrument.version()));
            case STATUS:
                return List.of(row("PARTIAL or SUBMITTED; ignored on import (imported responses are SUBMITTED)"));
            case CHANNEL:
                return List.of(row("LINK, PAPER or IMPORT; ignored on import"));
            case SUBMITTED_AT:
                return List.of(row("date and time of submission in UTC, ISO-8601 (2026-11-22T10:15:30Z);"
                        + " ignored on import"));
            case OTHER_TEXT:
                return List.of(row("text given with option " + column.partCode() + ", at most "
                        + Option.OTHER_TEXT_MAX_LENGTH + " characters; empty unless "
                        + column.partCode() + " is chosen"));
            case CHOSEN:
                return List.of(row("1 = chosen, 0 = not chosen; all columns of the question empty = not answered"
                        + filtered(column.question().orElseThrow())));
            case RANK: {
                Question question = column.question().orElseThrow();
                int ranks = question.choices().rankCount().orElse(question.choices().all().size());
                return List.of(row("rank 1 to " + ranks + " (1 = first); empty = not ranked"
                        + filtered(question)));
            }
            case ITEM:
                return scaleRows(column.question().orElseThrow());
            case ANSWER:
                return answerRows(column.question().orElseThrow());
            default:
                throw new IllegalStateException("unknown column kind " + column.kind());
        }
    }

    private List<Row> answerRows(Question question) {
        switch (question.type()) {
            case SINGLE:
            case YESNO: {
                String format = "option code" + filtered(question);
                return question.choices().all().stream()
                        .map(o -> new Row(o.code(), Optional.of(o.label()), format)).toList();
            }
            case LIKERT:
                return scaleRows(question);
            case NUMBER:
                return List.of(row(numberFormat(question.numberRange())));
            case TEXT:
            case LONGTEXT:
                return List.of(row(question.maxLength().isPresent()
                        ? "text, at most " + question.maxLength().getAsInt() + " characters" : "text"));
            case DATE: {
                String format = "date YYYY-MM-DD";
                format += question.dateRange().min().map(b -> ", from " + b).orElse("");
                format += question.dateRange().max().map(b -> ", to " + b).orElse("");
                return List.of(row(format));
            }
            default:
                throw new IllegalStateException(question.code() + " has no single answer column");
        }
    }

    private static List<Row> scaleRows(Question question) {
        Scale scale = question.scale().orElseThrow();
        String format = "scale point " + scale.describe();
        List<Row> rows = new ArrayList<>();
        scale.points().forEach(p -> rows.add(new Row(p.code(), Optional.of(p.label()), format)));
        scale.na().ifPresent(na -> rows.add(new Row(na.code(), Optional.of(na.label()), format)));
        return rows;
    }

    private static String numberFormat(NumberRange range) {
        String format = range.integer() ? "whole number" : "number, decimals with a dot";
        format += range.min().map(m -> ", at least " + m.toPlainString()).orElse("");
        format += range.max().map(m -> ", at most " + m.toPlainString()).orElse("");
        return format;
    }

    private static String filtered(Question question) {
        return question.choices().filterOptionsBy()
                .map(source -> "; only options chosen in " + source + " can be given").orElse("");
    }

    /** The conditions under which a question is asked: its section's and its own, joined with {@code and}. */
    private String shownWhen(Question question) {
        List<String> conditions = new ArrayList<>();
        layout.instrument().sectionOf(question.code()).flatMap(Section::relevant)
                .ifPresent(c -> conditions.add(c.toString()));
        question.relevant().map(Condition::toString).ifPresent(conditions::add);
        return conditions.stream().collect(Collectors.joining(" and "));
    }

    private static Row row(String format) {
        return new Row("", Optional.empty(), format);
    }

    private static void texts(RecordSink records, Optional<LocalizedText> text, List<Language> languages) {
        for (Language language : languages) {
            records.field(text.map(t -> t.in(language)).orElse(""));
        }
    }
}
