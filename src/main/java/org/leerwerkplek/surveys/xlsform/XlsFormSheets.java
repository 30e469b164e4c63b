package org.leerwerkplek.surveys.xlsform;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The sheets of an XLSForm as read from a file: per sheet (lowercase name) its header names (trimmed,
 * lowercase) and its non-blank rows, each with the spreadsheet's row number (the header is row 1 in a
 * workbook; in a CSV file, the line number).
 */
public record XlsFormSheets(Map<String, Sheet> sheets) {

    public XlsFormSheets {
        sheets = Map.copyOf(sheets);
    }

    public Optional<Sheet> sheet(String name) {
        return Optional.ofNullable(sheets.get(name));
    }

    /** One sheet. */
    public record Sheet(String name, int headerRow, List<String> headers, List<Row> rows) {
        public Sheet {
            headers = List.copyOf(headers);
            rows = List.copyOf(rows);
        }
    }

    /** One row: its number and its cells by (normalised) header; empty cells are absent. */
    public record Row(int number, Map<String, String> cells) {
        public Row {
            cells = Map.copyOf(cells);
        }

        public String get(String header) {
            return cells.getOrDefault(header, "").trim();
        }
    }

    /** A header as the converter compares it: trimmed, lowercase, single spaces. */
    public static String normalise(String header) {
        return header == null ? "" : header.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
