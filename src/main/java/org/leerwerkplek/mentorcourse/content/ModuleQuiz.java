package org.leerwerkplek.mentorcourse.content;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/** Scores a mentor's answers to a module's quiz. */
public final class ModuleQuiz {

    private ModuleQuiz() {
    }

    /**
     * Scores {@code answers}: quiz question id to the chosen option (index from 0). A question
     * without an answer counts as not correct; no answers at all give 0 of the number of
     * questions. An answer to an unknown question or an option that does not exist is refused.
     */
    public static QuizScore score(CourseModule module, Map<String, Integer> answers) {
        Set<String> unknown = new HashSet<>(answers.keySet());
        List<QuizScore.Answer> results = new ArrayList<>();
        for (QuizQuestion question : module.quiz()) {
            unknown.remove(question.id());
            Integer chosen = answers.get(question.id());
            if (chosen == null) {
                results.add(new QuizScore.Answer(question, OptionalInt.empty(), false));
                continue;
            }
            if (chosen < 0 || chosen >= question.options().size()) {
                throw new IllegalArgumentException("question " + question.id() + " of module " + module.id()
                        + " has no option " + chosen);
            }
            results.add(new QuizScore.Answer(question, OptionalInt.of(chosen), chosen == question.correctOption()));
        }
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("module " + module.id() + " has no quiz question " + unknown);
        }
        return new QuizScore(module.id(), results);
    }
}
