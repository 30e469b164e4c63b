package org.leerwerkplek.companies.api;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.leerwerkplek.platform.DomainException;
import org.leerwerkplek.surveys.definition.model.AnswerValue;
import org.leerwerkplek.surveys.definition.model.Instrument;
import org.leerwerkplek.surveys.definition.model.Question;

/**
 * Fiche answers in JSON, by question code: a code as a string ({@code single}, {@code yesno},
 * {@code likert}), a list of codes ({@code multiple}, {@code ranking} in rank order), an object
 * item → point ({@code likert-matrix}), a number, a text, a date {@code YYYY-MM-DD}. The "other,
 * namely" text goes in {@code CODE#other}.
 */
final class FicheAnswers {

    private FicheAnswers() {
    }

    static Map<String, AnswerValue> read(Instrument instrument, JsonObject json) {
        Map<String, AnswerValue> answers = new LinkedHashMap<>();
        for (Map.Entry<String, JsonValue> entry : json.entrySet()) {
            if (entry.getKey().endsWith("#other")) {
                continue;
            }
            Question question = instrument.question(entry.getKey()).orElseThrow(() ->
                    new DomainException(DomainException.Kind.INVALID, "company.fiche.unknownQuestion", entry.getKey()));
            Optional<String> other = Optional.ofNullable(json.get(entry.getKey() + "#other"))
                    .filter(v -> v instanceof JsonString).map(v -> ((JsonString) v).getString());
            answers.put(question.code(), value(question, entry.getValue(), other));
        }
        return answers;
    }

    private static AnswerValue value(Question question, JsonValue value, Optional<String> other) {
        try {
            return switch (question.type()) {
                case SINGLE, YESNO -> new AnswerValue.Single(text(value), other);
                case LIKERT -> new AnswerValue.Likert(text(value));
                case MULTIPLE -> new AnswerValue.Multiple(codes(value), other);
                case RANKING -> new AnswerValue.Ranking(codes(value));
                case LIKERT_MATRIX -> {
                    Map<String, String> items = new LinkedHashMap<>();
                    value.asJsonObject().forEach((item, point) -> items.put(item, text(point)));
                    yield new AnswerValue.Matrix(items);
                }
                case NUMBER -> new AnswerValue.Numeric(value instanceof JsonNumber n ? n.bigDecimalValue()
                        : new BigDecimal(text(value).replace(',', '.')));
                case TEXT, LONGTEXT -> new AnswerValue.Text(text(value));
                case DATE -> new AnswerValue.Date(LocalDate.parse(text(value)));
            };
        } catch (ClassCastException | IllegalArgumentException | DateTimeParseException e) {
            throw new DomainException(DomainException.Kind.INVALID, "company.fiche.badAnswer", question.code());
        }
    }

    private static String text(JsonValue value) {
        if (value instanceof JsonString s) {
            return s.getString();
        }
        if (value instanceof JsonNumber n) {
            return n.toString();
        }
        throw new IllegalArgumentException("not a text");
    }

    private static List<String> codes(JsonValue value) {
        return value.asJsonArray().stream().map(FicheAnswers::text).toList();
    }
}
