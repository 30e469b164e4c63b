package org.leerwerkplek.platform.privacy;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import javax.sql.DataSource;
import org.leerwerkplek.platform.jobs.InstanceName;

/**
 * Claims of daily jobs in {@code daily_job_run}: the first instance to insert (job, day) runs the
 * job that day; every other insert hits the primary key and runs nothing.
 */
public final class DailyClaims {

    private static final String UNIQUE_VIOLATION = "23505";
    private final DataSource dataSource;
    private final Clock clock;

    public DailyClaims(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /** Whether this instance won {@code job} for {@code day}. */
    public boolean claim(String job, LocalDate day) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO daily_job_run (job, run_on, instance, started_at) VALUES (?, ?, ?, ?)")) {
            insert.setString(1, job);
            insert.setDate(2, Date.valueOf(day));
            insert.setString(3, InstanceName.current());
            insert.setTimestamp(4, Timestamp.from(clock.instant()));
            return insert.executeUpdate() == 1;
        } catch (SQLException e) {
            if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                return false;
            }
            throw new IllegalStateException("Cannot claim the daily job " + job, e);
        }
    }

    /** Records how the claimed run ended. */
    public void finish(String job, LocalDate day, String outcome) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement(
                     "UPDATE daily_job_run SET finished_at = ?, outcome = ? WHERE job = ? AND run_on = ?")) {
            update.setTimestamp(1, Timestamp.from(clock.instant()));
            update.setString(2, outcome.length() > 1000 ? outcome.substring(0, 1000) : outcome);
            update.setString(3, job);
            update.setDate(4, Date.valueOf(day));
            update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot record the end of the daily job " + job, e);
        }
    }
}
