package org.leerwerkplek.surveys.definition.condition;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;

/**
 * What a condition reads of the answers so far, at a {@link Condition.Reference}: a whole question
 * or one of its parts ({@code Q.ITEM}: a matrix item or the rank of an option). The instrument's
 * answers ({@code model.Answers}) are one; the condition language knows no more of the model.
 */
public interface AnswerReader {

    /** Whether the question, matrix item or ranked option at {@code reference} has an answer. */
    boolean isAnswered(Condition.Reference reference);

    /** The single code at {@code reference}; empty when unanswered or when the answer is not one code. */
    Optional<String> code(Condition.Reference reference);

    /** The number at {@code reference}; empty when unanswered or not a number. */
    Optional<BigDecimal> number(Condition.Reference reference);

    /** The codes chosen at {@code reference} (a multiple choice); empty when none. */
    Set<String> chosen(Condition.Reference reference);

    /** Whether the answer at {@code reference} is a set of codes (a multiple choice). */
    boolean isSetOfCodes(Condition.Reference reference);
}
