package org.leerwerkplek.surveys.definition.model;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** The kinds of question a definition can hold; {@link #key()} is the word used in YAML. */
public enum QuestionType {
    SINGLE("single"),
    MULTIPLE("multiple"),
    RANKING("ranking"),
    LIKERT("likert"),
    LIKERT_MATRIX("likert-matrix"),
    NUMBER("number"),
    TEXT("text"),
    LONGTEXT("longtext"),
    DATE("date"),
    YESNO("yesno");

    private final String key;

    QuestionType(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    /** Whether the answer is chosen from a list of option codes. */
    public boolean hasOptions() {
        return this == SINGLE || this == MULTIPLE || this == RANKING || this == YESNO;
    }

    /** Whether the answer is a point on a scale. */
    public boolean hasScale() {
        return this == LIKERT || this == LIKERT_MATRIX;
    }

    public static Optional<QuestionType> fromKey(String key) {
        return Arrays.stream(values()).filter(t -> t.key.equals(key)).findFirst();
    }

    /** All keys, comma separated, for error messages. */
    public static String allKeys() {
        return Arrays.stream(values()).map(QuestionType::key).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return key;
    }
}
