package org.leerwerkplek.surveys.definition.model;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.leerwerkplek.surveys.definition.condition.AnswerReader;
import org.leerwerkplek.surveys.definition.condition.Condition;

/**
 * The answers given so far, by question code, as conditions see them. A question without an
 * answer, or with an {@linkplain AnswerValue#isEmpty() empty} one, is unanswered.
 *
 * <p>The default methods read an answer at a condition's {@link Condition.Reference}: a whole
 * question or one of its parts ({@code Q.ITEM}: a matrix item or the rank of an option).
 */
@FunctionalInterface
public interface Answers extends AnswerReader {

    /** The stored answer to {@code questionCode}, empty or not; empty when there is none. */
    Optional<AnswerValue> answer(String questionCode);

    /** No answers at all. */
    static Answers none() {
        return code -> Optional.empty();
    }

    /** The answers in {@code values}, by question code. */
    static Answers of(Map<String, ? extends AnswerValue> values) {
        Map<String, AnswerValue> copy = Map.copyOf(values);
        return code -> Optional.ofNullable(copy.get(code));
    }

    /** These answers with {@code value} as the answer to {@code code} (replacing any answer it had). */
    default Answers with(String code, AnswerValue value) {
        Map<String, AnswerValue> extra = new HashMap<>();
        extra.put(code, value);
        Answers base = this;
        return c -> extra.containsKey(c) ? Optional.of(extra.get(c)) : base.answer(c);
    }

    /** The non-empty answer to {@code questionCode}. */
    default Optional<AnswerValue> given(String questionCode) {
        return answer(questionCode).filter(v -> !v.isEmpty());
    }

    /** Whether the question, matrix item or ranked option at {@code reference} has an answer. */
    @Override
    default boolean isAnswered(Condition.Reference reference) {
        if (reference.item().isEmpty()) {
            return given(reference.question()).isPresent();
        }
        return code(reference).isPresent();
    }

    /**
     * The single code at {@code reference}: the option of a {@code single}/{@code yesno}, the
     * point or {@code na} code of a likert answer or matrix item, the rank of an option
     * ({@code "2"}). Empty when unanswered or when the answer is not one code.
     */
    @Override
    default Optional<String> code(Condition.Reference reference) {
        Optional<AnswerValue> value = given(reference.question());
        if (value.isEmpty()) {
            return Optional.empty();
        }
        AnswerValue answer = value.get();
        if (reference.item().isPresent()) {
            String item = reference.item().get();
            if (answer instanceof AnswerValue.Matrix matrix) {
                return matrix.item(item);
            }
            if (answer instanceof AnswerValue.Ranking ranking) {
                return ranking.position(item).stream().mapToObj(Integer::toString).findFirst();
            }
            return Optional.empty();
        }
        if (answer instanceof AnswerValue.Single single) {
            return Optional.of(single.code());
        }
        if (answer instanceof AnswerValue.Likert likert) {
            return Optional.of(likert.code());
        }
        return Optional.empty();
    }

    /**
     * The number at {@code reference}: a {@code number} answer, a likert point or matrix item
     * point, the rank of an option. Empty when unanswered or not a number (the {@code na} point).
     */
    @Override
    default Optional<BigDecimal> number(Condition.Reference reference) {
        if (reference.item().isEmpty()) {
            Optional<AnswerValue> value = given(reference.question());
            if (value.isPresent() && value.get() instanceof AnswerValue.Numeric numeric) {
                return Optional.of(numeric.value());
            }
        }
        return code(reference).filter(Answers::isInteger).map(BigDecimal::new);
    }

    /**
     * The chosen codes at {@code reference}: the options of a {@code multiple} answer, the ranked
     * options of a {@code ranking}, the one option of a {@code single}. Empty when unanswered.
     */
    @Override
    default Set<String> chosen(Condition.Reference reference) {
        if (reference.item().isPresent()) {
            return Set.of();
        }
        Optional<AnswerValue> value = given(reference.question());
        if (value.isEmpty()) {
            return Set.of();
        }
        AnswerValue answer = value.get();
        if (answer instanceof AnswerValue.Multiple multiple) {
            return new LinkedHashSet<>(multiple.codes());
        }
        if (answer instanceof AnswerValue.Ranking ranking) {
            return new LinkedHashSet<>(ranking.order());
        }
        if (answer instanceof AnswerValue.Single single) {
            return Set.of(single.code());
        }
        return Set.of();
    }

    /** Whether the answer at {@code reference} is a set of codes ({@code multiple} or {@code ranking}). */
    @Override
    default boolean isSetOfCodes(Condition.Reference reference) {
        return reference.item().isEmpty() && given(reference.question())
                .map(v -> v instanceof AnswerValue.Multiple || v instanceof AnswerValue.Ranking).orElse(false);
    }

    /**
     * Whether {@code code} is {@code -?[0-9]+}, checked without a regular expression: conditions
     * compare codes as numbers for every response of an import, and {@code String.matches}
     * compiled a pattern each time.
     */
    private static boolean isInteger(String code) {
        int first = code.startsWith("-") ? 1 : 0;
        if (code.length() == first) {
            return false;
        }
        for (int i = first; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
