package org.leerwerkplek.platform.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.security.Principal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;

/**
 * The audit trail: every part records here what was done to its objects, in the transaction that
 * does it. Who acted is the signed-in account of the request (by its id) unless the caller names
 * another actor (a respondent's or mentor's link, a timer). Values never enter the trail: a
 * change is recorded as field names with {@link #digest() digests} of the old and new values.
 */
@ApplicationScoped
public class AuditTrail implements AuditLog {

    private DataSource dataSource;
    private Instance<SecurityContext> security;
    private Clock clock;
    private volatile AuditDigest digest;
    private final Map<String, String> accountIds = new ConcurrentHashMap<>();

    /** For the CDI proxy only. */
    protected AuditTrail() {
    }

    @Inject
    public AuditTrail(Instance<SecurityContext> security, Clock clock) {
        this.security = security;
        this.clock = clock;
    }

    /** The transaction-bound data source: an entry joins the caller's transaction wherever it began. */
    @Inject
    void setDataSource(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Records {@code action} on the object by the signed-in account (or the product, outside a request). */
    @Transactional
    public void record(AuditAction action, String objectKind, Object objectId) {
        record(action, objectKind, objectId, List.of());
    }

    /** Records {@code action} with its changed fields, by the signed-in account. */
    @Override
    @Transactional
    public void record(AuditAction action, String objectKind, Object objectId, List<FieldChange> changes) {
        recordAll(List.of(new AuditEntry(clock.instant(), currentActor(), action, objectKind, id(objectId), changes)));
    }

    /** Records {@code action} by {@code actor}. */
    @Override
    @Transactional
    public void record(Actor actor, AuditAction action, String objectKind, Object objectId, List<FieldChange> changes) {
        recordAll(List.of(new AuditEntry(clock.instant(), actor, action, objectKind, id(objectId), changes)));
    }

    /** Records many entries at once (an import, a wave's invitees), in one append. */
    @Transactional
    public void recordAll(List<AuditEntry> entries) {
        try (Connection connection = dataSource.getConnection()) {
            AuditStore.append(connection, entries);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot add " + entries.size() + " rows to the audit trail", e);
        }
    }

    /** An entry by the signed-in account, for {@link #recordAll(List)}. */
    public AuditEntry entry(AuditAction action, String objectKind, Object objectId, List<FieldChange> changes) {
        return new AuditEntry(clock.instant(), currentActor(), action, objectKind, id(objectId), changes);
    }

    /** The fields that differ between two states of an object, with their digests. */
    @Override
    public List<FieldChange> changes(Map<String, ?> before, Map<String, ?> after) {
        return digest().changes(before, after);
    }

    /** The fields of an object as created ({@code removed} false) or as it was when removed. */
    @Override
    public List<FieldChange> fieldsOf(Map<String, ?> values, boolean removed) {
        return digest().fieldsOf(values, removed);
    }

    /** The digest that stands for values in the trail. */
    public AuditDigest digest() {
        AuditDigest current = digest;
        if (current == null) {
            try (Connection connection = dataSource.getConnection()) {
                current = new AuditDigest(AuditStore.digestKey(connection));
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot read the audit trail's digest key", e);
            }
            digest = current;
        }
        return current;
    }

    /** The signed-in account of this request, or the product itself where there is none. */
    public Actor currentActor() {
        Principal principal = null;
        try {
            if (security.isResolvable()) {
                principal = security.get().getCallerPrincipal();
            }
        } catch (RuntimeException outsideARequest) {
            principal = null;
        }
        if (principal == null) {
            return Actor.system(null);
        }
        return accountActor(principal.getName());
    }

    /** The actor for the account {@code username}: by its id; a name without account by its digest. */
    @Override
    public Actor accountActor(String username) {
        return accountId(username).map(id -> new Actor(ActorKind.ACCOUNT, id))
                .orElseGet(() -> new Actor(ActorKind.ANONYMOUS, digest().of(username)));
    }

    /** The id of the account {@code username}, as the trail refers to it. */
    public Optional<String> accountId(String username) {
        if (username == null || username.isBlank()) {
            return Optional.empty();
        }
        String known = accountIds.get(username);
        if (known != null) {
            return Optional.of(known);
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT id FROM lwp_user WHERE username = ?")) {
            select.setString(1, username);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                String id = Long.toString(row.getLong(1));
                accountIds.put(username, id);
                return Optional.of(id);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot look up the account " + username, e);
        }
    }

    /** The user names of the accounts, by id, to show who acted. */
    public Map<String, String> accountNames() {
        Map<String, String> names = new HashMap<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT id, username FROM lwp_user");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                names.put(Long.toString(rows.getLong(1)), rows.getString(2));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the accounts", e);
        }
        return names;
    }

    /** One page of the rows {@code filter} selects, newest first. */
    public AuditPage page(AuditFilter filter, int page, int size) {
        try (Connection connection = dataSource.getConnection()) {
            AuditStore.Page found = AuditStore.page(connection, filter, Math.max(0, page), Math.max(1, Math.min(size, 500)));
            return new AuditPage(found.events(), found.total(), page, size);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the audit trail", e);
        }
    }

    /** Checks the whole chain against the head, and records that it was checked. */
    @Transactional
    public AuditChain.Check verify() {
        AuditChain.Check check;
        try (Connection connection = dataSource.getConnection()) {
            check = AuditChainCheck.verify(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the audit trail", e);
        }
        record(AuditAction.VERIFY, "audit", null, List.of());
        return check;
    }

    /** Writes the rows {@code filter} selects as CSV, oldest first, and records the export. */
    @Transactional
    public void exportCsv(AuditFilter filter, Writer out) {
        Map<String, String> names = accountNames();
        try (Connection connection = dataSource.getConnection()) {
            out.write(AuditCsv.HEADER);
            AuditStore.forEach(connection, filter, event -> {
                try {
                    out.write(AuditCsv.line(event, names));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            out.flush();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the audit trail", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        record(AuditAction.EXPORT, "audit", null, List.of());
    }

    private static String id(Object objectId) {
        return objectId == null ? null : objectId.toString();
    }
}
