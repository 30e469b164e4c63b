package org.leerwerkplek.platform.audit;

import java.util.List;
import java.util.Map;

/**
 * What a service calls to record in the audit trail, in its own transaction. {@link AuditTrail} is
 * the implementation; unit tests give a service one that records in memory.
 */
public interface AuditLog {

    /** Records {@code action} on an object by the signed-in account (the product itself outside a request). */
    void record(AuditAction action, String objectKind, Object objectId, List<FieldChange> changes);

    /** Records {@code action} on an object by {@code actor}. */
    void record(Actor actor, AuditAction action, String objectKind, Object objectId, List<FieldChange> changes);

    /** The actor for the account {@code username}; a name without an account stands as a digest. */
    Actor accountActor(String username);

    /** The fields that differ between two states of an object, with their digests. */
    List<FieldChange> changes(Map<String, ?> before, Map<String, ?> after);

    /** The fields of an object as created ({@code removed} false) or as it was when removed. */
    List<FieldChange> fieldsOf(Map<String, ?> values, boolean removed);
}
