package org.leerwerkplek.fieldwork;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.leerwerkplek.platform.DomainException;
import org.leerwerkplek.platform.audit.AuditAction;
import org.leerwerkplek.platform.security.Role;
import org.leerwerkplek.platform.security.UserService;
import org.leerwerkplek.platform.testing.MigratedDatabase;
import org.leerwerkplek.platform.testing.MutableClock;
import org.leerwerkplek.platform.testing.RecordingAuditLog;

/**
 * The rules of a wave's life, on a migrated database and a clock the test sets: only an
 * instrument in service gets a wave, a closed wave or one changed meanwhile is not changed, a
 * closing date in the past is refused, and a new closing date reaches the wave's responses.
 */
class WaveServiceTest {

    static final UserService.Caller ANALYST = new UserService.Caller("analyst.an", EnumSet.of(Role.ANALYST));
    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    private MigratedDatabase database;
    private MutableClock clock;
    private RecordingAuditLog audit;
    private final List<Instant> closedAt = new ArrayList<>();
    private WaveService waves;

    @BeforeEach
    void setUp() throws SQLException {
        database = new MigratedDatabase("wave_service");
        clock = new MutableClock(TODAY);
        audit = new RecordingAuditLog(clock);
        waves = waves(database, audit, clock, closedAt);
    }

    /** A wave service that knows one instrument, {@code werkgever}, and notes when it closes responses. */
    static WaveService waves(MigratedDatabase database, RecordingAuditLog audit, MutableClock clock, List<Instant> closedAt) {
        return new WaveService(new FieldworkStore(database.dataSource(), clock), id -> id.equals("werkgever"),
                (responses, at) -> closedAt.add(at), () -> "https://lwp.example/", audit, clock);
    }

    static WaveDraft draft(String instrumentId) {
        return new WaveDraft(" Voorjaar ", instrumentId, TODAY, 7, 2, TODAY.plusDays(20), TODAY.plusDays(30));
    }

    @AfterEach
    void tearDown() throws SQLException {
        database.close();
    }

    @Test
    void aWaveForAnInstrumentNotInServiceIsNotCreated() throws SQLException {
        DomainException refused = assertThrows(DomainException.class, () -> waves.create(ANALYST, draft("oud")));

        assertEquals(DomainException.Kind.NOT_FOUND, refused.kind());
        assertEquals(0, database.count("SELECT COUNT(*) FROM fieldwork_wave"));
        assertEquals(List.of(), audit.entries());
    }

    @Test
    void aCreatedWaveIsStoredCheckedWithItsCreatorAndRecorded() {
        Wave wave = waves.create(ANALYST, draft("werkgever"));

        assertEquals("Voorjaar", wave.name());
        assertEquals("analyst.an", wave.createdBy());
        assertEquals("https://lwp.example/", wave.linkBase());
        assertTrue(wave.hasLinkKey());
        assertEquals(List.of(wave), waves.waves());
        assertEquals(1, audit.entries(AuditAction.CREATE).size());
        assertEquals(FieldworkTrail.WAVE, audit.entries(AuditAction.CREATE).get(0).objectKind());
    }

    @Test
    void aNewClosingDateClosesTheResponsesAtTheEndOfThatDay() {
        Wave wave = waves.create(ANALYST, draft("werkgever"));

        Wave changed = waves.change(wave.id(), wave.version(), TODAY, 7, 2, TODAY.plusDays(20), TODAY.plusDays(40));

        assertEquals(TODAY.plusDays(40), changed.closingDate());
        assertEquals(List.of(TODAY.plusDays(41).atStartOfDay(ZoneId.systemDefault()).toInstant()), closedAt);
        assertEquals(1, audit.entries(AuditAction.UPDATE).size());
    }

    @Test
    void aChangeOnAnOlderVersionIsAConflictAndChangesNothing() {
        Wave wave = waves.create(ANALYST, draft("werkgever"));
        waves.change(wave.id(), wave.version(), TODAY, 7, 2, TODAY.plusDays(20), TODAY.plusDays(40));

        DomainException refused = assertThrows(DomainException.class,
                () -> waves.change(wave.id(), wave.version(), TODAY, 7, 3, TODAY.plusDays(20), TODAY.plusDays(50)));

        assertEquals(DomainException.Kind.CONFLICT, refused.kind());
        assertEquals("fieldwork.wave.changedMeanwhile", refused.messageKey());
        assertEquals(TODAY.plusDays(40), waves.wave(wave.id()).closingDate());
    }

    @Test
    void aClosingDateInThePastIsRefused() {
        Wave wave = waves.create(ANALYST, draft("werkgever"));
        clock.set(TODAY.plusDays(10));

        DomainException refused = assertThrows(DomainException.class,
                () -> waves.change(wave.id(), wave.version(), TODAY, 7, 2, TODAY.plusDays(5), TODAY.plusDays(9)));

        assertEquals("fieldwork.wave.closingPast", refused.messageKey());
        assertEquals(TODAY.plusDays(30), waves.wave(wave.id()).closingDate());
    }

    @Test
    void aClosedWaveIsNotChangedAndAnUnknownOneIsNotFound() {
        Wave wave = waves.create(ANALYST, draft("werkgever"));
        clock.set(TODAY.plusDays(31));

        DomainException closed = assertThrows(DomainException.class,
                () -> waves.change(wave.id(), wave.version(), TODAY, 7, 2, TODAY.plusDays(40), TODAY.plusDays(60)));
        DomainException unknown = assertThrows(DomainException.class, () -> waves.openWave(wave.id() + 1));

        assertEquals("fieldwork.wave.closed", closed.messageKey());
        assertEquals(DomainException.Kind.NOT_FOUND, unknown.kind());
    }
}
