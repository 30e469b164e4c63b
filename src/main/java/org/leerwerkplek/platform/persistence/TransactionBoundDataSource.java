package org.leerwerkplek.platform.persistence;

import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The data source the parts' stores are given. Inside an active JTA transaction it hands out the
 * transaction's own connection (the entity manager's), so that every JDBC write commits or rolls
 * back with the transaction; outside one, a connection of the pool, where each statement commits on
 * its own (what the mail sender and the jobs' records want).
 *
 * <p>Why not the pool's connection in both cases: Payara enlists a pool connection in the
 * transaction of the current <em>component invocation</em>. Inside an EJB (the schedulers' timers,
 * their "run now") that is the EJB's own, none for these, so a transaction a service then begins
 * with {@code @Transactional} did not get the connections its stores took: every statement
 * committed on its own, a chunk of a wave or a group of the course run was not all or nothing, and
 * Derby wrote its log once per row. The entity manager's connection is in the transaction wherever
 * it began ({@code TransactionIT} shows both, from a web request and from an EJB).
 *
 * <p>The transaction's connection is lent: closing it does nothing (the transaction closes it), and
 * committing, rolling back or switching on auto-commit is refused, since the transaction decides.
 * Rolling back to a savepoint of the transaction stays allowed: it undoes one failed statement
 * and the transaction goes on (PostgreSQL refuses every statement of a transaction after a failed
 * one unless it is undone so, as when two transactions make an instrument's change counter at once).
 */
final class TransactionBoundDataSource implements DataSource {

    private final DataSource pool;
    private final EntityManager em;
    private final TransactionSynchronizationRegistry transactions;

    TransactionBoundDataSource(DataSource pool, EntityManager em, TransactionSynchronizationRegistry transactions) {
        this.pool = pool;
        this.em = em;
        this.transactions = transactions;
    }

    @Override
    public Connection getConnection() throws SQLException {
        int status = transactions.getTransactionStatus();
        if (status == Status.STATUS_ACTIVE || status == Status.STATUS_MARKED_ROLLBACK) {
            Connection transaction = em.unwrap(Connection.class);
            if (transaction != null) {
                return lent(transaction);
            }
        }
        return pool.getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return pool.getConnection(username, password);
    }

    /**
     * {@code connection}, except that closing it does nothing and ending its transaction is refused;
     * a rollback to a savepoint goes through.
     */
    static Connection lent(Connection connection) {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, arguments) -> {
                    switch (method.getName()) {
                        case "close":
                            return null;
                        case "commit", "rollback":
                            if (arguments == null || arguments.length == 0) {  // rollback(Savepoint) undoes one statement
                                throw new SQLException("The transaction's connection: its transaction commits or rolls back");
                            }
                            break;
                        case "setAutoCommit":
                            if (Boolean.TRUE.equals(arguments[0])) {
                                throw new SQLException("The transaction's connection cannot switch to auto-commit");
                            }
                            return null;
                        case "unwrap":
                            if (((Class<?>) arguments[0]).isInstance(proxy)) {
                                return proxy;
                            }
                            break;
                        default:
                            break;
                    }
                    try {
                        return method.invoke(connection, arguments);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return pool.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        pool.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        pool.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return pool.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return pool.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        return type.isInstance(this) ? type.cast(this) : pool.unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(this) || pool.isWrapperFor(type);
    }
}
