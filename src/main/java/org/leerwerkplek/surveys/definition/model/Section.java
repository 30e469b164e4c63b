package org.leerwerkplek.surveys.definition.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.leerwerkplek.surveys.definition.condition.Condition;

/**
 * One page of an instrument. When {@code relevant} is false the page is skipped with all its
 * questions.
 *
 * @param line the line of the section in its file, for messages
 */
public record Section(String id, LocalizedText title, Optional<LocalizedText> intro,
                      Optional<Condition> relevant, List<Question> questions, int line) {

    public Section {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(intro, "intro");
        Objects.requireNonNull(relevant, "relevant");
        questions = List.copyOf(questions);
    }
}
