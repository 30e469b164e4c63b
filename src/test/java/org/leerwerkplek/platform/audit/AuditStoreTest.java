package org.leerwerkplek.platform.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.leerwerkplek.platform.audit.AuditChain.Problem;
import org.leerwerkplek.platform.testing.MigratedDatabase;

/** The trail on a migrated database: appends chain, and a row changed or removed by hand is found and named. */
class AuditStoreTest {

    private static final Instant NOW = Instant.parse("2026-12-04T10:15:30.123456Z");
    private static MigratedDatabase database;

    @BeforeAll
    static void migrate() throws Exception {
        database = new MigratedDatabase("audit");
    }

    @AfterAll
    static void drop() throws Exception {
        database.close();
    }

    @BeforeEach
    void emptyTrail() throws Exception {
        database.execute("DELETE FROM audit_event");
        database.execute("UPDATE audit_head SET last_seq = 0, last_hash = '" + AuditEvent.GENESIS + "', first_seq = 1, "
                + "first_prev_hash = '" + AuditEvent.GENESIS + "' WHERE id = 1");
    }

    @Test
    void appendedRowsFormAnIntactChain() throws Exception {
        List<AuditEvent> added = append(5);

        assertEquals(List.of(1L, 2L, 3L, 4L, 5L), added.stream().map(AuditEvent::seq).toList());
        assertEquals(AuditEvent.GENESIS, added.get(0).prevHash());
        assertEquals(added.get(0).hash(), added.get(1).prevHash());
        AuditChain.Check check = verify();
        assertTrue(check.intact(), check.problems()::toString);
        assertEquals(5, check.rowsChecked());
    }

    @Test
    void storedRowsReadBackWithTheirChanges() throws Exception {
        AuditDigest digest = new AuditDigest(new byte[16]);
        List<FieldChange> changes = digest.changes(Map.of("name", "Bouw NV", "employees", 12),
                Map.of("name", "Bouw BV", "employees", 12));
        try (Connection connection = database.transaction()) {
            AuditStore.append(connection, List.of(new AuditEntry(NOW, new Actor(ActorKind.ACCOUNT, "7"),
                    AuditAction.UPDATE, "company", "42", changes)));
            connection.commit();
        }

        AuditEvent stored = page(AuditFilter.all()).events().get(0);
        assertEquals(Instant.parse("2026-12-04T10:15:30.123Z"), stored.occurredAt());
        assertEquals("ACCOUNT", stored.actorKind());
        assertEquals("7", stored.actorRef());
        assertEquals(List.of("name"), stored.fieldChanges().stream().map(FieldChange::field).toList());
        assertEquals(digest.of("Bouw NV"), stored.fieldChanges().get(0).before());
        assertTrue(verify().intact());
    }

    @Test
    void aRowChangedByHandIsNamed() throws Exception {
        append(6);

        database.execute("UPDATE audit_event SET object_id = '99' WHERE seq = 3");

        AuditChain.Check check = verify();
        assertFalse(check.intact());
        assertEquals(List.of(new Problem(Problem.Kind.CHANGED, 3)), check.problems());
    }

    @Test
    void aRowChangedByHandWithARecomputedHashBreaksTheNextLink() throws Exception {
        List<AuditEvent> added = append(4);
        AuditEvent second = added.get(1);
        String forged = AuditChain.hash(second.prevHash(), 2, second.occurredAt(), second.actorKind(), second.actorRef(),
                "DELETE", second.objectKind(), second.objectId(), second.changes());

        database.execute("UPDATE audit_event SET action = 'DELETE', hash = '" + forged + "' WHERE seq = 2");

        assertEquals(List.of(new Problem(Problem.Kind.BROKEN_LINK, 3)), verify().problems());
    }

    @Test
    void aRemovedRowIsNamed() throws Exception {
        append(5);

        database.execute("DELETE FROM audit_event WHERE seq = 2");

        assertEquals(List.of(new Problem(Problem.Kind.MISSING, 2)), verify().problems());
    }

    @Test
    void removingTheLastRowsIsFound() throws Exception {
        append(5);

        database.execute("DELETE FROM audit_event WHERE seq >= 4");

        assertEquals(List.of(new Problem(Problem.Kind.TRUNCATED, 4)), verify().problems());
    }

    @Test
    void concurrentTransactionsAppendInOneOrder() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> writers = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                writers.add(pool.submit(() -> {
                    for (int i = 0; i < 10; i++) {
                        append(1);
                    }
                    return null;
                }));
            }
            for (Future<?> writer : writers) {
                writer.get();
            }
        } finally {
            pool.shutdown();
        }

        AuditChain.Check check = verify();
        assertTrue(check.intact(), check.problems()::toString);
        assertEquals(40, check.rowsChecked());
    }

    @Test
    void filtersSelectByActorActionObjectAndTime() throws Exception {
        try (Connection connection = database.transaction()) {
            AuditStore.append(connection, List.of(
                    new AuditEntry(NOW, new Actor(ActorKind.ACCOUNT, "1"), AuditAction.CREATE, "company", "1", List.of()),
                    new AuditEntry(NOW.plusSeconds(60), new Actor(ActorKind.ACCOUNT, "2"), AuditAction.UPDATE, "company", "1", List.of()),
                    new AuditEntry(NOW.plusSeconds(120), Actor.mentor(5), AuditAction.UPDATE, "mentor", "5", List.of())));
            connection.commit();
        }

        assertEquals(1, page(new AuditFilter(ActorKind.ACCOUNT, "2", null, null, null, null, null)).total());
        assertEquals(2, page(new AuditFilter(null, null, AuditAction.UPDATE, null, null, null, null)).total());
        assertEquals(2, page(new AuditFilter(null, null, null, "company", "1", null, null)).total());
        assertEquals(List.of(3L, 2L), page(new AuditFilter(null, null, null, null, null, NOW.plusSeconds(1), null))
                .events().stream().map(AuditEvent::seq).toList());
    }

    @Test
    void theDigestKeyIsMadeOnceAndKept() throws Exception {
        byte[] first;
        byte[] second;
        try (Connection connection = database.dataSource().getConnection()) {
            first = AuditStore.digestKey(connection);
            second = AuditStore.digestKey(connection);
        }
        assertEquals(32, first.length);
        assertEquals(java.util.HexFormat.of().formatHex(first), java.util.HexFormat.of().formatHex(second));
    }

    @Test
    void retentionRemovesTheOldestRowsAndTheKeptChainStillVerifies() throws Exception {
        try (Connection connection = database.transaction()) {
            for (int day = 0; day < 5; day++) {
                AuditStore.append(connection, List.of(new AuditEntry(NOW.plus(java.time.Duration.ofDays(day)),
                        Actor.system("t"), AuditAction.UPDATE, "company", Integer.toString(day), List.of())));
            }
            connection.commit();
        }
        Instant cutoff = NOW.truncatedTo(java.time.temporal.ChronoUnit.MILLIS).plus(java.time.Duration.ofDays(2));
        try (Connection connection = database.transaction()) {
            assertEquals(2, AuditChainCheck.countBefore(connection, cutoff));
            assertEquals(2, AuditChainCheck.removeBefore(connection, cutoff, Actor.system("retention"),
                    NOW.plus(java.time.Duration.ofDays(6))));
            connection.commit();
        }

        AuditChain.Check check = verify();
        assertTrue(check.intact(), check.problems()::toString);
        assertEquals(4, check.rowsChecked(), "rows 3 to 5 and the retention row");
    }

    @Test
    void oldRowsRemovedByHandWithTheHeadMovedAreStillFound() throws Exception {
        append(4);
        database.execute("DELETE FROM audit_event WHERE seq < 3");
        database.execute("UPDATE audit_head SET first_seq = 3, first_prev_hash = "
                + "(SELECT prev_hash FROM audit_event WHERE seq = 3) WHERE id = 1");

        assertEquals(List.of(new Problem(Problem.Kind.UNEXPLAINED_START, 3)), verify().problems());
    }

    private List<AuditEvent> append(int rows) throws Exception {
        List<AuditEntry> entries = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            entries.add(new AuditEntry(NOW, new Actor(ActorKind.ACCOUNT, "1"), AuditAction.UPDATE, "company",
                    Integer.toString(i), List.of()));
        }
        List<AuditEvent> added = new ArrayList<>();
        for (AuditEntry entry : entries) {
            try (Connection connection = database.transaction()) {
                added.addAll(AuditStore.append(connection, List.of(entry)));
                connection.commit();
            }
        }
        return added;
    }

    private AuditStore.Page page(AuditFilter filter) throws Exception {
        try (Connection connection = database.dataSource().getConnection()) {
            return AuditStore.page(connection, filter, 0, 50);
        }
    }

    private AuditChain.Check verify() throws Exception {
        try (Connection connection = database.dataSource().getConnection()) {
            return AuditChainCheck.verify(connection);
        }
    }
}
