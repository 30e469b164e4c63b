package org.leerwerkplek.fieldwork;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.leerwerkplek.analysis.ResponseWaves;

/** Which responses each fieldwork wave collected, for the analysis' wave filter (read only). */
@ApplicationScoped
public class WaveResponses implements ResponseWaves {

    @Inject
    DataSource dataSource;

    @Override
    public List<Wave> wavesOf(String instrumentId) {
        String sql = "SELECT id, name FROM fieldwork_wave WHERE instrument_id = ? ORDER BY invitation_date DESC, id DESC";
        List<Wave> waves = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, instrumentId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    waves.add(new Wave(rows.getLong(1), rows.getString(2)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the waves of " + instrumentId + " failed: " + e.getMessage(), e);
        }
        return waves;
    }

    @Override
    public Optional<Set<Long>> responseIds(String instrumentId, long waveId) {
        try (Connection connection = dataSource.getConnection()) {
            if (!exists(connection, instrumentId, waveId)) {
                return Optional.empty();
            }
            Set<Long> ids = new HashSet<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT response_id FROM fieldwork_invitee WHERE wave_id = ? AND response_id IS NOT NULL")) {
                select.setLong(1, waveId);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        ids.add(rows.getLong(1));
                    }
                }
            }
            return Optional.of(ids);
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the responses of wave " + waveId + " failed: " + e.getMessage(), e);
        }
    }

    private static boolean exists(Connection connection, String instrumentId, long waveId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT 1 FROM fieldwork_wave WHERE id = ? AND instrument_id = ?")) {
            select.setLong(1, waveId);
            select.setString(2, instrumentId);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next();
            }
        }
    }
}
