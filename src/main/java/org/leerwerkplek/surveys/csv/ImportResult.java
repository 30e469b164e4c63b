package org.leerwerkplek.surveys.csv;

import java.util.ArrayList;
import java.util.List;

/**
 * The outcome of reading a response CSV. The file may be stored only when it {@linkplain
 * #isValid() is valid}: import is all or nothing.
 *
 * @param rows the data records read (the header and blank records not counted); 0 when the
 *             header is wrong, since rows are then not read
 * @param accepted the records handed to the caller's consumer; all of them when the file is valid
 * @param errors the errors in file order, at most {@link ResponseCsvReader#MAX_ERRORS}
 * @param moreErrors how many further errors were found but not kept
 */
public record ImportResult(int rows, int accepted, List<ImportError> errors, int moreErrors) {

    public ImportResult {
        errors = List.copyOf(errors);
        if (moreErrors > 0 && errors.isEmpty()) {
            throw new IllegalArgumentException("more errors without errors");
        }
    }

    /** Whether the whole file is correct, so that every row may be stored. */
    public boolean isValid() {
        return errors.isEmpty();
    }

    /** Every error as a line of text, and a last line {@code … and N more errors} when some were not kept. */
    public List<String> report() {
        List<String> lines = new ArrayList<>();
        errors.forEach(e -> lines.add(e.toString()));
        if (moreErrors > 0) {
            lines.add("… and " + moreErrors + " more error" + (moreErrors == 1 ? "" : "s"));
        }
        return List.copyOf(lines);
    }
}
