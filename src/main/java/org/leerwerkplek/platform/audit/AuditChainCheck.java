package org.leerwerkplek.platform.audit;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * The trail on a bare connection, for tools and tests that hold a database outside the
 * application (a restored backup): append, and verify the whole chain.
 */
public final class AuditChainCheck {

    private AuditChainCheck() {
    }

    public static List<AuditEvent> append(Connection connection, List<AuditEntry> entries) throws SQLException {
        return AuditStore.append(connection, entries);
    }

    public static AuditChain.Check verify(Connection connection) throws SQLException {
        AuditChain chain = new AuditChain();
        AuditStore.forEach(connection, AuditFilter.all(), chain::accept);
        AuditStore.Head head = AuditStore.head(connection);
        return chain.finish(head.seq(), head.hash());
    }
}
