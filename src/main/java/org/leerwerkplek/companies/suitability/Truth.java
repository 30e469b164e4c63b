package org.leerwerkplek.companies.suitability;

import java.util.function.Predicate;
import org.leerwerkplek.surveys.definition.condition.Condition;
import org.leerwerkplek.surveys.definition.model.Answers;

/**
 * A condition read with three values (Kleene's logic): {@link #UNKNOWN} where it reads an answer
 * that is still to be given, so that "not X == JA" is not taken as true before X is answered.
 * {@code a and b} is false as soon as one side is false, {@code a or b} true as soon as one side is
 * true, whatever the other; otherwise an unknown side makes the whole unknown.
 */
enum Truth {
    TRUE, FALSE, UNKNOWN;

    /**
     * @param unknown the references whose answer is still to be given: every comparison on them is
     *                unknown; other references are read as {@link Condition#evaluate} reads them
     */
    static Truth of(Condition condition, Answers answers, Predicate<Condition.Reference> unknown) {
        if (condition instanceof Condition.Not not) {
            return of(not.operand(), answers, unknown).negated();
        }
        if (condition instanceof Condition.And and) {
            Truth left = of(and.left(), answers, unknown);
            return left == FALSE ? FALSE : left.and(of(and.right(), answers, unknown));
        }
        if (condition instanceof Condition.Or or) {
            Truth left = of(or.left(), answers, unknown);
            return left == TRUE ? TRUE : left.or(of(or.right(), answers, unknown));
        }
        return condition.references().stream().anyMatch(unknown) ? UNKNOWN : valueOf(condition.evaluate(answers));
    }

    static Truth valueOf(boolean value) {
        return value ? TRUE : FALSE;
    }

    Truth negated() {
        return this == UNKNOWN ? UNKNOWN : valueOf(this == FALSE);
    }

    Truth and(Truth other) {
        if (this == FALSE || other == FALSE) {
            return FALSE;
        }
        return this == TRUE && other == TRUE ? TRUE : UNKNOWN;
    }

    Truth or(Truth other) {
        if (this == TRUE || other == TRUE) {
            return TRUE;
        }
        return this == FALSE && other == FALSE ? FALSE : UNKNOWN;
    }
}
