package org.leerwerkplek.mentorcourse;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.leerwerkplek.mentorcourse.content.Focus;
import org.leerwerkplek.mentorcourse.content.LocalizedText;
import org.leerwerkplek.mentorcourse.delivery.Frequency;

/**
 * Course-wide figures for analysts: no names, only counts.
 *
 * @param mentors  following mentors (confirmed, not left) per frequency and focus
 * @param pending  mentors that have not confirmed yet
 * @param left     mentors that left the course
 * @param modules  per module of the course, in course order
 */
public record CourseFigures(Map<Frequency, Map<Focus, Long>> mentors, long pending, long left,
                            List<ModuleFigures> modules) {

    /**
     * One module's figures.
     *
     * @param title        its title, in the reader's language where it has it, with that language
     * @param received     mentors it was mailed to
     * @param opened       mentors that opened it
     * @param completed    mentors that completed it
     * @param quizzes      mentors that answered its quiz
     * @param quizPercent  correct answers over all answers to its quiz, in percent
     */
    public record ModuleFigures(String moduleId, LocalizedText.Shown title, long received, long opened, long completed,
                                long quizzes, Optional<Integer> quizPercent) {
    }

    /** Following mentors in all. */
    public long following() {
        return mentors.values().stream().flatMap(m -> m.values().stream()).mapToLong(Long::longValue).sum();
    }
}
