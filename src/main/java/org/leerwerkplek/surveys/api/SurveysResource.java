package org.leerwerkplek.surveys.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.leerwerkplek.platform.DomainException;
import org.leerwerkplek.platform.security.Role;
import org.leerwerkplek.surveys.PublicLinkService;
import org.leerwerkplek.surveys.SurveyCatalog;
import org.leerwerkplek.surveys.SurveyDefinitionService;

/** The survey instruments: what is in service, their definitions and stored versions. */
@Path("surveys")
@RequestScoped
@RolesAllowed({Role.ADMIN_NAME, Role.ANALYST_NAME, Role.ADVISOR_NAME})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Surveys")
public class SurveysResource {

    @Inject
    SurveyCatalog catalog;

    @Inject
    SurveyDefinitionService definitions;

    @Inject
    PublicLinkService links;

    @GET
    @Operation(summary = "The instruments in service, with their current version")
    public List<DefinitionViews.InstrumentSummary> instruments() {
        return catalog.instruments().stream().map(DefinitionViews::summary).toList();
    }

    @GET
    @Path("{instrument}")
    @Operation(summary = "The definition in service of one instrument: sections, questions, options")
    public DefinitionViews.DefinitionView definition(@PathParam("instrument") String instrument) {
        SurveyCatalog.ActiveInstrument active = catalog.instrument(instrument)
                .orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND, "surveys.unknownInstrument", instrument));
        return DefinitionViews.definition(active.snapshotId(), active.instrument());
    }

    @GET
    @Path("{instrument}/versions")
    @Operation(summary = "Every stored version and revision of an instrument; responses are pinned to one of them")
    public List<DefinitionViews.SnapshotView> versions(@PathParam("instrument") String instrument) {
        List<DefinitionViews.SnapshotView> versions = definitions.snapshots().stream()
                .filter(s -> s.getInstrumentId().equals(instrument))
                .map(s -> new DefinitionViews.SnapshotView(s.getInstrumentId(), s.getVersion(), s.getRevision(), s.getId(),
                        s.getContentHash(), s.getLoadedAt().toString()))
                .toList();
        if (versions.isEmpty()) {
            throw new DomainException(DomainException.Kind.NOT_FOUND, "surveys.unknownInstrument", instrument);
        }
        return versions;
    }

    @GET
    @Path("{instrument}/versions/{snapshot}")
    @Operation(summary = "A stored definition by its snapshot id, also when the file has changed since")
    public DefinitionViews.DefinitionView version(@PathParam("instrument") String instrument,
                                                  @PathParam("snapshot") long snapshot) {
        return catalog.bySnapshot(snapshot)
                .filter(i -> i.id().equals(instrument))
                .map(i -> DefinitionViews.definition(snapshot, i))
                .orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND, "surveys.unknownInstrument", instrument));
    }

    /** Body of the public-link switch. */
    public record PublicLinkChange(boolean open) {
    }

    @PUT
    @Path("{instrument}/public-link")
    @RolesAllowed(Role.ADMIN_NAME)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Open or close the public link of an instrument (/start.xhtml?s=ID)")
    public PublicLinkChange setPublicLink(@PathParam("instrument") String instrument, PublicLinkChange change,
                                          @Context SecurityContext security) {
        links.setOpen(instrument, change != null && change.open(), security.getUserPrincipal().getName());
        return new PublicLinkChange(links.isOpen(instrument));
    }

    @POST
    @Path("reload")
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Read the surveys folder again; broken files are reported and leave the others in service")
    public DefinitionViews.ReloadView reload() {
        SurveyCatalog.Status status = catalog.reload();
        return new DefinitionViews.ReloadView(catalog.instruments().stream().map(DefinitionViews::summary).toList(),
                status.errors().stream().map(DefinitionViews::error).toList());
    }
}
