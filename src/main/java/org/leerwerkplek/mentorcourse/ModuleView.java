package org.leerwerkplek.mentorcourse;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.leerwerkplek.mentorcourse.content.CourseModule;
import org.leerwerkplek.mentorcourse.content.Language;
import org.leerwerkplek.mentorcourse.content.ModuleQuiz;
import org.leerwerkplek.mentorcourse.content.QuizOption;
import org.leerwerkplek.mentorcourse.content.QuizOrder;
import org.leerwerkplek.mentorcourse.content.QuizQuestion;
import org.leerwerkplek.mentorcourse.content.QuizScore;

/**
 * A module as one mentor reads it. A module that was not mailed to the mentor yet is not opened:
 * the view then holds only its title and the day it is expected.
 *
 * @param module      the module
 * @param language    the language the mentor reads it in
 * @param delivered   whether the module was mailed to the mentor; only then can it be read, answered and completed
 * @param expectedOn  for a module not delivered yet, the day its mail is expected; empty when it is not planned
 * @param html        the body, rendered and safe to show; empty when not delivered
 * @param order       the order in which this mentor sees the quiz options
 * @param completed   whether the mentor completed it
 * @param quizCorrect the mentor's last quiz result, if it answered
 * @param quizTotal   the number of questions of that result
 */
public record ModuleView(CourseModule module, Language language, boolean delivered, Optional<LocalDate> expectedOn,
                         String html, QuizOrder order, boolean completed, Optional<Integer> quizCorrect,
                         Optional<Integer> quizTotal) {

    /** The reflection questions in the mentor's language. */
    public List<String> reflection() {
        return module.reflection().stream().map(text -> text.in(language)).toList();
    }

    /**
     * Scores answers given as positions shown (question id to position), as the mentor's check
     * did; nothing is stored.
     *
     * @throws IllegalArgumentException for answers that do not fit the quiz
     */
    public QuizScore score(Map<String, Integer> shown) {
        return ModuleQuiz.score(module, order.toWritten(module, shown));
    }

    /** The options of {@code question} in the order this mentor sees them. */
    public List<QuizOption> options(QuizQuestion question) {
        return order.options(question);
    }
}
