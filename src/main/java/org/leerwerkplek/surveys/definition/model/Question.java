package org.leerwerkplek.surveys.definition.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.leerwerkplek.surveys.definition.condition.Condition;

/**
 * One question of an instrument. The type-specific parts are always present and empty where
 * they do not apply: {@link Choices#EMPTY}, no scale, no items, {@link NumberRange#DEFAULT},
 * no {@code maxLength}, {@link DateRange#OPEN}.
 *
 * @param code the stable data code, unique in the instrument
 * @param relevant when the question is shown; empty means always (if its section is shown)
 * @param messages validation messages that replace the built-in ones
 * @param choices options of {@code single}, {@code multiple}, {@code ranking}; {@code JA}/{@code NEE} of {@code yesno}
 * @param scale the scale of a {@code likert} or {@code likert-matrix} question
 * @param items the items of a {@code likert-matrix} question
 * @param maxLength the maximum number of characters of a {@code text} or {@code longtext} answer
 * @param line the line of the question in its file, for messages
 */
public record Question(String code, QuestionType type, LocalizedText label, Optional<LocalizedText> help,
                       boolean required, Optional<Condition> relevant, Map<MessageKey, LocalizedText> messages,
                       Choices choices, Optional<Scale> scale, List<Option> items, NumberRange numberRange,
                       OptionalInt maxLength, DateRange dateRange, int line) {

    public Question {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(help, "help");
        Objects.requireNonNull(relevant, "relevant");
        messages = messages.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(messages));
        Objects.requireNonNull(choices, "choices");
        Objects.requireNonNull(scale, "scale");
        items = List.copyOf(items);
        Objects.requireNonNull(numberRange, "numberRange");
        Objects.requireNonNull(maxLength, "maxLength");
        Objects.requireNonNull(dateRange, "dateRange");
    }

    /**
     * Every code an answer to this question may hold: the option codes of a choice question, the
     * point and {@code na} codes of a likert question or matrix; empty for other types.
     */
    public List<String> answerCodes() {
        if (type.hasOptions()) {
            return choices.codes();
        }
        return scale.map(Scale::codes).orElse(List.of());
    }

    /** Whether {@code code} is one of {@link #answerCodes()}, without making that list. */
    public boolean hasAnswerCode(String code) {
        if (type.hasOptions()) {
            return choices.hasCode(code);
        }
        return scale.isPresent() && scale.get().hasCode(code);
    }

    /** The option with {@code code}, including {@code other}, {@code none} and {@code JA}/{@code NEE}. */
    public Optional<Option> option(String code) {
        return choices.option(code);
    }

    /** The matrix item with {@code code}. */
    public Optional<Option> item(String code) {
        return items.stream().filter(i -> i.code().equals(code)).findFirst();
    }

    /** The override of a validation message, if the definition gives one. */
    public Optional<LocalizedText> message(MessageKey key) {
        return Optional.ofNullable(messages.get(key));
    }
}
