package org.leerwerkplek.fieldwork;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.leerwerkplek.platform.metrics.GaugeSpec;
import org.leerwerkplek.platform.testing.MigratedDatabase;
import org.leerwerkplek.platform.testing.MutableClock;
import org.leerwerkplek.platform.testing.RecordingAuditLog;

/**
 * The fieldwork backlog at {@code /metrics} counts what the next run would work off, by the run's
 * own rules: invitations from the wave's invitation date until they are recorded, reminders once the
 * wave's rule makes them due, nothing for a closed wave or an invitee who opted out.
 */
class FieldworkMetricsTest {

    private MigratedDatabase database;
    private MutableClock clock;
    private FieldworkStore store;
    private WaveService waves;
    private FieldworkMetrics metrics;

    @BeforeEach
    void setUp() throws SQLException {
        database = new MigratedDatabase("fieldwork_metrics");
        clock = new MutableClock(WaveServiceTest.TODAY.minusDays(1));
        store = new FieldworkStore(database.dataSource(), clock);
        waves = WaveServiceTest.waves(database, new RecordingAuditLog(clock), clock, new ArrayList<>());
        metrics = new FieldworkMetrics(store, clock);
    }

    @AfterEach
    void tearDown() throws SQLException {
        database.close();
    }

    private Wave waveWith(int invitees) throws IOException {
        return TestWaves.withInvitees(waves, store, clock, invitees);
    }

    private void invited(Wave wave) {
        TestWaves.recordInvited(store, clock, wave);
    }

    private Map<GaugeSpec, Long> read() {
        return metrics.read();
    }

    @Test
    void invitationsAreDueFromTheInvitationDateUntilRecorded() throws IOException {
        Wave wave = waveWith(4);
        assertEquals(Map.of(FieldworkMetrics.INVITATIONS, 0L, FieldworkMetrics.REMINDERS, 0L), read(), "the day before");

        clock.set(WaveServiceTest.TODAY);
        store.optOut(store.dueInvitations(wave.id()).get(0).id(), clock.instant());
        assertEquals(3L, read().get(FieldworkMetrics.INVITATIONS), "on the day, without the one who opted out");

        invited(wave);
        assertEquals(Map.of(FieldworkMetrics.INVITATIONS, 0L, FieldworkMetrics.REMINDERS, 0L), read());
    }

    @Test
    void remindersAreDueByTheWavesRuleAndNotAfterClosing() throws IOException {
        Wave wave = waveWith(3);
        waveWith(2);
        clock.set(WaveServiceTest.TODAY);
        invited(wave);
        assertEquals(Map.of(FieldworkMetrics.INVITATIONS, 2L, FieldworkMetrics.REMINDERS, 0L), read(),
                "the second wave's invitations; no reminder before the rule's days");

        clock.advance(Duration.ofDays(wave.reminderMinDays()));
        assertEquals(3L, read().get(FieldworkMetrics.REMINDERS));

        clock.set(wave.closingDate().plusDays(1));
        assertEquals(Map.of(FieldworkMetrics.INVITATIONS, 0L, FieldworkMetrics.REMINDERS, 0L), read());
    }
}
