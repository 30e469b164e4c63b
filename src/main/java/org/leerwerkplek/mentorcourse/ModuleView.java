package org.leerwerkplek.mentorcourse;

import java.util.List;
import java.util.Optional;
import org.leerwerkplek.mentorcourse.content.CourseModule;
import org.leerwerkplek.mentorcourse.content.Language;

/**
 * A module as one mentor reads it.
 *
 * @param module      the module
 * @param language    the language the mentor reads it in
 * @param html        the body, rendered and safe to show
 * @param completed   whether the mentor completed it
 * @param quizCorrect the mentor's last quiz result, if it answered
 * @param quizTotal   the number of questions of that result
 */
public record ModuleView(CourseModule module, Language language, String html, boolean completed,
                         Optional<Integer> quizCorrect, Optional<Integer> quizTotal) {

    /** The reflection questions in the mentor's language. */
    public List<String> reflection() {
        return module.reflection().stream().map(text -> text.in(language)).toList();
    }
}
