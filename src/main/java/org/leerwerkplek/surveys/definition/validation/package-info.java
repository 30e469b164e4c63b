/**
 * Checks against an instrument: the answers of a response ({@link
 * org.leerwerkplek.surveys.definition.validation.AnswerValidator}, README sections 4 and 5) and a new
 * version of an instrument against the version in service ({@link
 * org.leerwerkplek.surveys.definition.validation.VersionCompatibility}, README section 9).
 */
package org.leerwerkplek.surveys.definition.validation;
