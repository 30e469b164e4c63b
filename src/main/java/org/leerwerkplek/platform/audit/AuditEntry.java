package org.leerwerkplek.platform.audit;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** What is to be added to the trail: when, who, what was done to which object, which fields changed. */
public record AuditEntry(Instant at, Actor actor, AuditAction action, String objectKind, String objectId,
                         List<FieldChange> changes) {

    public AuditEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(objectKind, "objectKind");
        if (objectKind.length() > 32 || (objectId != null && objectId.length() > 64)) {
            throw new IllegalArgumentException("Object kind or id too long for the trail: " + objectKind + " " + objectId);
        }
        changes = List.copyOf(changes);
    }
}
