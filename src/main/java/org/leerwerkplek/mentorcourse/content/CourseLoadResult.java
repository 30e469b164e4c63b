package org.leerwerkplek.mentorcourse.content;

import java.util.List;
import java.util.Optional;

/**
 * What loading the course folder gave.
 *
 * @param course   the course with the modules that loaded; empty when {@code course.yaml} is
 *                 missing or lacks a usable id, version, title or module list
 * @param problems every problem found, by file and line; empty for a clean course
 */
public record CourseLoadResult(Optional<Course> course, List<ContentProblem> problems) {

    public CourseLoadResult {
        problems = List.copyOf(problems);
    }

    /** Whether the course loaded without a single problem. */
    public boolean isClean() {
        return course.isPresent() && problems.isEmpty();
    }
}
