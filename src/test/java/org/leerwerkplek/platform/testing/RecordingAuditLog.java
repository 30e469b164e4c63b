package org.leerwerkplek.platform.testing;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.leerwerkplek.platform.audit.Actor;
import org.leerwerkplek.platform.audit.ActorKind;
import org.leerwerkplek.platform.audit.AuditAction;
import org.leerwerkplek.platform.audit.AuditDigest;
import org.leerwerkplek.platform.audit.AuditEntry;
import org.leerwerkplek.platform.audit.AuditLog;
import org.leerwerkplek.platform.audit.FieldChange;

/**
 * An audit log in memory for unit tests of services: what they recorded, in order. The signed-in
 * account is whatever the test sets ({@link #signIn(String)}); accounts are known by name.
 */
public final class RecordingAuditLog implements AuditLog {

    private final Clock clock;
    private final AuditDigest digest = new AuditDigest("recording-audit-log".getBytes());
    private final List<AuditEntry> entries = new ArrayList<>();
    private Actor current = Actor.system(null);

    public RecordingAuditLog(Clock clock) {
        this.clock = clock;
    }

    public void signIn(String username) {
        current = accountActor(username);
    }

    public List<AuditEntry> entries() {
        return List.copyOf(entries);
    }

    /** The entries with {@code action}, in order. */
    public List<AuditEntry> entries(AuditAction action) {
        return entries.stream().filter(e -> e.action() == action).toList();
    }

    public AuditDigest digest() {
        return digest;
    }

    @Override
    public void record(AuditAction action, String objectKind, Object objectId, List<FieldChange> changes) {
        record(current, action, objectKind, objectId, changes);
    }

    @Override
    public void record(Actor actor, AuditAction action, String objectKind, Object objectId, List<FieldChange> changes) {
        entries.add(new AuditEntry(clock.instant(), actor, action, objectKind,
                objectId == null ? null : objectId.toString(), changes));
    }

    @Override
    public Actor accountActor(String username) {
        return new Actor(ActorKind.ACCOUNT, username);
    }

    @Override
    public List<FieldChange> changes(Map<String, ?> before, Map<String, ?> after) {
        return digest.changes(before, after);
    }

    @Override
    public List<FieldChange> fieldsOf(Map<String, ?> values, boolean removed) {
        return digest.fieldsOf(values, removed);
    }
}
