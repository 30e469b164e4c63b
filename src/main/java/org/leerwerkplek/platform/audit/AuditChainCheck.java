package org.leerwerkplek.platform.audit;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/**
 * The trail on a bare connection, for tools and tests that hold a database outside the
 * application (a restored backup): append, and verify the whole chain.
 */
public final class AuditChainCheck {

    /** The object kind of the trail itself (its verification, export and retention). */
    public static final String AUDIT = "audit";

    private AuditChainCheck() {
    }

    /**
     * Removes the rows written before {@code cutoff} and records that in the trail itself (the row
     * names where the kept chain starts, so verification can tell this from rows removed by hand).
     * How many rows were removed.
     */
    public static long removeBefore(Connection connection, Instant cutoff, Actor actor, Instant now) throws SQLException {
        long removed = AuditStore.removeBefore(connection, cutoff);
        if (removed > 0) {
            long firstSeq = AuditStore.head(connection).firstSeq();
            AuditStore.append(connection, List.of(new AuditEntry(now, actor, AuditAction.RETENTION, AUDIT,
                    Long.toString(firstSeq), List.of())));
        }
        return removed;
    }

    /** How many rows were written before {@code cutoff}. */
    public static long countBefore(Connection connection, Instant cutoff) throws SQLException {
        return AuditStore.countBefore(connection, cutoff);
    }

    public static List<AuditEvent> append(Connection connection, List<AuditEntry> entries) throws SQLException {
        return AuditStore.append(connection, entries);
    }

    public static AuditChain.Check verify(Connection connection) throws SQLException {
        AuditStore.Head head = AuditStore.head(connection);
        AuditChain chain = new AuditChain(head.firstSeq(), head.firstPrevHash());
        AuditStore.forEach(connection, AuditFilter.all(), chain::accept);
        if (head.firstSeq() > 1 && !AuditStore.retentionStartsAt(connection, head.firstSeq())) {
            chain.unexplainedStart(head.firstSeq());
        }
        return chain.finish(head.seq(), head.hash());
    }
}
