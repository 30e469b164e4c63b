package org.leerwerkplek.fieldwork;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
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
        Wave wave = waves.create(WaveServiceTest.ANALYST, WaveServiceTest.draft("werkgever"));
        StringBuilder csv = new StringBuilder("company;contact;email;language;region\n");
        for (int i = 0; i < invitees; i++) {
            csv.append("Bedrijf ").append(i).append(";Contact;c").append(i).append("@bouw.be;nl;ANT\n");
        }
        new InviteeImport(waves, store, (caller, id) -> null, new RecordingAuditLog(clock))
                .importCsv(wave.id(), new StringReader(csv.toString()));
        return wave;
    }

    /** Records the wave's invitees invited now, as the run's {@link DueWork#invite} would. */
    private void invited(Wave wave) {
        store.recordInvited(store.dueInvitations(wave.id()).stream()
                .map(i -> new FieldworkStore.Invited(i.id(), 100 + i.id(), "l" + i.id(), "o" + i.id())).toList(),
                clock.instant());
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
