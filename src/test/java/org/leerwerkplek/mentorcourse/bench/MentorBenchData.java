package org.leerwerkplek.mentorcourse.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.leerwerkplek.mentorcourse.MentorLinkToken;

/**
 * Fills a migrated, stopped Derby database with {@code n} confirmed mentors for
 * {@code bench/mentors.sh}, all due today, with mixed preferences and histories, through batched
 * JDBC. Mentor {@code i} has frequency {@code i % 4}, focus {@code (i / 4) % 3}, French every
 * fifth, and every tenth in a register company: company {@code 1 + (i / 10) % 5000}, so up to
 * 5,000 companies with two mentors each at 100,000 (a sector fund's register holds thousands of
 * companies, most with one or two mentors; ids that the register need not hold, so they have no
 * knelpunten), and by {@code i % 3}:
 * <ol start="0">
 * <li>confirmed today, nothing received: the first module is due;</li>
 * <li>confirmed ten days ago, the first module received then and not opened: its reminder is due;</li>
 * <li>confirmed one period (its frequency) and three days ago, the first module received then and
 *     opened: the second module is due.</li>
 * </ol>
 * Each has the link key its confirmation gave it ({@link MentorLinkToken#newKey()}).
 * Usage: {@code MentorBenchData <data folder | jdbc url> <n> [user password]}: a data folder is an
 * embedded Derby database, a JDBC URL (PostgreSQL) an empty, migrated database. With
 * {@code -Dbench.warmup=w}, {@code w} more mentors of the same mix (ids {@code n + 1} on) are due today
 * and the {@code n} are due tomorrow: a first run warms the server, a run as of tomorrow is timed.
 */
public final class MentorBenchData {

    private static final String[] FREQUENCIES = {"MONTHLY", "QUARTERLY", "HALF_YEARLY", "YEARLY"};
    private static final int[] MONTHS = {1, 3, 6, 12};
    private static final String[] FOCUSES = {"DIDACTIEK", "TECHNIEK", "BOTH"};
    private static final int BATCH = 1000;

    private MentorBenchData() {
    }

    public static void main(String[] args) throws SQLException {
        int n = Integer.parseInt(args[1]);
        int warmup = Integer.getInteger("bench.warmup", 0);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Brussels"));
        LocalDate due = warmup > 0 ? today.plusDays(1) : today;
        Timestamp now = Timestamp.from(Instant.now());
        long started = System.nanoTime();
        try (Connection db = connect(args)) {
            db.setAutoCommit(false);
            try (PreparedStatement mentor = db.prepareStatement("INSERT INTO mentor (id, email, name, language,"
                    + " company_id, mentor_role, base_training, frequency, focus, status, confirmed_on, next_due_on,"
                    + " created_at, updated_at, row_version, link_key) VALUES (?, ?, ?, ?, ?, 'PLOEGLEIDER', FALSE, ?, ?,"
                    + " 'ACTIVE', ?, ?, ?, ?, 1, ?)");
                 PreparedStatement progress = db.prepareStatement("INSERT INTO mentor_progress (mentor_id, module_id,"
                         + " delivered_on, opened_at) VALUES (?, ?, ?, ?)")) {
                for (int i = 1; i <= n + warmup; i++) {
                    int frequency = i % 4;
                    String focus = FOCUSES[(i / 4) % 3];
                    int history = i % 3;
                    LocalDate confirmed = switch (history) {
                        case 0 -> today;
                        case 1 -> today.minusDays(10);
                        default -> today.minusMonths(MONTHS[frequency]).minusDays(3);
                    };
                    mentor.setLong(1, i);
                    mentor.setString(2, "mentor" + i + "@bench.example");
                    mentor.setString(3, "Mentor " + i);
                    mentor.setString(4, i % 5 == 0 ? "FR" : "NL");
                    if (i % 10 == 0) {
                        mentor.setLong(5, 1 + (i / 10) % 5000);
                    } else {
                        mentor.setNull(5, Types.BIGINT);
                    }
                    mentor.setString(6, FREQUENCIES[frequency]);
                    mentor.setString(7, focus);
                    mentor.setDate(8, Date.valueOf(confirmed));
                    mentor.setDate(9, Date.valueOf(i > n ? today : due));
                    mentor.setTimestamp(10, now);
                    mentor.setTimestamp(11, now);
                    mentor.setString(12, MentorLinkToken.newKey());  // made at confirmation
                    mentor.addBatch();
                    if (history > 0) {
                        progress.setLong(1, i);
                        progress.setString(2, focus.equals("TECHNIEK") ? "leertaken-plannen" : "leerproces-structureren");
                        progress.setDate(3, Date.valueOf(confirmed));
                        if (history == 2) {
                            progress.setTimestamp(4, Timestamp.valueOf(confirmed.atTime(12, 0)));
                        } else {
                            progress.setNull(4, Types.TIMESTAMP);
                        }
                        progress.addBatch();
                    }
                    if (i % BATCH == 0 || i == n + warmup) {
                        mentor.executeBatch();
                        progress.executeBatch();
                        db.commit();
                    }
                }
            }
            try (PreparedStatement restart = db.prepareStatement(
                    "ALTER TABLE mentor ALTER COLUMN id RESTART WITH " + (n + warmup + 1))) {
                restart.execute();
            }
            db.commit();
        }
        shutdown(args);
        System.out.printf("%,d mentors written in %.1f s%s%n", n, (System.nanoTime() - started) / 1e9,
                warmup > 0 ? String.format(", due tomorrow; %,d more due today for a warm-up run", warmup) : "");
    }

    /** The database of {@code args[0]}: a Derby data folder or a JDBC URL with user and password in {@code args[2..3]}. */
    static Connection connect(String[] args) throws SQLException {
        return args[0].startsWith("jdbc:") ? DriverManager.getConnection(args[0], args[2], args[3])
                : DriverManager.getConnection("jdbc:derby:" + Path.of(args[0]).resolve("derby"));
    }

    /** Stops embedded Derby, so that the server can open the data folder again. */
    static void shutdown(String[] args) throws SQLException {
        if (args[0].startsWith("jdbc:")) {
            return;
        }
        try {
            DriverManager.getConnection("jdbc:derby:;shutdown=true");
        } catch (SQLException shutdown) {
            if (!"XJ015".equals(shutdown.getSQLState())) {
                throw shutdown;
            }
        }
    }
}
