/**
 * An instrument as read from its file (README sections 2-5 and 7): sections, questions, options, scales,
 * texts per language; and the answers given to it ({@link org.leerwerkplek.surveys.definition.model.Answers},
 * {@link org.leerwerkplek.surveys.definition.model.AnswerValue}). Immutable values, no I/O.
 */
package org.leerwerkplek.surveys.definition.model;
