package org.leerwerkplek.mentorcourse.content;

import java.util.List;
import java.util.stream.IntStream;

/**
 * A multiple-choice question of a module's quiz: at least two options, exactly one of them
 * correct, and an explanation shown once the mentor answered.
 *
 * @param id          unique within the module ({@code q1}, {@code q2}, ...)
 * @param question    the question
 * @param options     the options in the order shown
 * @param explanation why the correct option is correct
 */
public record QuizQuestion(String id, LocalizedText question, List<QuizOption> options, LocalizedText explanation) {

    public QuizQuestion {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a quiz question needs an id");
        }
        options = List.copyOf(options);
        if (options.size() < 2 || options.stream().filter(QuizOption::correct).count() != 1) {
            throw new IllegalArgumentException("quiz question " + id + " needs two or more options, exactly one correct");
        }
    }

    /** The index (from 0) of the correct option. */
    public int correctOption() {
        return IntStream.range(0, options.size()).filter(i -> options.get(i).correct()).findFirst().orElseThrow();
    }
}
