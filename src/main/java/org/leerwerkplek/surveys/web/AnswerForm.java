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
import org.leerwerkplek.surveys.definition.model.AnswerValue;
import org.leerwerkplek.surveys.definition.model.Option;
import org.leerwerkplek.surveys.definition.model.Question;

/**
 * The values of the inputs on an answering page, keyed the way the page binds them: the question
 * code, {@code CODE.ITEM} for a matrix item, {@code CODE#other} for the "other, namely" text. A
 * ranking is one value under its code: the option codes in rank order, separated by commas.
 * Converts to and from answers; plain Java, so tests reach it directly.
 */
public final class AnswerForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Values values = new Values();

    /** The inputs' values; every change through this map counts in {@link #revision()}. */
    public Map<String, Object> getValues() {
        return values;
    }

    /** A number that changes whenever a value changes, so that what is derived from them can be kept until then. */
    public long revision() {
        return values.revision;
    }

    /** Forgets every value (before the form is filled again from stored answers). */
    public void clear() {
        values.clear();
    }

    /** The options of a ranking in the order the inputs hold, first = rank 1. */
    public List<String> rankOrder(Question question) {
        List<String> known = question.choices().codes();
        return text(question.code()).map(order -> Arrays.stream(order.split(","))
                .map(String::trim).filter(known::contains).distinct().toList()).orElse(List.of());
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
            values.put(code, String.join(",", ranking.order()));
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
                List<String> order = rankOrder(question);
                yield order.isEmpty() ? Optional.empty() : Optional.of(new AnswerValue.Ranking(order));
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

    /** The values map, counting its changes; JSF writes the inputs' values through {@code put}. */
    private static final class Values extends HashMap<String, Object> {

        private static final long serialVersionUID = 1L;

        private long revision;

        @Override
        public Object put(String key, Object value) {
            revision++;
            return super.put(key, value);
        }

        @Override
        public void putAll(Map<? extends String, ?> all) {
            revision++;
            super.putAll(all);
        }

        @Override
        public Object remove(Object key) {
            revision++;
            return super.remove(key);
        }

        @Override
        public void clear() {
            revision++;
            super.clear();
        }
    }

    /** Inputs that cannot make an answer: not a number, not a date. */
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
