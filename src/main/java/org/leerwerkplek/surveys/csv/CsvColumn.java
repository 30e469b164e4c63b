package org.leerwerkplek.surveys.csv;

import java.util.Objects;
import java.util.Optional;
import org.leerwerkplek.surveys.definition.model.Option;
import org.leerwerkplek.surveys.definition.model.Question;

/**
 * One column of a {@link CsvLayout}: its name in the header, what it holds and, for an answer
 * column, the question and the option or matrix item it is about.
 *
 * @param name the header name, e.g. {@code Q03_ACTIVITEITEN.RUWBOUW}
 * @param kind what the column holds
 * @param question the question of an answer column; empty for a response column
 * @param part the option ({@code multiple}, {@code ranking}), the {@code other} option
 *             ({@link Kind#OTHER_TEXT}) or the matrix item ({@code likert-matrix}) of the column;
 *             empty for a column that holds a whole answer
 */
public record CsvColumn(String name, Kind kind, Optional<Question> question, Optional<Option> part) {

    /** What a column holds. */
    public enum Kind {
        /** The response's id in Leerwerkplek. Written on export, ignored on import. */
        RESPONSE_ID,
        /** The instrument version the response was given under. Required on import. */
        VERSION,
        /** {@code PARTIAL} or {@code SUBMITTED}. Written on export, ignored on import. */
        STATUS,
        /** {@code LINK}, {@code PAPER} or {@code IMPORT}. Written on export, ignored on import. */
        CHANNEL,
        /** When the response was submitted, ISO-8601 in UTC. Written on export, ignored on import. */
        SUBMITTED_AT,
        /** The whole answer of a {@code single}, {@code yesno}, {@code likert}, {@code number}, text or date question. */
        ANSWER,
        /** The "other, namely" text of a {@code single} or {@code multiple} question with {@code other}. */
        OTHER_TEXT,
        /** {@code 1} when the option of a {@code multiple} question is chosen, {@code 0} when not. */
        CHOSEN,
        /** The point or {@code na} code given to one item of a {@code likert-matrix}. */
        ITEM,
        /** The rank (1 = first) of one option of a {@code ranking} question; empty when not ranked. */
        RANK;

        /** Whether the column describes the response rather than holding an answer. */
        public boolean isResponseColumn() {
            return this == RESPONSE_ID || this == VERSION || this == STATUS || this == CHANNEL || this == SUBMITTED_AT;
        }

        /** Whether an imported file must have this column: every answer column and {@code version}. */
        public boolean isRequiredOnImport() {
            return !isResponseColumn() || this == VERSION;
        }
    }

    public CsvColumn {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(part, "part");
        if (kind.isResponseColumn() == question.isPresent()) {
            throw new IllegalArgumentException("an answer column needs a question, a response column has none: " + name);
        }
    }

    /** A column that describes the response. */
    static CsvColumn response(String name, Kind kind) {
        return new CsvColumn(name, kind, Optional.empty(), Optional.empty());
    }

    /** A column with the whole answer of {@code question}. */
    static CsvColumn answer(Question question) {
        return new CsvColumn(question.code(), Kind.ANSWER, Optional.of(question), Optional.empty());
    }

    /** A column about one option or item of {@code question}. */
    static CsvColumn part(String name, Kind kind, Question question, Option part) {
        return new CsvColumn(name, kind, Optional.of(question), Optional.of(part));
    }

    /** The code of the column's question; fails for a response column. */
    public String questionCode() {
        return question.orElseThrow(() -> new IllegalStateException(name + " is not an answer column")).code();
    }

    /** The code of the column's option or item; fails for a column without one. */
    public String partCode() {
        return part.orElseThrow(() -> new IllegalStateException(name + " has no option or item")).code();
    }
}
