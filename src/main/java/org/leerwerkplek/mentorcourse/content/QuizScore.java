package org.leerwerkplek.mentorcourse.content;

import java.util.List;
import java.util.OptionalInt;

/**
 * How a mentor answered a module's quiz.
 *
 * @param moduleId the module
 * @param answers  one result per quiz question, in quiz order
 */
public record QuizScore(String moduleId, List<Answer> answers) {

    /**
     * The mentor's answer to one question.
     *
     * @param question the question, with its explanation to show
     * @param chosen   the chosen option (index from 0), empty when not answered
     * @param correct  whether the chosen option is the correct one; false when not answered
     */
    public record Answer(QuizQuestion question, OptionalInt chosen, boolean correct) {
    }

    public QuizScore {
        answers = List.copyOf(answers);
    }

    /** The number of questions answered correctly. */
    public int correct() {
        return (int) answers.stream().filter(Answer::correct).count();
    }

    /** The number of questions in the quiz. */
    public int total() {
        return answers.size();
    }

    /** Whether every question was answered correctly. */
    public boolean allCorrect() {
        return correct() == total();
    }
}
