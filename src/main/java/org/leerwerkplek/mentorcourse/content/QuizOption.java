package org.leerwerkplek.mentorcourse.content;

/** One answer a mentor can choose in a quiz question. */
public record QuizOption(LocalizedText text, boolean correct) {
}
