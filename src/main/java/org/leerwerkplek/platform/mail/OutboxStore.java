package org.leerwerkplek.platform.mail;

import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.leerwerkplek.platform.persistence.RowInserts;
import org.leerwerkplek.platform.persistence.Sql;

/**
 * The {@code outbox_mail} table, in plain JDBC: every state change is one conditional
 * {@code UPDATE} whose {@code WHERE} states the state it expects, so that two senders (threads
 * or cluster instances) sharing the database never both win the same row. The SQL is the same on
 * Derby and PostgreSQL except for the idempotent insert (see {@link #insert(Connection, NewMail)}).
 *
 * <p>Connections come from the data source and are closed after each call. Inside a JTA
 * transaction that is the container's transactional connection (so {@link #insert(NewMail)}
 * commits or rolls back with the caller); outside one each statement commits on its own, which
 * is what the sender needs: a claim is committed before the mail is handed to SMTP.
 */
public final class OutboxStore {

    private static final Logger LOG = Logger.getLogger(OutboxStore.class.getName());

    /** The SQLSTATE of a unique-constraint violation (SQL standard class 23). */
    private static final String UNIQUE_VIOLATION = "23505";
    private static final int MAX_ERROR = 1000;
    /** Rows per JDBC batch, and keys per {@code IN} list. */
    private static final int BATCH = 500;

    private static final String COLUMNS = "id, dedup_key, template, recipient, language, subject, status, transport, "
            + "attempts, next_attempt_at, claimed_by, claimed_until, sent_at, last_error, created_at";
    private static final String INSERT_INTO = "INSERT INTO outbox_mail (dedup_key, template, recipient, language, subject, "
            + "body_text, body_html, template_values, status, attempts, next_attempt_at, created_at) VALUES";
    private static final String ROW = "(?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?)";
    private static final String INSERT = INSERT_INTO + " " + ROW;

    /** Longest text of template values a row holds ({@code template_values}). */
    public static final int MAX_TEMPLATE_VALUES = 4000;

    /** The note on a mail queued by reference that its part withdrew when it was to be sent. */
    public static final String WITHDRAWN = "Withdrawn when it was to be sent: what it refers to is gone (e.g. an erased "
            + "person, a module the course no longer has). Not sent.";

    /** The note on a mail queued by reference whose part could not give its values when it was to be sent. */
    public static final String UNAVAILABLE = "Not sent yet: its values could not be read; tried again later: ";

    /** What a forgotten mail's recipient becomes. */
    public static final String FORGOTTEN = "-";
    private static final String FORGETTABLE = "status IN ('SENT', 'FAILED', 'BOUNCED') AND created_at < ? AND recipient <> '"
            + FORGOTTEN + "'";

    private final DataSource dataSource;
    private final Clock clock;
    private final MailTemplates templates;
    private final MailValueSources sources;
    private volatile Boolean postgres;

    public OutboxStore(DataSource dataSource, Clock clock) {
        this(dataSource, clock, new MailTemplates());
    }

    /** @param templates renders the bodies of mails queued with their template's values */
    public OutboxStore(DataSource dataSource, Clock clock, MailTemplates templates) {
        this(dataSource, clock, templates, MailValueSources.NONE);
    }

    /**
     * @param templates renders the bodies of mails queued with their template's values
     * @param sources   gives the values of mails queued by reference ({@link MailReference}) when they are read to be sent
     */
    public OutboxStore(DataSource dataSource, Clock clock, MailTemplates templates, MailValueSources sources) {
        this.dataSource = Objects.requireNonNull(dataSource);
        this.clock = Objects.requireNonNull(clock);
        this.templates = Objects.requireNonNull(templates);
        this.sources = Objects.requireNonNull(sources);
    }

    /** Adds a mail unless one with the same key exists; whether it was added. */
    public boolean insert(NewMail mail) {
        try (Connection connection = dataSource.getConnection()) {
            return insert(connection, mail);
        } catch (SQLException e) {
            throw new OutboxException("Cannot add mail " + mail.dedupKey() + " to the outbox", e);
        }
    }

    /**
     * Adds a mail on {@code connection}, in whatever transaction it is in. A second insert of the
     * same key adds nothing and leaves the transaction usable, also when the first is not
     * committed yet (the second waits for it): PostgreSQL uses {@code ON CONFLICT DO NOTHING},
     * because a failed statement there aborts the whole transaction; other databases (Derby)
     * undo only the failed statement, as the SQL standard says, so the unique violation is caught.
     */
    boolean insert(Connection connection, NewMail mail) throws SQLException {
        boolean onConflict = isPostgres(connection);
        Instant now = clock.instant();
        String sql = onConflict ? INSERT + " ON CONFLICT (dedup_key) DO NOTHING" : INSERT;
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            bind(insert, mail, Timestamp.from(now));
            return insert.executeUpdate() == 1;
        } catch (SQLException e) {
            if (!onConflict && UNIQUE_VIOLATION.equals(e.getSQLState())) {
                return false;
            }
            throw e;
        }
    }

    /**
     * Adds many mails in JDBC batches on the caller's transaction, skipping those whose key
     * exists or repeats; how many were added. Taken keys are met by the insert itself
     * ({@link #insertBatched}): there is no query for them first. That query cost more than the
     * inserts: on PostgreSQL, with the statistics of a still empty outbox (a fund's first large
     * wave), the planner read the whole table for every {@code IN} list (37 of 40 samples of a 43 s
     * scheduling of 100,000 invitees, 5.4 s without it); on Derby it was 100,000 index probes for keys
     * that are new in all but a repeated run (scheduling 100,000: 11.1 s with it, 8.8 and 9.5 s without).
     * The callers decide who sends by a guarded update in the same transaction, so a repeat is rare;
     * Derby restarts its batch after each taken key.
     */
    public int insertAll(List<NewMail> mails) {
        if (mails.isEmpty()) {
            return 0;
        }
        try (Connection connection = dataSource.getConnection()) {
            Set<String> seen = new HashSet<>();
            List<NewMail> fresh = mails.stream().filter(m -> seen.add(m.dedupKey())).toList();
            return insertBatched(connection, fresh);
        } catch (SQLException e) {
            throw new OutboxException("Cannot add " + mails.size() + " mails to the outbox", e);
        }
    }

    /**
     * Inserts in batches of {@link #BATCH}. PostgreSQL skips a taken key by {@code ON CONFLICT DO
     * NOTHING}, {@link RowInserts#rowsPerStatement} mails a statement (the count says how many were
     * added; one statement per mail cost a parse, bind and execute per mail). Derby stops a batch at the first unique violation, keeps the
     * statements before it (only the failed statement is undone) and reports their counts: the
     * batch goes on after the row that hit the taken key.
     */
    int insertBatched(Connection connection, List<NewMail> mails) throws SQLException {
        boolean onConflict = isPostgres(connection);
        Timestamp now = Timestamp.from(clock.instant());
        if (onConflict) {  // one statement per RowInserts.rowsPerStatement mails; a taken key adds nothing
            return RowInserts.insert(connection, INSERT_INTO, ROW, 10, "ON CONFLICT (dedup_key) DO NOTHING", mails,
                    RowInserts.rowsPerStatement(connection), BATCH, (statement, first, mail) -> bind(statement, first, mail, now));
        }
        int added = 0;
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            int from = 0;
            while (from < mails.size()) {
                int to = Math.min(mails.size(), from + BATCH);
                for (NewMail mail : mails.subList(from, to)) {
                    bind(insert, mail, now);
                    insert.addBatch();
                }
                try {
                    for (int count : insert.executeBatch()) {
                        if (count > 0) {
                            added += count;
                        } else if (count == Statement.SUCCESS_NO_INFO) {
                            throw new SQLException("The driver did not report which mails were added");
                        }
                    }
                    from = to;
                } catch (BatchUpdateException e) {
                    insert.clearBatch();
                    if (!isUniqueViolation(e)) {
                        throw e;
                    }
                    int[] done = e.getUpdateCounts();
                    for (int count : done) {
                        added += Math.max(0, count);
                    }
                    from += done.length + 1;
                }
            }
        }
        return added;
    }

    private static boolean isUniqueViolation(SQLException e) {
        for (SQLException cause = e; cause != null; cause = cause.getNextException()) {
            if (UNIQUE_VIOLATION.equals(cause.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static void bind(PreparedStatement insert, NewMail mail, Timestamp now) throws SQLException {
        bind(insert, 1, mail, now);
    }

    /** Binds a mail's ten parameters of {@link #ROW}, the first at {@code first}. */
    private static void bind(PreparedStatement insert, int first, NewMail mail, Timestamp now) throws SQLException {
        insert.setString(first, mail.dedupKey());
        insert.setString(first + 1, mail.template());
        insert.setString(first + 2, mail.recipient());
        insert.setString(first + 3, mail.language().code());
        insert.setString(first + 4, mail.content().subject());
        insert.setString(first + 5, mail.content().text());
        insert.setString(first + 6, mail.content().html());
        if (mail.templateValues() == null) {
            insert.setNull(first + 7, Types.VARCHAR);
        } else {
            insert.setString(first + 7, mail.templateValues());
        }
        insert.setTimestamp(first + 8, now);
        insert.setTimestamp(first + 9, now);
    }

    /** The dedup keys starting with {@code prefix} of the mails that were bounced. */
    public Set<String> bouncedKeys(String prefix) {
        String sql = "SELECT dedup_key FROM outbox_mail WHERE status = 'BOUNCED' AND dedup_key LIKE ? ESCAPE '!'";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, prefix.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
            Set<String> keys = new HashSet<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    keys.add(rows.getString(1));
                }
            }
            return keys;
        } catch (SQLException e) {
            throw new OutboxException("Cannot read the bounced mails", e);
        }
    }

    /** Ids of pending mails whose next attempt has come, the longest waiting first. */
    public List<Long> dueIds(int limit) {
        String sql = "SELECT id FROM outbox_mail WHERE status = 'PENDING' AND next_attempt_at <= ? "
                + "ORDER BY next_attempt_at, id FETCH FIRST " + Math.max(1, limit) + " ROWS ONLY";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(sql)) {
            select.setTimestamp(1, Timestamp.from(clock.instant()));
            List<Long> ids = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
            return ids;
        } catch (SQLException e) {
            throw new OutboxException("Cannot read the due mails", e);
        }
    }

    /**
     * Claims a due mail for {@code instance} until the lease ends, counting an attempt. Only one
     * caller wins a row; the others get {@code false}.
     */
    public boolean claim(long id, String instance, Duration lease) {
        Instant now = clock.instant();
        return update("UPDATE outbox_mail SET status = 'SENDING', claimed_by = ?, claimed_until = ?, "
                        + "attempts = attempts + 1 WHERE id = ? AND status = 'PENDING' AND next_attempt_at <= ?",
                instance, Timestamp.from(now.plus(lease)), id, Timestamp.from(now)) == 1;
    }

    /** Marks a due mail as delivered into the outbox itself (no SMTP server); one caller wins. */
    public boolean deliverLocally(long id, String instance) {
        Instant now = clock.instant();
        return update("UPDATE outbox_mail SET status = 'SENT', transport = 'LOCAL', sent_at = ?, claimed_by = ?, "
                        + "attempts = attempts + 1 WHERE id = ? AND status = 'PENDING' AND next_attempt_at <= ?",
                Timestamp.from(now), instance, id, Timestamp.from(now)) == 1;
    }

    /** Records that the SMTP server took the mail claimed by {@code instance}. */
    public boolean recordSent(long id, String instance) {
        return update("UPDATE outbox_mail SET status = 'SENT', transport = 'SMTP', sent_at = ?, claimed_until = NULL, "
                        + "last_error = NULL WHERE id = ? AND status = 'SENDING' AND claimed_by = ?",
                Timestamp.from(clock.instant()), id, instance) == 1;
    }

    /** Puts a claimed mail back to pending, to be tried again at {@code nextAttempt}. */
    public boolean recordRetry(long id, String instance, String error, Instant nextAttempt) {
        return update("UPDATE outbox_mail SET status = 'PENDING', next_attempt_at = ?, claimed_until = NULL, "
                        + "last_error = ? WHERE id = ? AND status = 'SENDING' AND claimed_by = ?",
                Timestamp.from(nextAttempt), shorten(error), id, instance) == 1;
    }

    /** Gives up a claimed mail ({@link OutboxStatus#FAILED} or {@link OutboxStatus#BOUNCED}). */
    public boolean recordGivenUp(long id, String instance, OutboxStatus status, String error) {
        if (status != OutboxStatus.FAILED && status != OutboxStatus.BOUNCED) {
            throw new IllegalArgumentException("not a final failure: " + status);
        }
        return update("UPDATE outbox_mail SET status = ?, claimed_until = NULL, last_error = ? "
                        + "WHERE id = ? AND status = 'SENDING' AND claimed_by = ?",
                status.name(), shorten(error), id, instance) == 1;
    }

    /**
     * Mails whose claim lease ran out while being sent: their sender stopped (crashed, killed)
     * somewhere between claiming and recording. They go back into the queue, due now, with
     * {@code note} as their last error, and are sent again with the same {@code Message-ID}: the
     * server may have taken the mail in the last instant before the sender died, and then the
     * second copy is recognisable as the same mail.
     *
     * @return how many went back into the queue
     */
    public int requeueExpiredClaims(String note) {
        Timestamp now = Timestamp.from(clock.instant());
        return update("UPDATE outbox_mail SET status = 'PENDING', next_attempt_at = ?, claimed_until = NULL, "
                + "last_error = ? WHERE status = 'SENDING' AND claimed_until < ?", now, shorten(note), now);
    }

    /** Puts a failed or bounced mail back into the queue with fresh attempts; whether it was one. */
    public boolean requeue(long id) {
        return update("UPDATE outbox_mail SET status = 'PENDING', attempts = 0, next_attempt_at = ?, "
                        + "claimed_until = NULL WHERE id = ? AND status IN ('FAILED', 'BOUNCED')",
                Timestamp.from(clock.instant()), id) == 1;
    }

    public Optional<OutboxMail> find(long id) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT " + COLUMNS + WITH_BODIES + " FROM outbox_mail WHERE id = ?")) {
            select.setLong(1, id);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                Read read = read(row);
                return Optional.of(rendered(List.of(read), new HashMap<>())
                        .getOrDefault(read.summary().id(), read.withdrawn()));
            }
        } catch (SQLException e) {
            throw new OutboxException("Cannot read mail " + id, e);
        }
    }

    private static final String WITH_BODIES = ", body_text, body_html, template_values";

    /** A row read with {@link #WITH_BODIES}, before it is rendered. */
    private record Read(OutboxSummary summary, String text, String html, String values, String claimedBy,
                        Instant claimedUntil) {

        boolean byReference() {
            return values != null && values.startsWith(MailReference.PREFIX);
        }

        OutboxMail mail(String subject, String text, String html) {
            OutboxSummary s = summary;
            return new OutboxMail(s.id(), s.dedupKey(), s.template(), s.recipient(), s.language(), subject, text, html,
                    s.status(), s.transport(), s.attempts(), s.nextAttemptAt(), claimedBy, claimedUntil, s.sentAt(),
                    s.lastError(), s.createdAt());
        }

        /** A mail queued by reference whose part withdrew it: no subject, no bodies. */
        OutboxMail withdrawn() {
            return mail("", "", "");
        }
    }

    /** A row read with {@link #COLUMNS} and its template values, for a list: no bodies. */
    private static Read listed(ResultSet row) throws SQLException {
        return new Read(summary(row), "", "", row.getString("template_values"), null, null);
    }

    /**
     * The summaries of listed rows; a mail queued by reference has no stored subject, so it gets the
     * one its part's values give now (none when its part withdrew it).
     */
    private List<OutboxSummary> withSubjects(List<Read> rows) {
        List<Read> byReference = rows.stream().filter(Read::byReference).toList();
        Map<Long, OutboxMail> rendered = byReference.isEmpty() ? Map.of() : rendered(byReference, new HashMap<>());
        return rows.stream().map(row -> {
            OutboxSummary s = row.summary();
            OutboxMail mail = rendered.get(s.id());
            return mail == null ? s : new OutboxSummary(s.id(), s.dedupKey(), s.template(), s.recipient(), s.language(),
                    mail.subject(), s.status(), s.transport(), s.attempts(), s.nextAttemptAt(), s.sentAt(), s.lastError(),
                    s.createdAt());
        }).toList();
    }

    private Read read(ResultSet row) throws SQLException {
        return new Read(summary(row), row.getString("body_text"), row.getString("body_html"),
                row.getString("template_values"), row.getString("claimed_by"), instant(row.getTimestamp("claimed_until")));
    }

    /**
     * The mails of rows read with {@link #WITH_BODIES}, by id, each rendered so that it reads like one
     * queued rendered: one queued with its template's values from them; those queued by reference
     * from the values their part gives, in one look-up per part. A mail queued by reference that
     * its part withdrew (what it refers to is gone) is left out, and so is one whose part cannot give
     * values now (its look-up failed: {@code unavailable} gets the mail's id and why).
     */
    private Map<Long, OutboxMail> rendered(List<Read> rows, Map<Long, String> unavailable) {
        Map<Long, OutboxMail> mails = new HashMap<>();
        Map<MailValues, List<Read>> byReference = new LinkedHashMap<>();
        for (Read row : rows) {
            OutboxSummary s = row.summary();
            if (row.byReference()) {
                MailValues source = sources.forTemplate(s.template()).orElseThrow(() -> new OutboxException(
                        "Mail " + s.id() + " was queued by reference, but no part gives the values of template "
                                + s.template()));
                byReference.computeIfAbsent(source, k -> new ArrayList<>()).add(row);
            } else if (row.values() != null) {
                RenderedMail rendered = templates.render(s.template(), s.language(), TemplateValues.decode(row.values()));
                mails.put(s.id(), row.mail(s.subject(), rendered.text(), rendered.html()));
            } else {
                mails.put(s.id(), row.mail(s.subject(), row.text(), row.html()));
            }
        }
        byReference.forEach((source, referring) -> {
            Map<String, Map<String, String>> values;
            try {
                values = source.values(referring.stream()
                        .map(row -> row.values().substring(MailReference.PREFIX.length())).distinct().toList());
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "The values of " + referring.size() + " mails queued by reference cannot be"
                        + " read now; they are tried again later", e);
                referring.forEach(row -> unavailable.put(row.summary().id(), String.valueOf(e.getMessage())));
                return;
            }
            for (Read row : referring) {
                Map<String, String> found = values.get(row.values().substring(MailReference.PREFIX.length()));
                if (found != null) {
                    OutboxSummary s = row.summary();
                    RenderedMail rendered = templates.render(s.template(), s.language(), found);
                    mails.put(s.id(), row.mail(rendered.subject(), rendered.text(), rendered.html()));
                }
            }
        });
        return mails;
    }

    /**
     * Claims these due mails for {@code instance} until the lease ends, counting an attempt each,
     * with one conditional {@code UPDATE} (committed on its own outside a transaction), and reads
     * back the ones this call won, rendered, in the order of {@code ids}. A mail another sender
     * claimed first is left out.
     */
    public List<OutboxMail> claimAll(List<Long> ids, String instance, Duration lease) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Instant now = clock.instant();
        // Millisecond precision, so that the value read back equals the one written on every database.
        Timestamp until = Timestamp.from(now.plus(lease).truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
        List<Object> arguments = new ArrayList<>(List.of(instance, until));
        arguments.addAll(ids);
        arguments.add(Timestamp.from(now));
        update("UPDATE outbox_mail SET status = 'SENDING', claimed_by = ?, claimed_until = ?, attempts = attempts + 1 "
                + "WHERE id IN (" + marks(ids.size()) + ") AND status = 'PENDING' AND next_attempt_at <= ?",
                arguments.toArray());
        String sql = "SELECT " + COLUMNS + WITH_BODIES + " FROM outbox_mail WHERE id IN (" + marks(ids.size())
                + ") AND status = 'SENDING' AND claimed_by = ? AND claimed_until = ?";
        List<Read> read = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(sql)) {
            int i = 1;
            for (long id : ids) {
                select.setLong(i++, id);
            }
            select.setString(i++, instance);
            select.setTimestamp(i, until);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    read.add(read(rows));
                }
            }
        } catch (SQLException e) {
            throw new OutboxException("Cannot read the claimed mails", e);
        }
        Map<Long, String> unavailable = new HashMap<>();
        Map<Long, OutboxMail> won = rendered(read, unavailable);
        for (Read row : read) {
            long id = row.summary().id();
            if (unavailable.containsKey(id)) {  // not the mail's fault: waits a lease, then tried again
                recordRetry(id, instance, UNAVAILABLE + unavailable.get(id), now.plus(lease));
            } else if (!won.containsKey(id)) {
                recordGivenUp(id, instance, OutboxStatus.FAILED, WITHDRAWN);
            }
        }
        return ids.stream().map(won::get).filter(Objects::nonNull).toList();
    }

    /** Records that the SMTP server took these mails claimed by {@code instance}, in one statement; how many. */
    public int recordSentAll(List<Long> ids, String instance) {
        if (ids.isEmpty()) {
            return 0;
        }
        List<Object> arguments = new ArrayList<>();
        arguments.add(Timestamp.from(clock.instant()));
        arguments.addAll(ids);
        arguments.add(instance);
        return updateWithoutWaitingForDisk("UPDATE outbox_mail SET status = 'SENT', transport = 'SMTP', sent_at = ?, "
                + "claimed_until = NULL, last_error = NULL WHERE id IN (" + marks(ids.size()) + ") AND status = 'SENDING' "
                + "AND claimed_by = ?", arguments.toArray());
    }

    /**
     * A pass's record of the mails the SMTP server took, one at a time, each committed on its own
     * as {@link #recordSentAll} commits it, on one connection and one prepared statement kept for
     * the pass, so that the record each hand-over waits for costs one round trip and no look-up in
     * the pool, parse or plan. The connection is taken here, on the caller's thread, which also
     * closes it ({@link SentRecords#close()}); the statement is prepared at the first record.
     */
    public SentRecords sentRecords() {
        try {
            return new SentRecords(dataSource.getConnection());
        } catch (SQLException e) {
            throw new OutboxException("Cannot reach the outbox", e);
        }
    }

    /**
     * The records of one pass; used by one thread at a time (the sender's hand-over lock
     * serialises them, and the methods are synchronised besides). A failing record closes the
     * connection, throws, and leaves the next record to open a new one.
     */
    public final class SentRecords implements AutoCloseable {

        private Connection connection;
        private PreparedStatement statement;

        private SentRecords(Connection connection) {
            this.connection = connection;
        }

        /** Records that the SMTP server took the mail {@code id} claimed by {@code instance}; whether it was. */
        public synchronized boolean record(long id, String instance) {
            try {
                if (connection == null) {
                    connection = dataSource.getConnection();
                }
                if (statement == null) {
                    String sql = "UPDATE outbox_mail SET status = 'SENT', transport = 'SMTP', sent_at = ?, "
                            + "claimed_until = NULL, last_error = NULL WHERE id = ? AND status = 'SENDING' AND claimed_by = ?";
                    statement = connection.prepareStatement(isPostgres(connection) && connection.getAutoCommit()
                            ? "WITH no_disk_wait AS (SELECT set_config('synchronous_commit', 'off', true) AS s) "
                                    + sql + " AND EXISTS (SELECT 1 FROM no_disk_wait)"
                            : sql);
                }
                statement.setTimestamp(1, Timestamp.from(clock.instant()));
                statement.setLong(2, id);
                statement.setString(3, instance);
                return statement.executeUpdate() == 1;
            } catch (SQLException e) {
                close();
                throw new OutboxException("Cannot update the outbox", e);
            }
        }

        @Override
        public synchronized void close() {
            try (Connection open = connection; PreparedStatement prepared = statement) {
                // closed by the try
            } catch (SQLException e) {
                // The records made are committed; a failing close changes nothing.
            } finally {
                statement = null;
                connection = null;
            }
        }
    }

    /**
     * An update that commits on its own; on PostgreSQL, outside a caller's transaction, without
     * waiting for the database server's disk: the statement runs alone in auto-commit and sets
     * {@code synchronous_commit} to off for its own transaction only ({@code set_config(…, true)}
     * in a {@code WITH} the update reads), one round trip; the connection's setting is untouched.
     * The commit is visible to every other sender at once and survives the death of this
     * application node, since the database server keeps it and writes it within a fraction of a
     * second; only a crash of the database server itself in that fraction can lose it (the mails
     * then go out again with the same {@code Message-ID} when their claim ends). What the sender's
     * record of a sent mail needs: the per-mail record costs no disk wait. Elsewhere (Derby,
     * embedded: its log dies with the node; or inside a transaction) a plain update.
     * {@code sql} is an {@code UPDATE} ending in its {@code WHERE} conditions.
     */
    private int updateWithoutWaitingForDisk(String sql, Object... arguments) {
        try (Connection connection = dataSource.getConnection()) {
            if (!isPostgres(connection) || !connection.getAutoCommit()) {
                return update(connection, sql, arguments);
            }
            return update(connection, "WITH no_disk_wait AS (SELECT set_config('synchronous_commit', 'off', true) AS s) "
                    + sql + " AND EXISTS (SELECT 1 FROM no_disk_wait)", arguments);
        } catch (SQLException e) {
            throw new OutboxException("Cannot update the outbox", e);
        }
    }

    /**
     * Gives back claims of {@code instance} on mails it did not hand over (the connection broke
     * first): pending again as before the claim, the attempt not counted. How many.
     */
    public int releaseClaims(List<Long> ids, String instance) {
        if (ids.isEmpty()) {
            return 0;
        }
        List<Object> arguments = new ArrayList<Object>(ids);
        arguments.add(instance);
        return update("UPDATE outbox_mail SET status = 'PENDING', claimed_until = NULL, attempts = attempts - 1 "
                + "WHERE id IN (" + marks(ids.size()) + ") AND status = 'SENDING' AND claimed_by = ?", arguments.toArray());
    }

    /** Marks these due mails as delivered into the outbox itself (no SMTP server), in one statement; how many. */
    public int deliverLocallyAll(List<Long> ids, String instance) {
        if (ids.isEmpty()) {
            return 0;
        }
        Instant now = clock.instant();
        List<Object> arguments = new ArrayList<>(List.of(Timestamp.from(now), instance));
        arguments.addAll(ids);
        arguments.add(Timestamp.from(now));
        return update("UPDATE outbox_mail SET status = 'SENT', transport = 'LOCAL', sent_at = ?, claimed_by = ?, "
                + "attempts = attempts + 1 WHERE id IN (" + marks(ids.size()) + ") AND status = 'PENDING' "
                + "AND next_attempt_at <= ?", arguments.toArray());
    }

    private static String marks(int count) {
        return String.join(",", Collections.nCopies(count, "?"));
    }

    /** A page of mails, newest first, optionally of one status. */
    public OutboxPage list(Optional<OutboxStatus> status, int page, int size) {
        String where = status.isPresent() ? " WHERE status = ?" : "";
        String sql = "SELECT " + COLUMNS + ", template_values FROM outbox_mail" + where + " ORDER BY id DESC OFFSET "
                + ((long) page * size) + " ROWS FETCH NEXT " + size + " ROWS ONLY";
        try (Connection connection = dataSource.getConnection()) {
            long total;
            try (PreparedStatement count = connection.prepareStatement("SELECT COUNT(*) FROM outbox_mail" + where)) {
                if (status.isPresent()) {
                    count.setString(1, status.get().name());
                }
                try (ResultSet row = count.executeQuery()) {
                    row.next();
                    total = row.getLong(1);
                }
            }
            List<Read> items = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                if (status.isPresent()) {
                    select.setString(1, status.get().name());
                }
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        items.add(listed(rows));
                    }
                }
            }
            return new OutboxPage(withSubjects(items), total, page, size);
        } catch (SQLException e) {
            throw new OutboxException("Cannot list the outbox", e);
        }
    }

    public OutboxCounts counts() {
        Map<OutboxStatus, Long> byStatus = new EnumMap<>(OutboxStatus.class);
        long due;
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT status, COUNT(*) FROM outbox_mail GROUP BY status");
                 ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    byStatus.put(OutboxStatus.valueOf(rows.getString(1)), rows.getLong(2));
                }
            }
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT COUNT(*) FROM outbox_mail WHERE status = 'PENDING' AND next_attempt_at <= ?")) {
                select.setTimestamp(1, Timestamp.from(clock.instant()));
                try (ResultSet row = select.executeQuery()) {
                    row.next();
                    due = row.getLong(1);
                }
            }
        } catch (SQLException e) {
            throw new OutboxException("Cannot count the outbox", e);
        }
        return new OutboxCounts(byStatus.getOrDefault(OutboxStatus.PENDING, 0L), due,
                byStatus.getOrDefault(OutboxStatus.SENDING, 0L), byStatus.getOrDefault(OutboxStatus.SENT, 0L),
                byStatus.getOrDefault(OutboxStatus.FAILED, 0L), byStatus.getOrDefault(OutboxStatus.BOUNCED, 0L));
    }

    /**
     * What an operator watches of the outbox, in one query over the mails that wait or gave up:
     * see {@link OutboxBacklog}.
     */
    public OutboxBacklog backlog() {
        long queued = 0;
        long due = 0;
        long failed = 0;
        long bounced = 0;
        Instant oldest = null;
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT status, COUNT(*), MIN(created_at), "
                     + "SUM(CASE WHEN next_attempt_at <= ? THEN 1 ELSE 0 END) FROM outbox_mail "
                     + "WHERE status IN ('PENDING', 'FAILED', 'BOUNCED') GROUP BY status")) {
            select.setTimestamp(1, Timestamp.from(clock.instant()));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    long count = rows.getLong(2);
                    switch (OutboxStatus.valueOf(rows.getString(1))) {
                        case PENDING -> {
                            queued = count;
                            due = rows.getLong(4);
                            oldest = rows.getTimestamp(3).toInstant();
                        }
                        case FAILED -> failed = count;
                        case BOUNCED -> bounced = count;
                        default -> {
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new OutboxException("Cannot count the outbox's backlog", e);
        }
        return new OutboxBacklog(queued, due, failed, bounced, Optional.ofNullable(oldest));
    }

    private int update(String sql, Object... arguments) {
        try (Connection connection = dataSource.getConnection()) {
            return update(connection, sql, arguments);
        } catch (SQLException e) {
            throw new OutboxException("Cannot update the outbox", e);
        }
    }

    private static int update(Connection connection, String sql, Object... arguments) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(sql)) {
            for (int i = 0; i < arguments.length; i++) {
                if (arguments[i] == null) {
                    update.setNull(i + 1, Types.VARCHAR);
                } else {
                    update.setObject(i + 1, arguments[i]);
                }
            }
            return update.executeUpdate();
        }
    }

    private boolean isPostgres(Connection connection) throws SQLException {
        Boolean known = postgres;
        if (known == null) {
            known = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
            postgres = known;
        }
        return known;
    }

    private static OutboxSummary summary(ResultSet row) throws SQLException {
        String transport = row.getString("transport");
        return new OutboxSummary(row.getLong("id"), row.getString("dedup_key"), row.getString("template"),
                row.getString("recipient"), MailLanguage.fromCode(row.getString("language")).orElse(MailLanguage.NL),
                row.getString("subject"), OutboxStatus.valueOf(row.getString("status")),
                transport == null ? null : DeliveryChannel.valueOf(transport), row.getInt("attempts"),
                instant(row.getTimestamp("next_attempt_at")), instant(row.getTimestamp("sent_at")),
                row.getString("last_error"), instant(row.getTimestamp("created_at")));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static String shorten(String error) {
        if (error == null) {
            return null;
        }
        return error.length() <= MAX_ERROR ? error : error.substring(0, MAX_ERROR - 1) + "…";
    }

    /** The mails to {@code recipient} (lower case), newest first, without bodies. */
    public List<OutboxSummary> toRecipient(String recipient) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS
                     + ", template_values FROM outbox_mail WHERE LOWER(recipient) = ? ORDER BY id DESC")) {
            select.setString(1, recipient);
            List<Read> mails = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    mails.add(listed(rows));
                }
            }
            return withSubjects(mails);
        } catch (SQLException e) {
            throw new OutboxException("Cannot read the mails to one recipient", e);
        }
    }

    /**
     * Removes every mail to {@code recipient} (lower case), sent or not, in the caller's
     * transaction: their rendered bodies carry the person's name and links. The ids removed.
     */
    public List<Long> removeToRecipient(String recipient) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement delete = connection.prepareStatement("DELETE FROM outbox_mail WHERE LOWER(recipient) = ?")) {
            List<Long> ids = Sql.list(connection, "SELECT id FROM outbox_mail WHERE LOWER(recipient) = ? ORDER BY id DESC",
                    row -> row.getLong(1), recipient);
            delete.setString(1, recipient);
            delete.executeUpdate();
            return ids;
        } catch (SQLException e) {
            throw new OutboxException("Cannot remove the mails to one recipient", e);
        }
    }

    /** How many delivered or given-up mails older than {@code cutoff} still hold their recipient and bodies. */
    public long countForgettable(Instant cutoff) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement count = connection.prepareStatement("SELECT COUNT(*) FROM outbox_mail WHERE "
                     + FORGETTABLE)) {
            count.setTimestamp(1, Timestamp.from(cutoff));
            try (ResultSet row = count.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        } catch (SQLException e) {
            throw new OutboxException("Cannot count old mails", e);
        }
    }

    /**
     * Keeps of delivered or given-up mails older than {@code cutoff} only what the deduplication
     * needs (the key, the status, the times): recipient and bodies are replaced. How many.
     */
    public long forget(Instant cutoff) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement("UPDATE outbox_mail SET recipient = '"
                     + FORGOTTEN + "', subject = '', body_text = '', body_html = '', template_values = NULL, last_error = NULL WHERE " + FORGETTABLE)) {
            update.setTimestamp(1, Timestamp.from(cutoff));
            return update.executeUpdate();
        } catch (SQLException e) {
            throw new OutboxException("Cannot forget old mails", e);
        }
    }
}
