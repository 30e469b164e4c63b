/**
 * The condition language of {@code relevant} and {@code when} (README section 6): its parser, the
 * parsed conditions that evaluate over answers, the check of what a condition may refer to, and
 * {@link org.leerwerkplek.surveys.definition.condition.Relevance}: which sections and questions are
 * shown for the answers so far.
 */
package org.leerwerkplek.surveys.definition.condition;
