package org.leerwerkplek.placements.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.leerwerkplek.placements.Candidate;
import org.leerwerkplek.placements.Phase;
import org.leerwerkplek.placements.PipelineFigures;
import org.leerwerkplek.placements.PlacementService;
import org.leerwerkplek.placements.PlacementView;
import org.leerwerkplek.platform.DomainException;
import org.leerwerkplek.platform.security.Role;
import org.leerwerkplek.platform.security.UserService;

/**
 * Placements of candidates at companies through the seven phases (the company's former
 * {@code POST /companies/{id}/phase} is a move of one of its placements now). Who may see or move a
 * placement follows its company: out of reach answers 404.
 */
@Path("placements")
@RequestScoped
@RolesAllowed({Role.ADMIN_NAME, Role.ADVISOR_NAME, Role.ANALYST_NAME})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Placements")
public class PlacementsResource {

    /** A placement to start at a company, with its candidate when known. */
    public record StartBody(@NotNull Long companyId, @Size(max = 200) String candidateName,
                            @Size(max = 254) String candidateContact, @Size(max = 2000) String intakeNotes) {
    }

    /** A move: {@code FORWARD} one phase, or {@code BACK} one phase with a reason; on the copy with {@code version}. */
    public record MoveBody(@NotNull @Size(max = 8) String direction, @Size(max = 1000) String reason, @NotNull Long version) {
    }

    /** One entry of a placement's history; {@code from} null at its start; {@code at} an ISO-8601 instant. */
    public record MoveOut(String from, String to, String at, String by, String reason, boolean stepBack,
                          boolean fromCompanyPhase) {
    }

    /** A placement; {@code phaseSince} an ISO-8601 instant; people left out (null) for analysts. */
    public record PlacementOut(long id, long version, long companyId, String companyName, String phase,
                               String phaseSince, long daysInPhase, boolean stalled, String candidateName,
                               String candidateContact, String intakeNotes, String mentorName, String mentorEmail,
                               List<String> done, List<MoveOut> history) {
    }

    /** The pipeline: placements per phase, median days per phase (null without completed stays), the stalled ones' ids. */
    public record PipelineOut(long total, long reachedJob, Map<String, Long> perPhase, Map<String, Double> medianDays,
                              List<Long> stalled) {
    }

    @Inject
    PlacementService placements;

    @Context
    SecurityContext security;

    @GET
    @Operation(summary = "The placements of a company the caller may see")
    public List<PlacementOut> ofCompany(@QueryParam("company") Long company) {
        if (company == null) {
            throw new DomainException(DomainException.Kind.INVALID, "placement.companyRequired");
        }
        return placements.ofCompany(caller(), company).stream().map(PlacementsResource::out).toList();
    }

    @POST
    @RolesAllowed({Role.ADMIN_NAME, Role.ADVISOR_NAME})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start a placement at a company the caller may change, in the first phase")
    public Response start(@NotNull @Valid StartBody body) {
        PlacementView started = placements.start(caller(), body.companyId(),
                new Candidate(body.candidateName(), body.candidateContact(), body.intakeNotes()));
        return Response.status(Response.Status.CREATED).entity(out(started)).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A placement with its checklist and history")
    public PlacementOut find(@PathParam("id") long id) {
        return out(placements.find(caller(), id));
    }

    @POST
    @Path("{id}/moves")
    @RolesAllowed({Role.ADMIN_NAME, Role.ADVISOR_NAME})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Move a placement one phase forward, or one back with a reason; a copy older than the stored one is a conflict")
    public PlacementOut move(@PathParam("id") long id, @NotNull @Valid MoveBody body) {
        return switch (body.direction()) {
            case "FORWARD" -> out(placements.forward(caller(), id, body.version(), body.reason()));
            case "BACK" -> out(placements.back(caller(), id, body.version(), body.reason()));
            default -> throw new DomainException(DomainException.Kind.INVALID, "placement.invalid");
        };
    }

    @GET
    @Path("pipeline")
    @Operation(summary = "The pipeline of the placements the caller may see")
    public PipelineOut pipeline() {
        PipelineFigures f = placements.pipeline(caller());
        Map<String, Long> perPhase = new LinkedHashMap<>();
        Map<String, Double> medians = new LinkedHashMap<>();
        for (Phase phase : Phase.values()) {
            perPhase.put(phase.name(), f.perPhase().get(phase));
            medians.put(phase.name(), f.medianDays().get(phase).isPresent() ? f.medianDays().get(phase).getAsDouble() : null);
        }
        return new PipelineOut(f.total(), f.reachedJob(), perPhase, medians,
                f.stalled().stream().map(PipelineFigures.Trace::placementId).toList());
    }

    static PlacementOut out(PlacementView v) {
        return new PlacementOut(v.id(), v.version(), v.companyId(), v.companyName(), v.phase().name(),
                v.phaseSince().toString(), v.daysInPhase(), v.stalled(), v.candidate().name(), v.candidate().contact(),
                v.candidate().notes(), v.mentorName(), v.mentorEmail(), v.done().stream().sorted().toList(),
                v.history().stream().map(m -> new MoveOut(m.from() == null ? null : m.from().name(), m.to().name(),
                        m.at().toString(), m.by(), m.reason(), m.stepBack(), m.fromCompanyPhase())).toList());
    }

    private UserService.Caller caller() {
        return UserService.Caller.of(security.getUserPrincipal().getName(), security::isUserInRole);
    }
}
