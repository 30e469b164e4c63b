package org.leerwerkplek.fieldwork;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.leerwerkplek.platform.testing.MigratedDatabase;
import org.leerwerkplek.platform.testing.MutableClock;
import org.leerwerkplek.platform.testing.RecordingAuditLog;
import org.leerwerkplek.surveys.LinkResponseService;

/**
 * The monitor of a wave from its invitees, the surveys part's progress of their responses and the
 * outbox's bounces: what it counts, and that per dimension those who answered are held against
 * those invited (the register's shares need an instrument that knows them; without one, none).
 */
class MonitorServiceTest {

    private MigratedDatabase database;
    private MutableClock clock;
    private FieldworkStore store;
    private WaveService waves;
    private final Map<Long, LinkResponseService.Progress> progress = new HashMap<>();
    private final List<String> bouncedAsked = new ArrayList<>();
    private MonitorService monitors;

    @BeforeEach
    void setUp() throws SQLException {
        database = new MigratedDatabase("monitor_service");
        clock = new MutableClock(WaveServiceTest.TODAY);
        RecordingAuditLog audit = new RecordingAuditLog(clock);
        store = new FieldworkStore(database.dataSource(), clock);
        waves = WaveServiceTest.waves(database, audit, clock, new ArrayList<>());
        monitors = new MonitorService(waves, store, ids -> {
            Map<Long, LinkResponseService.Progress> asked = new HashMap<>();
            ids.forEach(id -> Optional.ofNullable(progress.get(id)).ifPresent(p -> asked.put(id, p)));
            return asked;
        }, prefix -> {
            bouncedAsked.add(prefix);
            return 1;
        }, id -> Optional.empty(), clock);
    }

    @AfterEach
    void tearDown() throws SQLException {
        database.close();
    }

    @Test
    void countsTheWavesInviteesByTheirResponsesAndHoldsAnswersAgainstTheInvited() throws IOException {
        Wave wave = waves.create(WaveServiceTest.ANALYST, WaveServiceTest.draft("werkgever"));
        new InviteeImport(waves, store, (caller, id) -> null, new RecordingAuditLog(clock)).importCsv(wave.id(),
                new StringReader("company;contact;email;language;region\nA;a;a@a.be;nl;ANT\nB;b;b@b.be;nl;WVL\nC;c;c@c.be;nl;WVL\n"));
        List<Invitee> invitees = store.dueInvitations(wave.id()).subList(0, 2);
        store.recordInvited(wave.id(), invitees.get(0).id(), invitees.get(1).id(), clock.instant());
        invitees.forEach(i -> store.recordResponse(i.id(), 100 + i.id()));
        Instant now = clock.instant();
        progress.put(100 + invitees.get(0).id(), new LinkResponseService.Progress(100 + invitees.get(0).id(),
                LinkResponseService.Stage.SUBMITTED, now, now, now));

        Monitor monitor = monitors.monitor(wave.id());

        assertEquals(new Monitor.Counts(3, 2, 1, 0, 1, 0, 1), monitor.counts());
        assertEquals(1, monitor.pending());
        assertEquals(List.of("invitation:" + wave.id() + ":"), bouncedAsked);
        assertEquals(List.of("invited"), monitor.tests().stream().map(Representativeness.Test::reference).distinct().toList());
        assertEquals(List.of(Dimension.REGION), monitor.tests().stream().map(Representativeness.Test::dimension).toList());
    }
}
