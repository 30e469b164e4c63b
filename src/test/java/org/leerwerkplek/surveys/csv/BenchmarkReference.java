package org.leerwerkplek.surveys.csv;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The references of {@code bench/survey-data.sh}, measured in the same run as the figures they
 * stand beside, after the server has stopped (embedded Derby lets one process in at a time):
 * <ol>
 *   <li>{@code insert}: reads every row of {@code survey_response} into memory, then times a plain
 *       JDBC batched insert (batches of 1000, one transaction, committed) of the same rows into a
 *       scratch table of the same columns, types and indexes in the same database (since V39 the
 *       answers as UTF-8 bytes; primary key, unique token hash and the other indexes that
 *       {@code survey_response} has, read from the database's metadata; no foreign key: the table
 *       has none since V39), and drops it;</li>
 *   <li>{@code csv}: reads a CSV file into memory and times writing it to a new file (buffered
 *       UTF-8 writer, the same bytes).</li>
 * </ol>
 * Each prints the seconds on one line: {@code java ... BenchmarkReference insert <jdbc url> <user>
 * <password>} and {@code java ... BenchmarkReference csv <in.csv> <out.csv>}.
 */
public final class BenchmarkReference {

    private static final String TABLE = "bench_reference_response";

    private BenchmarkReference() {
    }

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "insert" -> System.out.printf("%.2f%n", insert(args[1], args.length > 2 ? args[2] : "",
                    args.length > 3 ? args[3] : ""));
            case "csv" -> System.out.printf("%.2f%n", csv(Path.of(args[1]), Path.of(args[2])));
            default -> throw new IllegalArgumentException("insert or csv");
        }
    }

    /**
     * The columns of each index of {@code survey_response} that is not unique (the primary key and the
     * token's unique key are made with the table), as the database has them: the reference keeps the
     * shape of the table as the migrations leave it.
     */
    private static List<List<String>> plainIndexes(Connection connection) throws SQLException {
        java.util.Map<String, java.util.TreeMap<Short, String>> indexes = new java.util.TreeMap<>();
        java.sql.DatabaseMetaData meta = connection.getMetaData();
        String table = meta.storesUpperCaseIdentifiers() ? "SURVEY_RESPONSE" : "survey_response";
        try (ResultSet index = meta.getIndexInfo(null, null, table, false, false)) {
            while (index.next()) {
                if (index.getBoolean("NON_UNIQUE") && index.getString("INDEX_NAME") != null) {
                    indexes.computeIfAbsent(index.getString("INDEX_NAME"), k -> new java.util.TreeMap<>())
                            .put(index.getShort("ORDINAL_POSITION"), index.getString("COLUMN_NAME").toLowerCase());
                }
            }
        }
        List<List<String>> columns = new ArrayList<>();
        // Derby reports the backing index of a unique key on a nullable column as not unique
        indexes.values().stream().map(c -> List.copyOf(c.values())).filter(c -> !c.equals(List.of("token_hash")))
                .forEach(columns::add);
        System.err.println("reference indexes besides the primary key and the token's: " + columns);
        return columns;
    }

    static double insert(String url, String user, String password) throws SQLException {
        if (url.startsWith("jdbc:derby:")) {
            // the server's own Derby settings (LeerwerkplekDataSource)
            System.setProperty("derby.storage.logBufferSize", "131072");
            System.setProperty("derby.storage.pageCacheSize", "10000");
            System.setProperty("derby.stream.error.file", "/dev/null");
        }
        try (Connection connection = user.isEmpty() ? DriverManager.getConnection(url)
                : DriverManager.getConnection(url, user, password)) {
            List<Object[]> rows = new ArrayList<>();
            List<String> columns = new ArrayList<>();
            List<String> types = new ArrayList<>();
            try (Statement select = connection.createStatement()) {
                select.setFetchSize(1000);
                try (ResultSet result = select.executeQuery("SELECT * FROM survey_response")) {
                    ResultSetMetaData meta = result.getMetaData();
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        columns.add(meta.getColumnName(i).toLowerCase());
                        types.add(type(meta, i));
                    }
                    while (result.next()) {
                        Object[] row = new Object[columns.size()];
                        for (int i = 0; i < row.length; i++) {
                            row[i] = types.get(i).endsWith("CLOB") ? result.getString(i + 1) : result.getObject(i + 1);
                        }
                        rows.add(row);
                    }
                }
            }
            StringBuilder create = new StringBuilder("CREATE TABLE " + TABLE + " (");
            for (int i = 0; i < columns.size(); i++) {
                create.append(i == 0 ? "" : ", ").append(columns.get(i)).append(' ').append(types.get(i));
            }
            create.append(", PRIMARY KEY (id), UNIQUE (token_hash))");
            try (Statement ddl = connection.createStatement()) {
                ddl.execute(create.toString());
                int n = 0;
                for (List<String> indexed : plainIndexes(connection)) {
                    ddl.execute("CREATE INDEX ix_" + TABLE + "_" + ++n + " ON " + TABLE + " (" + String.join(", ", indexed) + ")");
                }
            }
            String insert = "INSERT INTO " + TABLE + " (" + String.join(", ", columns) + ") VALUES ("
                    + String.join(", ", java.util.Collections.nCopies(columns.size(), "?")) + ")";
            connection.setAutoCommit(false);
            java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
            long startCpu = cpu.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            try (PreparedStatement statement = connection.prepareStatement(insert)) {
                int pending = 0;
                for (Object[] row : rows) {
                    for (int i = 0; i < row.length; i++) {
                        if (row[i] instanceof String text) {
                            statement.setString(i + 1, text);
                        } else {
                            statement.setObject(i + 1, row[i]);
                        }
                    }
                    statement.addBatch();
                    if (++pending == 1000) {
                        statement.executeBatch();
                        pending = 0;
                    }
                }
                statement.executeBatch();
            }
            connection.commit();
            double seconds = (System.nanoTime() - start) / 1e9;
            // embedded Derby inserts on this thread: its CPU time is the insert's, whatever else runs on the machine
            System.err.printf("reference insert CPU: %.2f s%n", (cpu.getCurrentThreadCpuTime() - startCpu) / 1e9);
            connection.setAutoCommit(true);
            try (Statement ddl = connection.createStatement()) {
                ddl.execute("DROP TABLE " + TABLE);
            }
            System.err.printf("reference insert: %d rows of %d columns%n", rows.size(), columns.size());
            return seconds;
        } finally {
            if (url.startsWith("jdbc:derby:")) {
                try {
                    DriverManager.getConnection("jdbc:derby:;shutdown=true");
                } catch (SQLException expected) {
                    // Derby says a shut down with an exception
                }
            }
        }
    }

    /** The column's type as DDL: the same name and size as in survey_response. */
    private static String type(ResultSetMetaData meta, int column) throws SQLException {
        String name = meta.getColumnTypeName(column).toUpperCase();
        String nullable = meta.isNullable(column) == ResultSetMetaData.columnNoNulls ? " NOT NULL" : "";
        if (name.endsWith("FOR BIT DATA")) { // Derby names it "VARCHAR () FOR BIT DATA"
            return name.substring(0, name.indexOf(' ')) + "(" + meta.getPrecision(column) + ") FOR BIT DATA" + nullable;
        }
        return switch (name) {
            case "VARCHAR" -> "VARCHAR(" + meta.getPrecision(column) + ")" + nullable;
            case "TEXT", "CLOB" -> name + nullable;
            case "INT4", "INTEGER" -> "INTEGER" + nullable;
            case "INT8", "BIGINT", "BIGSERIAL" -> "BIGINT" + nullable;
            default -> name + nullable;
        };
    }

    static double csv(Path in, Path out) throws IOException {
        String text = Files.readString(in, StandardCharsets.UTF_8);
        long start = System.nanoTime();
        try (BufferedWriter writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (int from = 0; from < text.length(); from += 1 << 13) {
                writer.write(text, from, Math.min(1 << 13, text.length() - from));
            }
        }
        return (System.nanoTime() - start) / 1e9;
    }
}
