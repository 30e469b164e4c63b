package org.leerwerkplek.platform.audit;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.leerwerkplek.platform.DomainException;

/**
 * What an admin types to filter the trail, turned into a {@link AuditFilter}: who (a user name, or
 * a kind of link: respondent, mentor, applicant, system), what (a kind of object and its id), the
 * action and the days (inclusive, in the server's time zone).
 */
public record AuditQuery(String who, String objectKind, String objectId, String action, LocalDate from, LocalDate to) {

    /** The filter; a user name without account selects nothing. */
    public AuditFilter toFilter(AuditTrail trail, ZoneId zone) {
        if (from != null && to != null && to.isBefore(from)) {
            throw new DomainException(DomainException.Kind.INVALID, "audit.datesOutOfOrder");
        }
        ActorKind kind = null;
        String ref = null;
        if (who != null && !who.isBlank()) {
            String name = who.trim();
            kind = actorKind(name);
            if (kind == null) {
                kind = ActorKind.ACCOUNT;
                ref = trail.accountId(name.toLowerCase(Locale.ROOT)).orElse("none");
            }
        }
        return new AuditFilter(kind, ref, action(action), blankToNull(objectKind), blankToNull(objectId),
                from == null ? null : from.atStartOfDay(zone).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant());
    }

    private static ActorKind actorKind(String who) {
        for (ActorKind kind : ActorKind.values()) {
            if (kind != ActorKind.ACCOUNT && kind.name().equalsIgnoreCase(who)) {
                return kind;
            }
        }
        return null;
    }

    private static AuditAction action(String action) {
        if (action == null || action.isBlank()) {
            return null;
        }
        try {
            return AuditAction.valueOf(action.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new DomainException(DomainException.Kind.INVALID, "audit.unknownAction", action);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
