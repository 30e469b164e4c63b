package org.leerwerkplek.fieldwork.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.leerwerkplek.fieldwork.Dimension;
import org.leerwerkplek.fieldwork.FieldworkScheduler;
import org.leerwerkplek.fieldwork.FieldworkRun;
import org.leerwerkplek.fieldwork.InviteeImport;
import org.leerwerkplek.fieldwork.Monitor;
import org.leerwerkplek.fieldwork.MonitorService;
import org.leerwerkplek.fieldwork.Pending;
import org.leerwerkplek.fieldwork.Representativeness;
import org.leerwerkplek.fieldwork.Wave;
import org.leerwerkplek.fieldwork.WaveDraft;
import org.leerwerkplek.fieldwork.WaveService;
import org.leerwerkplek.platform.DomainException;
import org.leerwerkplek.platform.i18n.Messages;
import org.leerwerkplek.platform.security.Role;
import org.leerwerkplek.platform.security.UserService;
import org.leerwerkplek.platform.tables.StrictUtf8Reader;

/** Fieldwork waves for analysts and admins: create, add invitees, follow; admins also run what is due now. */
@Path("fieldwork")
@RequestScoped
@RolesAllowed({Role.ADMIN_NAME, Role.ANALYST_NAME})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Fieldwork")
public class FieldworkResource {

    /** A wave as the API shows it (no key). */
    public record WaveView(long id, String name, String instrumentId,
                           @Schema(type = SchemaType.STRING, format = "date") LocalDate invitationDate,
                           int reminderMinDays, int reminderMax,
                           @Schema(type = SchemaType.STRING, format = "date") LocalDate reminderLastDate,
                           @Schema(type = SchemaType.STRING, format = "date") LocalDate closingDate, int version) {

        static WaveView of(Wave w) {
            return new WaveView(w.id(), w.name(), w.instrumentId(), w.invitationDate(), w.reminderMinDays(),
                    w.reminderMax(), w.reminderLastDate(), w.closingDate(), w.version());
        }
    }

    /** New settings of a wave, made on {@code version} of it. */
    public record WaveChange(Integer version,
                             @Schema(type = SchemaType.STRING, format = "date") LocalDate invitationDate,
                             Integer reminderMinDays, Integer reminderMax,
                             @Schema(type = SchemaType.STRING, format = "date") LocalDate reminderLastDate,
                             @Schema(type = SchemaType.STRING, format = "date") LocalDate closingDate) {
    }

    /** The body of a new wave. */
    public record NewWave(@Size(max = 200) String name, @Size(max = 64) String instrumentId,
                          @Schema(type = SchemaType.STRING, format = "date") LocalDate invitationDate,
                          Integer reminderMinDays, Integer reminderMax,
                          @Schema(type = SchemaType.STRING, format = "date") LocalDate reminderLastDate,
                          @Schema(type = SchemaType.STRING, format = "date") LocalDate closingDate) {
    }

    /** The companies of the register to invite. */
    public record Companies(@Size(max = 100_000) List<@NotNull Long> ids) {
    }

    /** An extra reminder to one subgroup. */
    public record GroupReminder(@NotNull @Size(max = 32) String dimension, @NotNull @Size(max = 200) String value) {
    }

    /** A problem of one line, in the caller's language. */
    public record ProblemView(int line, String message) {
    }

    public record AddView(int added, List<ProblemView> problems) {
    }

    public record MonitorView(WaveView wave, Monitor.Counts counts, long pending, List<Monitor.Day> timeline,
                              List<Representativeness.Test> representativeness) {
    }

    public record Reminded(int mailed) {
    }

    @Inject
    WaveService waves;

    @Inject
    InviteeImport invitees;

    @Inject
    FieldworkRun run;

    @Inject
    MonitorService monitors;

    @Inject
    FieldworkScheduler scheduler;

    @Context
    SecurityContext security;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(summary = "The waves, newest first")
    public List<WaveView> list() {
        return waves.waves().stream().map(WaveView::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a wave: instrument, invitation date, reminder rule (minimum days between, maximum number, last date) and closing date")
    public Response create(@NotNull @Valid NewWave body) {
        if (body == null) {
            throw new DomainException(DomainException.Kind.INVALID, "fieldwork.wave.nameInvalid");
        }
        WaveDraft draft = new WaveDraft(body.name(), body.instrumentId(), body.invitationDate(),
                body.reminderMinDays() == null ? 7 : body.reminderMinDays(),
                body.reminderMax() == null ? 2 : body.reminderMax(), body.reminderLastDate(), body.closingDate());
        Wave wave = waves.create(caller(), draft);
        return Response.status(Response.Status.CREATED).entity(WaveView.of(wave)).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "The monitor of a wave: counts, cumulative counts per day, representativeness per subgroup")
    public MonitorView monitor(@PathParam("id") long id) {
        Monitor monitor = monitors.monitor(id);
        return new MonitorView(WaveView.of(monitor.wave()), monitor.counts(), monitor.pending(), monitor.timeline(),
                monitor.tests());
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change the invitation date, reminder rule and closing date of a wave not closed yet; version is the wave's version the change was made on (409 when it changed meanwhile)")
    public WaveView change(@PathParam("id") long id, @NotNull @Valid WaveChange body) {
        if (body == null || body.version() == null || body.reminderMinDays() == null || body.reminderMax() == null) {
            throw new DomainException(DomainException.Kind.INVALID, "fieldwork.wave.changeIncomplete");
        }
        return WaveView.of(waves.change(id, body.version(), body.invitationDate(), body.reminderMinDays(),
                body.reminderMax(), body.reminderLastDate(), body.closingDate()));
    }

    @POST
    @Path("{id}/invitees")
    @Consumes("text/csv")
    @Operation(summary = "Add invitees from CSV (company, contact, email, language; optional size_class, subsector, region); all or nothing, problems per line (422)")
    public Response importCsv(@PathParam("id") long id, InputStream body) throws IOException {
        return added(invitees.importCsv(id, new StrictUtf8Reader(body)));
    }

    @POST
    @Path("{id}/companies")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add companies of the register, each with its first contact that has an e-mail address; all or nothing")
    public Response addCompanies(@PathParam("id") long id, @NotNull @Valid Companies body) {
        return added(invitees.addFromRegister(caller(), id, body == null || body.ids() == null ? List.of() : body.ids()));
    }

    @POST
    @Path("{id}/remind-group")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Send an extra reminder to the invitees of one subgroup (dimension SIZE_CLASS, SUBSECTOR or REGION) who have not answered")
    public Reminded remindGroup(@PathParam("id") long id, @NotNull @Valid GroupReminder body) {
        Dimension dimension;
        try {
            dimension = Dimension.valueOf(body == null || body.dimension() == null ? "" : body.dimension());
        } catch (IllegalArgumentException e) {
            throw new DomainException(DomainException.Kind.INVALID, "fieldwork.dimensionInvalid");
        }
        return new Reminded(run.remindGroup(id, dimension, body.value()));
    }

    @GET
    @Path("pending")
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Per wave not closed: the invitations and reminders due now, and the next day with any and how many then (admins)")
    public List<Pending> pending() {
        return run.pending();
    }

    @POST
    @Path("run-due")
    @RolesAllowed(Role.ADMIN_NAME)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Send the due invitations and reminders of all waves now (admins); the mails then leave with the outbox")
    public FieldworkRun.RunReport runDue() {
        return scheduler.runNow().orElseThrow(() -> new DomainException(DomainException.Kind.CONFLICT, "fieldwork.busy"));
    }

    private Response added(InviteeImport.AddOutcome outcome) {
        Locale locale = headers.getAcceptableLanguages().isEmpty() ? Messages.DUTCH
                : Messages.supported(headers.getAcceptableLanguages().get(0));
        AddView view = new AddView(outcome.added(), outcome.problems().stream()
                .map(p -> new ProblemView(p.line(), Messages.get(locale, p.messageKey(), p.arguments().toArray())))
                .toList());
        return Response.status(outcome.problems().isEmpty() ? 200 : 422).entity(view).build();
    }

    private UserService.Caller caller() {
        return UserService.Caller.of(security.getUserPrincipal().getName(), security::isUserInRole);
    }
}
