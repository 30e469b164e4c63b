package org.leerwerkplek.platform.persistence;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;

/** One prepared statement run once per item, sent to the database in JDBC batches. */
public final class Batches {

    /** Sets the parameters of the statement for one item. */
    @FunctionalInterface
    public interface Binder<T> {
        void bind(PreparedStatement statement, T item) throws SQLException;
    }

    private Batches() {
    }

    /**
     * Binds each item, adds it to the batch and sends the batch every {@code size} items and at the last;
     * answers the driver's update count per item, in the items' order ({@link java.sql.Statement#SUCCESS_NO_INFO}
     * where the driver gives none).
     */
    public static <T> int[] run(PreparedStatement statement, Collection<? extends T> items, int size,
                                Binder<? super T> binder) throws SQLException {
        int[] counts = new int[items.size()];
        int done = 0;
        int pending = 0;
        for (T item : items) {
            binder.bind(statement, item);
            statement.addBatch();
            if (++pending == size || done + pending == counts.length) {
                int[] sent = statement.executeBatch();
                if (sent.length != pending) {
                    throw new SQLException("The driver reported " + sent.length + " of " + pending + " statements of a batch");
                }
                System.arraycopy(sent, 0, counts, done, pending);
                done += pending;
                pending = 0;
            }
        }
        return counts;
    }
}
