package org.leerwerkplek.surveys.csv;

import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One record read by {@link CsvRecordReader}.
 *
 * @param line the physical line (1-based) on which the record starts
 * @param fields the field values, unquoted
 * @param problems what is wrong with the record's syntax; empty for a well-formed record
 *
 * <p>The lists are taken as given, not copied: the reader hands over lists it no longer touches,
 * and a copy of every record would cost more than the rest of reading it.
 */
public record CsvRecord(int line, List<String> fields, List<Problem> problems) {

    /** A syntax problem in field {@code field} (1-based). */
    public record Problem(int field, String message) {
        public Problem {
            Objects.requireNonNull(message, "message");
        }
    }

    public CsvRecord {
        fields = Collections.unmodifiableList(fields);
        problems = Collections.unmodifiableList(problems);
    }

    /** Whether every field is empty: a blank line, or a line of separators only. */
    public boolean isBlank() {
        for (String field : fields) {
            if (!field.isEmpty()) {
                return false;
            }
        }
        return true;
    }
}
