/**
 * Survey responses as CSV: export ({@link org.leerwerkplek.surveys.csv.ResponseCsvWriter}), a
 * codebook ({@link org.leerwerkplek.surveys.csv.CodebookWriter}) and import
 * ({@link org.leerwerkplek.surveys.csv.ResponseCsvReader}), per instrument version. Plain Java:
 * it depends only on the survey definition, so the service that stores responses calls it and
 * not the other way round.
 *
 * <h2>The file</h2>
 * <ul>
 *   <li>Columns: see {@link org.leerwerkplek.surveys.csv.CsvLayout}. The header holds codes only;
 *       {@code CODE.OPTION} and {@code CODE.ITEM} for the parts of a question, {@code CODE#OTHER}
 *       for an "other, namely" text. Neither {@code .} nor {@code #} can occur in a data code.</li>
 *   <li>Values: option, point and {@code na} codes; {@code 0}/{@code 1} per option of a
 *       {@code multiple}; the rank per option of a {@code ranking}; numbers with a dot; dates
 *       {@code YYYY-MM-DD}; texts as given. An empty cell is "not answered".</li>
 *   <li>Syntax: RFC 4180, UTF-8, records ended by CRLF. Written with {@code ,} (or {@code ;} and
 *       a byte order mark for Excel, {@link org.leerwerkplek.surveys.csv.CsvDialect}); read with
 *       either separator, CRLF or LF, with or without byte order mark.</li>
 *   <li>Export in codes mode re-imports into the same answers (numbers compare by value). Labels
 *       mode is for people: labels instead of codes, and texts protected against formula
 *       injection; it is not meant for re-import.</li>
 *   <li>Import is all or nothing: each row becomes a submitted response and must be complete and
 *       consistent with the definition's conditions; every error comes with line, column and an
 *       English message.</li>
 * </ul>
 */
package org.leerwerkplek.surveys.csv;
