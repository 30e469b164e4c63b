package org.leerwerkplek.companies.fiche;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.leerwerkplek.surveys.definition.model.AnswerValue;
import org.leerwerkplek.surveys.definition.model.Answers;
import org.leerwerkplek.surveys.definition.model.Instrument;
import org.leerwerkplek.surveys.definition.model.Question;

/**
 * What changed between two fiches of the same company: per question of the instrument, in its
 * order, the earlier and the later answer where they differ (one of them may be missing).
 */
public final class FicheDiff {

    /** One question whose answer changed. */
    public record Difference(Question question, Optional<AnswerValue> before, Optional<AnswerValue> after) {
        public Difference {
            Objects.requireNonNull(question, "question");
            Objects.requireNonNull(before, "before");
            Objects.requireNonNull(after, "after");
        }
    }

    private FicheDiff() {
    }

    /**
     * The questions of {@code instrument} whose answers differ between {@code before} and
     * {@code after}. Empty answers count as no answer; the order of a multiple choice does not matter.
     */
    public static List<Difference> between(Instrument instrument, Answers before, Answers after) {
        List<Difference> differences = new ArrayList<>();
        for (Question question : instrument.questions()) {
            Optional<AnswerValue> earlier = before.given(question.code());
            Optional<AnswerValue> later = after.given(question.code());
            if (!same(earlier, later)) {
                differences.add(new Difference(question, earlier, later));
            }
        }
        return List.copyOf(differences);
    }

    private static boolean same(Optional<AnswerValue> a, Optional<AnswerValue> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return a.isEmpty() && b.isEmpty();
        }
        if (a.get() instanceof AnswerValue.Multiple x && b.get() instanceof AnswerValue.Multiple y) {
            return x.codes().size() == y.codes().size() && x.codes().containsAll(y.codes())
                    && x.otherText().equals(y.otherText());
        }
        if (a.get() instanceof AnswerValue.Numeric x && b.get() instanceof AnswerValue.Numeric y) {
            return x.value().compareTo(y.value()) == 0;
        }
        return a.get().equals(b.get());
    }
}
