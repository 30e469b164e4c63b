package org.leerwerkplek.analysis;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;
import javax.sql.DataSource;
import org.leerwerkplek.surveys.definition.model.Instrument;

/**
 * The analysis' columns kept in the database ({@code analysis_column_snapshot}, migration V37), per
 * table key, with the point of the instrument's change counter they reflect: a node that holds no
 * columns (after a restart, or a second node) reads these and the responses changed since instead
 * of decoding every response. Each write is its own statement in auto-commit (never part of a
 * writer's transaction) and never replaces columns of a later point; a failure to write only costs
 * the next cold node a full read.
 */
public final class ColumnSnapshots {

    /** Columns as stored: the counter's point and the packed table. */
    public record Stored(long seq, byte[] packed) {
    }

    /** SQLSTATE of a unique key violated, on Derby and PostgreSQL alike. */
    private static final String DUPLICATE_KEY = "23505";

    private final DataSource dataSource;
    private final Clock clock;

    public ColumnSnapshots(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /** The columns stored under {@code key}, if any. */
    public Optional<Stored> read(String key) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT seq, packed FROM analysis_column_snapshot WHERE table_key = ?")) {
            select.setString(1, key);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(new Stored(row.getLong(1), row.getBytes(2))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the stored columns " + key, e);
        }
    }

    /**
     * Stores {@code packed} as the columns of {@code key} at point {@code seq}, unless columns of
     * that point or a later one are there already (another node's); whether it was written.
     */
    public boolean write(String key, long seq, byte[] packed) {
        try (Connection connection = dataSource.getConnection()) {
            Timestamp now = Timestamp.from(clock.instant());
            try (PreparedStatement update = connection.prepareStatement("UPDATE analysis_column_snapshot"
                    + " SET seq = ?, written_at = ?, packed = ? WHERE table_key = ? AND seq < ?")) {
                update.setLong(1, seq);
                update.setTimestamp(2, now);
                update.setBytes(3, packed);
                update.setString(4, key);
                update.setLong(5, seq);
                if (update.executeUpdate() == 1) {
                    return true;
                }
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO analysis_column_snapshot"
                    + " (table_key, seq, written_at, packed) VALUES (?, ?, ?, ?)")) {
                insert.setString(1, key);
                insert.setLong(2, seq);
                insert.setTimestamp(3, now);
                insert.setBytes(4, packed);
                return insert.executeUpdate() == 1;
            } catch (SQLException e) {
                if (DUPLICATE_KEY.equals(e.getSQLState())) {
                    return false;  // there already, of this point or a later one
                }
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot store the columns " + key, e);
        }
    }

    /** The finished {@code table} packed: its columns written and deflated. */
    public static byte[] pack(ResponseTable table) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(
                new DeflaterOutputStream(bytes, deflater, 1 << 16), 1 << 16))) {
            table.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deflater.end();
        }
        return bytes.toByteArray();
    }

    /** The table {@link #pack} packed, read with the same {@code definition}; empty when it does not fit it. */
    public static Optional<ResponseTable> unpack(Instrument definition, byte[] packed) {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(
                new InflaterInputStream(new ByteArrayInputStream(packed)), 1 << 16))) {
            return Optional.of(ResponseTable.readFrom(definition, in));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
