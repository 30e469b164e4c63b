package org.leerwerkplek.platform.audit;

import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.leerwerkplek.platform.tables.Formulas;

/** The trail as CSV: one line per row, with the account's name where the account still exists. */
final class AuditCsv {

    static final String HEADER = "seq,occurred_at,actor_kind,actor,action,object_kind,object_id,changes,hash\r\n";

    private AuditCsv() {
    }

    static String line(AuditEvent event, Map<String, String> accountNames) {
        String actor = event.actorRef() == null ? ""
                : ActorKind.ACCOUNT.name().equals(event.actorKind())
                        ? accountNames.getOrDefault(event.actorRef(), "#" + event.actorRef())
                        : event.actorRef();
        return String.join(",", Long.toString(event.seq()), DateTimeFormatter.ISO_INSTANT.format(event.occurredAt()),
                event.actorKind(), cell(actor), event.action(), cell(event.objectKind()), cell(event.objectId()),
                cell(event.changes()), event.hash()) + "\r\n";
    }

    /** A quoted cell where needed; a text a spreadsheet would run is neutralised as in every export ({@link Formulas}). */
    static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String safe = Formulas.neutralise(value);
        if (safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0 || safe.indexOf('\r') >= 0) {
            return '"' + safe.replace("\"", "\"\"") + '"';
        }
        return safe;
    }
}
