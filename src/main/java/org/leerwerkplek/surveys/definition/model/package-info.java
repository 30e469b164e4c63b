/**
 * An instrument as read from its file (README sections 2-5, 7 and 8): sections, questions, options, scales,
 * texts per language and its analysis block; the answers given to it ({@link org.leerwerkplek.surveys.definition.model.Answers},
 * {@link org.leerwerkplek.surveys.definition.model.AnswerValue}); which of its sections and questions are shown for
 * the answers so far ({@link org.leerwerkplek.surveys.definition.model.Relevance}) and what its conditions may refer to
 * ({@link org.leerwerkplek.surveys.definition.model.ConditionChecker}). Immutable values, no I/O.
 */
package org.leerwerkplek.surveys.definition.model;
