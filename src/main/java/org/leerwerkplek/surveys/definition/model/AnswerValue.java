package org.leerwerkplek.surveys.definition.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * The answer to one question, in the shape stored for its type (README, section 7). An empty
 * value (no codes chosen, blank text, no matrix item) counts as unanswered.
 */
public sealed interface AnswerValue {

    /** Whether this value says nothing, so the question counts as unanswered. */
    boolean isEmpty();

    /** The value written out for people: codes, numbers and dates as stored. */
    String asText();

    /** A {@code single} or {@code yesno} answer; {@code otherText} goes with the {@code other} code. */
    record Single(String code, Optional<String> otherText) implements AnswerValue {
        public Single {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(otherText, "otherText");
        }

        public static Single of(String code) {
            return new Single(code, Optional.empty());
        }

        @Override
        public boolean isEmpty() {
            return code.isBlank();
        }

        @Override
        public String asText() {
            return code;
        }
    }

    /** A {@code multiple} answer: the chosen codes, without repeats. */
    record Multiple(List<String> codes, Optional<String> otherText) implements AnswerValue {
        public Multiple {
            codes = List.copyOf(codes);
            if (new HashSet<>(codes).size() != codes.size()) {
                throw new IllegalArgumentException("an option is chosen twice: " + codes);
            }
            Objects.requireNonNull(otherText, "otherText");
        }

        public static Multiple of(String... codes) {
            return new Multiple(List.of(codes), Optional.empty());
        }

        @Override
        public boolean isEmpty() {
            return codes.isEmpty();
        }

        @Override
        public String asText() {
            return String.join(", ", codes);
        }
    }

    /** A {@code ranking} answer: option codes, the first is rank 1. */
    record Ranking(List<String> order) implements AnswerValue {
        public Ranking {
            order = List.copyOf(order);
            if (new HashSet<>(order).size() != order.size()) {
                throw new IllegalArgumentException("an option is ranked twice: " + order);
            }
        }

        public static Ranking of(String... codes) {
            return new Ranking(List.of(codes));
        }

        /** The rank of {@code code} (1 = first); empty when it is not ranked. */
        public OptionalInt position(String code) {
            int index = order.indexOf(code);
            return index < 0 ? OptionalInt.empty() : OptionalInt.of(index + 1);
        }

        @Override
        public boolean isEmpty() {
            return order.isEmpty();
        }

        @Override
        public String asText() {
            return String.join(", ", order);
        }
    }

    /** A {@code likert} answer: a point value such as {@code "4"}, or the scale's {@code na} code. */
    record Likert(String code) implements AnswerValue {
        public Likert {
            Objects.requireNonNull(code, "code");
        }

        public static Likert of(int point) {
            return new Likert(Integer.toString(point));
        }

        @Override
        public boolean isEmpty() {
            return code.isBlank();
        }

        @Override
        public String asText() {
            return code;
        }
    }

    /** A {@code likert-matrix} answer: item code to point value ({@code "4"}) or {@code na} code. */
    record Matrix(Map<String, String> items) implements AnswerValue {
        public Matrix {
            items = Collections.unmodifiableMap(new LinkedHashMap<>(items));
        }

        /** The answer to one item; empty when that item is not answered. */
        public Optional<String> item(String code) {
            return Optional.ofNullable(items.get(code));
        }

        @Override
        public boolean isEmpty() {
            return items.isEmpty();
        }

        @Override
        public String asText() {
            return items.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining(", "));
        }
    }

    /** A {@code number} answer. */
    record Numeric(BigDecimal value) implements AnswerValue {
        public Numeric {
            Objects.requireNonNull(value, "value");
        }

        public static Numeric of(String value) {
            return new Numeric(new BigDecimal(value));
        }

        @Override
        public boolean isEmpty() {
            return false;
        }

        @Override
        public String asText() {
            return value.stripTrailingZeros().toPlainString();
        }
    }

    /** A {@code text} or {@code longtext} answer. */
    record Text(String text) implements AnswerValue {
        public Text {
            Objects.requireNonNull(text, "text");
        }

        @Override
        public boolean isEmpty() {
            return text.isBlank();
        }

        @Override
        public String asText() {
            return text;
        }
    }

    /** A {@code date} answer. */
    record Date(LocalDate date) implements AnswerValue {
        public Date {
            Objects.requireNonNull(date, "date");
        }

        @Override
        public boolean isEmpty() {
            return false;
        }

        @Override
        public String asText() {
            return date.toString();
        }
    }
}
