package org.leerwerkplek.platform.audit;

import java.time.Instant;

/**
 * Which rows an admin asks for; every part may be null (no restriction). {@code to} is exclusive.
 */
public record AuditFilter(ActorKind actorKind, String actorRef, AuditAction action, String objectKind,
                          String objectId, Instant from, Instant to) {

    public static AuditFilter all() {
        return new AuditFilter(null, null, null, null, null, null, null);
    }
}
