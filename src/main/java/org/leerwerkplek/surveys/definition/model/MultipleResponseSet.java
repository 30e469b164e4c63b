package org.leerwerkplek.surveys.definition.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.leerwerkplek.surveys.definition.model.LocalizedText;

/**
 * Yes/no variables reported together: the options of one {@code multiple} question, the items of
 * one {@code likert-matrix}, or a list of {@code yesno}, {@code single} or {@code likert}
 * questions.
 *
 * @param question the one {@code multiple} or {@code likert-matrix} question, if the set is built on one
 * @param questions the member questions, if the set is built on a list
 * @param countedValues the answer codes that count as "yes"; empty for a {@code multiple} question
 * @param subgroupTopN break down by subgroups only the N most chosen members
 */
public record MultipleResponseSet(String id, LocalizedText label, Optional<String> question,
                                  List<String> questions, List<String> countedValues,
                                  OptionalInt subgroupTopN) {

    public MultipleResponseSet {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(question, "question");
        questions = List.copyOf(questions);
        countedValues = List.copyOf(countedValues);
        Objects.requireNonNull(subgroupTopN, "subgroupTopN");
    }
}
