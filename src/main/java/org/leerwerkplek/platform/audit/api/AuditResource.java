package org.leerwerkplek.platform.audit.api;

import java.time.Clock;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.leerwerkplek.platform.DomainException;
import org.leerwerkplek.platform.audit.ActorKind;
import org.leerwerkplek.platform.audit.AuditChain;
import org.leerwerkplek.platform.audit.AuditEvent;
import org.leerwerkplek.platform.audit.AuditFilter;
import org.leerwerkplek.platform.audit.AuditPage;
import org.leerwerkplek.platform.audit.AuditQuery;
import org.leerwerkplek.platform.audit.AuditTrail;
import org.leerwerkplek.platform.audit.FieldChange;
import org.leerwerkplek.platform.security.Role;

/** The audit trail for admins: rows with filters, a CSV export and the chain check. */
@Path("admin/audit")
@RequestScoped
@RolesAllowed(Role.ADMIN_NAME)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit")
public class AuditResource {

    /** One row: who is a user name (accounts that still exist) or the kind of link with its reference. */
    public record EventView(long seq, String occurredAt, String actorKind, String actor, String action,
                            String objectKind, String objectId, List<FieldChange> changes, int fieldsLeftOut,
                            String hash) {
    }

    public record EventList(List<EventView> items, long total, int page, int size) {
    }

    public record ProblemView(String kind, long seq) {
    }

    public record ChainCheck(boolean intact, long rowsChecked, long lastSeq, List<ProblemView> problems) {
    }

    @Inject
    AuditTrail trail;

    @Inject
    Clock clock;

    @GET
    @Operation(summary = "Rows of the trail, newest first; who is a user name or respondent, mentor, applicant, system, "
            + "anonymous; from and to are days (YYYY-MM-DD, inclusive)")
    public EventList list(@QueryParam("who") String who, @QueryParam("objectKind") String objectKind,
                          @QueryParam("objectId") String objectId, @QueryParam("action") String action,
                          @QueryParam("from") String from, @QueryParam("to") String to,
                          @QueryParam("page") @DefaultValue("0") int page,
                          @QueryParam("size") @DefaultValue("50") int size) {
        if (page < 0 || size < 1 || size > 500) {
            throw new DomainException(DomainException.Kind.INVALID, "audit.badPage");
        }
        AuditPage found = trail.page(filter(who, objectKind, objectId, action, from, to), page, size);
        Map<String, String> names = trail.accountNames();
        return new EventList(found.events().stream().map(e -> view(e, names)).toList(), found.total(), page, size);
    }

    @GET
    @Path("export")
    @Produces("text/csv")
    @Operation(summary = "The rows the same filters select, oldest first, as CSV")
    public Response export(@QueryParam("who") String who, @QueryParam("objectKind") String objectKind,
                           @QueryParam("objectId") String objectId, @QueryParam("action") String action,
                           @QueryParam("from") String from, @QueryParam("to") String to) {
        AuditFilter filter = filter(who, objectKind, objectId, action, from, to);
        StreamingOutput body = out -> trail.exportCsv(filter,
                new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)));
        return Response.ok(body, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"audit.csv\"").build();
    }

    @POST
    @Path("verify")
    @Operation(summary = "Checks the hash chain: every row unchanged, none removed; names the rows that are not")
    public ChainCheck verify() {
        AuditChain.Check check = trail.verify();
        return new ChainCheck(check.intact(), check.rowsChecked(), check.lastSeq(),
                check.problems().stream().map(p -> new ProblemView(p.kind().name(), p.seq())).toList());
    }

    private AuditFilter filter(String who, String objectKind, String objectId, String action, String from, String to) {
        return new AuditQuery(who, objectKind, objectId, action, day(from), day(to)).toFilter(trail, clock.getZone());
    }

    private static LocalDate day(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new DomainException(DomainException.Kind.INVALID, "audit.badDate", text);
        }
    }

    static EventView view(AuditEvent event, Map<String, String> accountNames) {
        String actor = ActorKind.ACCOUNT.name().equals(event.actorKind()) && event.actorRef() != null
                ? accountNames.getOrDefault(event.actorRef(), "#" + event.actorRef())
                : event.actorRef();
        return new EventView(event.seq(), event.occurredAt().toString(), event.actorKind(), actor, event.action(),
                event.objectKind(), event.objectId(), event.fieldChanges(), event.fieldsLeftOut(), event.hash());
    }
}
