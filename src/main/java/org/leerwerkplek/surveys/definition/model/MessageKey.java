package org.leerwerkplek.surveys.definition.model;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A validation rule whose message a question may override under {@code messages:}; {@link #key()}
 * is the word used in YAML. Each rule applies to certain question types only.
 */
public enum MessageKey {
    REQUIRED("required", EnumSet.allOf(QuestionType.class)),
    RANGE("range", EnumSet.of(QuestionType.NUMBER)),
    INTEGER("integer", EnumSet.of(QuestionType.NUMBER)),
    MIN_CHOICES("minChoices", EnumSet.of(QuestionType.MULTIPLE)),
    MAX_CHOICES("maxChoices", EnumSet.of(QuestionType.MULTIPLE)),
    OTHER("other", EnumSet.of(QuestionType.SINGLE, QuestionType.MULTIPLE)),
    NONE("none", EnumSet.of(QuestionType.MULTIPLE)),
    RANK_COUNT("rankCount", EnumSet.of(QuestionType.RANKING)),
    MAX_LENGTH("maxLength", EnumSet.of(QuestionType.TEXT, QuestionType.LONGTEXT)),
    DATE_RANGE("dateRange", EnumSet.of(QuestionType.DATE));

    private final String key;
    private final Set<QuestionType> types;

    MessageKey(String key, Set<QuestionType> types) {
        this.key = key;
        this.types = types;
    }

    public String key() {
        return key;
    }

    /** Whether this rule can apply to a question of {@code type}, so its message may be overridden there. */
    public boolean appliesTo(QuestionType type) {
        return types.contains(type);
    }

    public static Optional<MessageKey> fromKey(String key) {
        return Arrays.stream(values()).filter(k -> k.key.equals(key)).findFirst();
    }

    /** The keys that apply to {@code type}, comma separated, for error messages. */
    public static String keysFor(QuestionType type) {
        return Arrays.stream(values()).filter(k -> k.appliesTo(type)).map(MessageKey::key)
                .collect(Collectors.joining(", "));
    }
}
