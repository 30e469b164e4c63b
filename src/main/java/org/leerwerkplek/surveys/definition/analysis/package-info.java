/**
 * The {@code analysis} block of an instrument (README section 8): subgroups, known shares of the
 * sector and multiple-response sets, as the analysis part reads them, with their parser.
 */
package org.leerwerkplek.surveys.definition.analysis;
