package org.leerwerkplek.fieldwork;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.leerwerkplek.platform.tables.StrictUtf8Reader;

/**
 * Reads an invitee list in CSV: a header with the columns {@code company}, {@code contact},
 * {@code email}, {@code language} (required) and {@code size_class}, {@code subsector},
 * {@code region} (optional), in any order; comma or semicolon as separator (taken from the
 * header); fields may be quoted with {@code "}. Reading does not check the values
 * ({@link InviteeList#check} does).
 */
public final class InviteeCsv {

    /** The lines read (the first data line is line 2) or what keeps the file from being read. */
    public record Parsed(List<InviteeLine> lines, List<LineProblem> problems) {
    }

    static final List<String> REQUIRED = List.of("company", "contact", "email", "language");

    private InviteeCsv() {
    }

    public static Parsed read(Reader in) throws IOException {
        try {
            return readChecked(new BufferedReader(in));
        } catch (StrictUtf8Reader.NotUtf8Exception e) {
            return new Parsed(List.of(), List.of(LineProblem.of(e.line(), "fieldwork.import.notUtf8",
                    String.valueOf(e.line()))));
        }
    }

    private static Parsed readChecked(BufferedReader reader) throws IOException {
        String header = reader.readLine();
        if (header == null || header.isBlank()) {
            return new Parsed(List.of(), List.of(LineProblem.of(1, "fieldwork.import.empty")));
        }
        if (header.startsWith("\uFEFF")) {
            header = header.substring(1);
        }
        char separator = header.indexOf(';') >= 0 && header.indexOf(',') < 0 ? ';' : ',';
        List<String> names = fields(header, separator);
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            columns.put(names.get(i).strip().toLowerCase(Locale.ROOT), i);
        }
        List<LineProblem> problems = new ArrayList<>();
        for (String column : REQUIRED) {
            if (!columns.containsKey(column)) {
                problems.add(LineProblem.of(1, "fieldwork.import.columnMissing", column));
            }
        }
        if (!problems.isEmpty()) {
            return new Parsed(List.of(), problems);
        }
        List<InviteeLine> lines = new ArrayList<>();
        String text;
        int number = 1;
        while ((text = reader.readLine()) != null) {
            number++;
            if (text.isBlank()) {
                problems.add(LineProblem.of(number, "fieldwork.import.emptyLine"));
                continue;
            }
            List<String> fields = fields(text, separator);
            if (fields.size() != names.size()) {
                problems.add(LineProblem.of(number, "fieldwork.import.fieldCount", fields.size(), names.size()));
                continue;
            }
            lines.add(new InviteeLine(field(fields, columns, "company"), field(fields, columns, "contact"),
                    field(fields, columns, "email"), field(fields, columns, "language"),
                    field(fields, columns, "size_class"), field(fields, columns, "subsector"),
                    field(fields, columns, "region"), null));
        }
        return new Parsed(lines, problems);
    }

    private static String field(List<String> fields, Map<String, Integer> columns, String name) {
        Integer index = columns.get(name);
        return index == null ? null : fields.get(index).strip();
    }

    /** The fields of one line; a quoted field may hold the separator and doubled quotes. */
    static List<String> fields(String line, char separator) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == separator) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
