/**
 * The survey definitions of the {@code surveys/} folder (its README): {@link
 * org.leerwerkplek.surveys.definition.DefinitionFolder} loads a folder, {@link
 * org.leerwerkplek.surveys.definition.DefinitionParser} reads one instrument file, and a {@link
 * org.leerwerkplek.surveys.definition.DefinitionCompanion} of another part reads that part's own
 * file next to an instrument. The concerns live in sub-packages: {@code model} (the instrument and
 * the answers), {@code condition} (the condition language and what is shown), {@code validation}
 * (answers and new versions checked against an instrument), {@code analysis} (the analysis block of
 * an instrument) and {@code yaml} (reading YAML with every error at its file, line and column).
 */
package org.leerwerkplek.surveys.definition;
