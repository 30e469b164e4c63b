package org.leerwerkplek.platform.tables;

/**
 * Text that a spreadsheet would run as a formula: a cell that starts with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or CR ({@code =HYPERLINK("https://evil.example","Klik")} typed by a
 * respondent). Exports neutralise such text by default; only an explicit "raw" export leaves it as
 * typed, for programs that read the file as data.
 *
 * <p>In CSV, {@link #neutralise} puts an apostrophe before it, which spreadsheets read as "text"
 * (and most show without the apostrophe). The rule looks past apostrophes already there, so it can
 * be undone exactly: {@link #restore} takes off the one apostrophe that {@code neutralise} added,
 * and a re-import of an exported file gives back the texts as they were typed. In XLSX a cell is
 * typed text anyway; there the cell is also marked "quote prefixed" ({@link #mayRunAsFormula}), so
 * it stays text when someone edits it.
 */
public final class Formulas {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private Formulas() {
    }

    /** Whether a spreadsheet would take {@code text} (after any leading apostrophes) for a formula. */
    public static boolean mayRunAsFormula(String text) {
        int i = 0;
        while (i < text.length() && text.charAt(i) == '\'') {
            i++;
        }
        return i < text.length() && FORMULA_STARTS.indexOf(text.charAt(i)) >= 0;
    }

    /** {@code text} with an apostrophe in front when a spreadsheet could run it; otherwise as it is. */
    public static String neutralise(String text) {
        return mayRunAsFormula(text) ? "'" + text : text;
    }

    /** The text that {@link #neutralise} was given: one leading apostrophe off where it added one. */
    public static String restore(String text) {
        return text.startsWith("'") && mayRunAsFormula(text) ? text.substring(1) : text;
    }
}
