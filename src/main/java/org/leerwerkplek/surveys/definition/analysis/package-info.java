/**
 * The parser of an instrument's {@code analysis} block (README section 8): subgroups, known shares of the
 * sector and multiple-response sets, read into the model's {@link org.leerwerkplek.surveys.definition.model.Analysis}.
 */
package org.leerwerkplek.surveys.definition.analysis;
