package org.leerwerkplek.surveys.web;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.leerwerkplek.surveys.definition.AnswerValue;
import org.leerwerkplek.surveys.definition.Option;
import org.leerwerkplek.surveys.definition.Question;

/**
 * The values of the inputs on an answering page, keyed the way the page binds them: the question
 * code, {@code CODE.ITEM} for a matrix item or a ranked option, {@code CODE#other} for the
 * "other, namely" text. Converts to and from answers; plain Java, so tests reach it directly.
 */
public final class AnswerForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Map<String, Object> values = new HashMap<>();

    public Map<String, Object> getValues() {
        return values;
    }

    public static String itemKey(Question question, Option item) {
        return question.code() + "." + item.code();
    }

    public static String otherKey(Question question) {
        return question.code() + "#other";
    }

    /** Fills the inputs of {@code question} from a stored answer. */
    public void show(Question question, AnswerValue answer) {
        String code = question.code();
        if (answer instanceof AnswerValue.Single single) {
            values.put(code, single.code());
            single.otherText().ifPresent(t -> values.put(otherKey(question), t));
        } else if (answer instanceof AnswerValue.Multiple multiple) {
            values.put(code, multiple.codes().toArray(String[]::new));
            multiple.otherText().ifPresent(t -> values.put(otherKey(question), t));
        } else if (answer instanceof AnswerValue.Ranking ranking) {
            for (int i = 0; i < ranking.order().size(); i++) {
                values.put(code + "." + ranking.order().get(i), String.valueOf(i + 1));
            }
        } else if (answer instanceof AnswerValue.Matrix matrix) {
            matrix.items().forEach((item, point) -> values.put(code + "." + item, point));
        } else if (answer instanceof AnswerValue.Likert likert) {
            values.put(code, likert.code());
        } else if (answer instanceof AnswerValue.Numeric numeric) {
            values.put(code, numeric.value().toPlainString());
        } else if (answer instanceof AnswerValue.Text text) {
            values.put(code, text.text());
        } else if (answer instanceof AnswerValue.Date date) {
            values.put(code, date.date().toString());
        }
    }

    /**
     * The answer the inputs of {@code question} hold; empty when nothing was entered. A number or
     * date that cannot be read is reported through {@link Unreadable}.
     */
    public Optional<AnswerValue> answer(Question question) {
        String code = question.code();
        return switch (question.type()) {
            case SINGLE, YESNO -> text(code).map(c -> new AnswerValue.Single(c,
                    question.choices().isOther(c) ? text(otherKey(question)) : Optional.empty()));
            case MULTIPLE -> {
                List<String> chosen = chosen(values.get(code));
                List<String> ordered = question.choices().all().stream().map(Option::code).filter(chosen::contains).toList();
                boolean other = ordered.stream().anyMatch(question.choices()::isOther);
                yield ordered.isEmpty() ? Optional.empty()
                        : Optional.of(new AnswerValue.Multiple(ordered, other ? text(otherKey(question)) : Optional.empty()));
            }
            case RANKING -> {
                Map<Integer, String> byRank = new java.util.TreeMap<>();
                for (Option option : question.choices().options()) {
                    Optional<String> rank = text(code + "." + option.code());
                    if (rank.isPresent() && byRank.put(Integer.parseInt(rank.get()), option.code()) != null) {
                        throw new Unreadable(code, "respond.rankTwice");
                    }
                }
                yield byRank.isEmpty() ? Optional.empty() : Optional.of(new AnswerValue.Ranking(List.copyOf(byRank.values())));
            }
            case LIKERT -> text(code).map(AnswerValue.Likert::new);
            case LIKERT_MATRIX -> {
                Map<String, String> items = new LinkedHashMap<>();
                question.items().forEach(item -> text(code + "." + item.code()).ifPresent(p -> items.put(item.code(), p)));
                yield items.isEmpty() ? Optional.empty() : Optional.of(new AnswerValue.Matrix(items));
            }
            case NUMBER -> text(code).map(raw -> {
                try {
                    return new AnswerValue.Numeric(new BigDecimal(raw.replace(',', '.').replace(" ", "")));
                } catch (NumberFormatException e) {
                    throw new Unreadable(code, "respond.notANumber");
                }
            });
            case TEXT, LONGTEXT -> text(code).map(AnswerValue.Text::new);
            case DATE -> text(code).map(raw -> {
                try {
                    return new AnswerValue.Date(LocalDate.parse(raw));
                } catch (DateTimeParseException e) {
                    throw new Unreadable(code, "respond.notADate");
                }
            });
        };
    }

    private Optional<String> text(String key) {
        Object value = values.get(key);
        return value instanceof String s && !s.isBlank() ? Optional.of(s.trim()) : Optional.empty();
    }

    private static List<String> chosen(Object value) {
        if (value instanceof Object[] array) {
            return Arrays.stream(array).map(String::valueOf).toList();
        }
        if (value instanceof Collection<?> collection) {
            return collection.stream().map(String::valueOf).toList();
        }
        return new ArrayList<>();
    }

    /** Inputs that cannot make an answer: not a number, not a date, one rank given twice. */
    public static final class Unreadable extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final String question;
        private final String messageKey;

        Unreadable(String question, String messageKey) {
            super(question + ": " + messageKey);
            this.question = question;
            this.messageKey = messageKey;
        }

        public String question() {
            return question;
        }

        /** The text to show next to the question, in the {@code messages} bundle. */
        public String messageKey() {
            return messageKey;
        }
    }
}
