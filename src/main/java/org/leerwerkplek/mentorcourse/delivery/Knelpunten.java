package org.leerwerkplek.mentorcourse.delivery;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.leerwerkplek.surveys.definition.model.AnswerValue;
import org.leerwerkplek.surveys.definition.model.Answers;

/**
 * The knelpunten an employer agreed with in the employer questionnaire: the items of
 * {@value #QUESTION} (statements {@code K01}...{@code K12} on a five-point scale from "helemaal
 * oneens" to "helemaal eens") answered {@value #AGREED} or more. "Weet niet" and unanswered items
 * do not count.
 */
public final class Knelpunten {

    /** The likert matrix of the employer questionnaire with one statement per knelpunt. */
    public static final String QUESTION = "Q15_KNELPUNTEN";
    /** The lowest point that counts as agreeing ("eens"). */
    public static final int AGREED = 4;
    private static final Pattern CODE = Pattern.compile("K[0-9]{2}");
    private static final Pattern POINT = Pattern.compile("[0-9]{1,2}");

    private Knelpunten() {
    }

    /** The knelpunt codes agreed with in one questionnaire's answers, in code order. */
    public static Set<String> agreedWith(Answers questionnaire) {
        Set<String> codes = new TreeSet<>();
        questionnaire.given(QUESTION).ifPresent(value -> {
            if (value instanceof AnswerValue.Matrix matrix) {
                for (Map.Entry<String, String> item : matrix.items().entrySet()) {
                    if (CODE.matcher(item.getKey()).matches() && POINT.matcher(item.getValue()).matches()
                            && Integer.parseInt(item.getValue()) >= AGREED) {
                        codes.add(item.getKey());
                    }
                }
            }
        });
        return codes;
    }
}
