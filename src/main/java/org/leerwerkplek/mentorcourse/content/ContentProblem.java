package org.leerwerkplek.mentorcourse.content;

/**
 * Something wrong in a course file, pointing at the line to fix.
 *
 * @param file    the file relative to the course folder, with forward slashes
 *                ({@code modules/03-wanneer-ingrijpen.md}, {@code course.yaml})
 * @param line    the line in that file, from 1
 * @param message what is wrong, in English
 */
public record ContentProblem(String file, int line, String message) {

    /** The problem as {@code file:line: message}, the form editors and build logs link to. */
    @Override
    public String toString() {
        return file + ":" + line + ": " + message;
    }
}
