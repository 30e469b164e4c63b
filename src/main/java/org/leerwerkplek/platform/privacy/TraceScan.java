package org.leerwerkplek.platform.privacy;

import java.io.Serializable;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Looks for texts in every text column of every table of the application's schema: after an
 * erasure, an admin (and the erasure test) sees that the address and name are nowhere left.
 * Case does not matter. Reads every row: for an admin's check, not for a page that loads often.
 */
public final class TraceScan {

    /** A column with rows holding one of the texts. */
    public record Trace(String table, String column, long rows) implements Serializable {
    }

    private static final Set<Integer> TEXT = Set.of(Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR, Types.CLOB,
            Types.NCHAR, Types.NVARCHAR, Types.LONGNVARCHAR, Types.NCLOB);

    private TraceScan() {
    }

    /** Every column holding one of {@code texts} (each at least 3 characters), and in how many rows. */
    public static List<Trace> scan(Connection connection, List<String> texts) throws SQLException {
        List<String> wanted = texts.stream().filter(t -> t != null && t.strip().length() >= 3)
                .map(t -> t.strip().toLowerCase(Locale.ROOT)).distinct().toList();
        if (wanted.isEmpty()) {
            return List.of();
        }
        DatabaseMetaData meta = connection.getMetaData();
        String schema = connection.getSchema();
        List<String[]> columns = new ArrayList<>();
        try (ResultSet tables = meta.getTables(null, schema, "%", new String[] {"TABLE"})) {
            while (tables.next()) {
                String table = tables.getString("TABLE_NAME");
                try (ResultSet cols = meta.getColumns(null, schema, table, "%")) {
                    while (cols.next()) {
                        if (TEXT.contains(cols.getInt("DATA_TYPE"))) {
                            columns.add(new String[] {table, cols.getString("COLUMN_NAME")});
                        }
                    }
                }
            }
        }
        List<Trace> traces = new ArrayList<>();
        for (String[] column : columns) {
            String value = "LOWER(" + quote(column[1]) + ")";
            String condition = String.join(" OR ", wanted.stream().map(w -> value + " LIKE ? ESCAPE '!'").toList());
            try (PreparedStatement count = connection.prepareStatement(
                    "SELECT COUNT(*) FROM " + quote(column[0]) + " WHERE " + condition)) {
                for (int i = 0; i < wanted.size(); i++) {
                    count.setString(i + 1, "%" + escape(wanted.get(i)) + "%");
                }
                try (ResultSet row = count.executeQuery()) {
                    row.next();
                    long rows = row.getLong(1);
                    if (rows > 0) {
                        traces.add(new Trace(column[0].toLowerCase(Locale.ROOT), column[1].toLowerCase(Locale.ROOT), rows));
                    }
                }
            }
        }
        return traces;
    }

    private static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    private static String escape(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
