/**
 * The condition language of {@code relevant} and {@code when} (README section 6): its parser and the
 * parsed conditions, which evaluate over what they read of the answers ({@link
 * org.leerwerkplek.surveys.definition.condition.AnswerReader}). It knows nothing of the instrument model.
 */
package org.leerwerkplek.surveys.definition.condition;
