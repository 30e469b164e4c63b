package org.leerwerkplek.fieldwork;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.leerwerkplek.platform.DomainException;
import org.leerwerkplek.platform.testing.MigratedDatabase;
import org.leerwerkplek.platform.testing.MutableClock;
import org.leerwerkplek.platform.testing.RecordingAuditLog;

/**
 * The fieldwork run's rules, with the mailing itself ({@link DueWork}) replaced by one that notes
 * what it is given: a wave invites from its invitation date up to its closing date, in chunks of
 * {@link DueWork#CHUNK}, and reminds only by its rule; a closed wave takes no group reminder.
 */
class FieldworkRunTest {

    /** What the run handed over, as "invite:&lt;wave&gt;:&lt;how many&gt;" and the like. */
    private final List<String> handed = new ArrayList<>();

    private MigratedDatabase database;
    private MutableClock clock;
    private FieldworkStore store;
    private WaveService waves;
    private FieldworkRun run;

    @BeforeEach
    void setUp() throws SQLException {
        database = new MigratedDatabase("fieldwork_run");
        clock = new MutableClock(WaveServiceTest.TODAY.minusDays(1));
        RecordingAuditLog audit = new RecordingAuditLog(clock);
        store = new FieldworkStore(database.dataSource(), clock);
        waves = WaveServiceTest.waves(database, audit, clock, new ArrayList<>());
        DueWork due = new DueWork() {
            @Override
            public Chunk invite(Wave wave, List<Invitee> chunk) {
                handed.add("invite:" + wave.name() + ":" + chunk.size());
                return new Chunk(chunk.size(), chunk.size(), 0);
            }

            @Override
            public Chunk remind(Wave wave, List<Invitee> chunk) {
                handed.add("remind:" + wave.name() + ":" + chunk.size());
                return new Chunk(chunk.size(), chunk.size() - 1, 1);
            }

            @Override
            public Chunk remindGroup(Wave wave, List<Invitee> chunk) {
                handed.add("group:" + wave.name() + ":" + chunk.size());
                return new Chunk(chunk.size(), chunk.size(), 0);
            }
        };
        run = new FieldworkRun(waves, store, due, clock);
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

    @Test
    void aWaveInvitesFromItsInvitationDateInChunks() throws IOException {
        waveWith(DueWork.CHUNK + 1);

        FieldworkRun.RunReport before = run.runDue();
        clock.set(WaveServiceTest.TODAY);
        FieldworkRun.RunReport on = run.runDue();

        assertEquals(new FieldworkRun.RunReport(0, 0, 0), before);
        assertEquals(List.of("invite:Voorjaar:" + DueWork.CHUNK, "invite:Voorjaar:1"), handed);
        assertEquals(new FieldworkRun.RunReport(DueWork.CHUNK + 1, 0, 0), on);
    }

    @Test
    void remindersGoByTheWavesRuleAndCountThoseSkippedAsSubmitted() throws IOException {
        Wave wave = waveWith(3);
        clock.set(WaveServiceTest.TODAY);
        invited(wave);

        run.runDue();
        List<String> tooEarly = List.copyOf(handed);
        clock.advance(Duration.ofDays(wave.reminderMinDays()));
        FieldworkRun.RunReport report = run.runDue();

        assertEquals(List.of(), tooEarly, "nobody is due a reminder before the rule's days have passed");
        assertEquals(List.of("remind:Voorjaar:3"), handed);
        assertEquals(new FieldworkRun.RunReport(0, 2, 1), report);
    }

    @Test
    void aGroupReminderReachesTheGroupOfAnOpenWaveOnly() throws IOException {
        Wave wave = waveWith(3);
        clock.set(WaveServiceTest.TODAY);
        invited(wave);

        int mailed = run.remindGroup(wave.id(), Dimension.REGION, "ANT");
        clock.set(wave.closingDate().plusDays(1));
        DomainException closed = assertThrows(DomainException.class,
                () -> run.remindGroup(wave.id(), Dimension.REGION, "ANT"));

        assertEquals(2, mailed);
        assertEquals(List.of("group:Voorjaar:2"), handed);
        assertEquals("fieldwork.wave.closed", closed.messageKey());
    }

    @Test
    void pendingListsTheWavesNotClosed() throws IOException {
        Wave open = waveWith(2);
        clock.set(open.closingDate().plusDays(1));
        Wave later = waves.create(WaveServiceTest.ANALYST, new WaveDraft("Najaar", "werkgever",
                open.closingDate().plusDays(5), 7, 2, open.closingDate().plusDays(10), open.closingDate().plusDays(20)));

        List<Pending> pending = run.pending();

        assertEquals(1, pending.size());
        assertEquals(later.id(), pending.get(0).waveId());
    }
}
