package org.leerwerkplek.surveys.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.leerwerkplek.platform.DomainException;
import org.leerwerkplek.platform.security.Role;
import org.leerwerkplek.surveys.ResponseChannel;
import org.leerwerkplek.surveys.ResponseService;
import org.leerwerkplek.surveys.definition.model.Language;

/** Starting responses: a personal link for a respondent, or a paper entry by an advisor. */
@Path("surveys/{instrument}/responses")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Surveys")
public class ResponsesResource {

    /** What to start: the respondent's language and how the answers come in. */
    public record StartRequest(@Size(max = 5) String language, ResponseChannel channel) {
    }

    /** The new response; the token is shown only here, the link opens the answering page. */
    public record StartedView(long id, String token, String link) {
    }

    @Inject
    ResponseService responses;

    @GET
    @RolesAllowed({Role.ADMIN_NAME, Role.ANALYST_NAME})
    @Operation(summary = "The responses to an instrument, oldest first, page by page (no answers, no tokens)")
    public ResponseService.Page<ResponseService.Summary> list(@PathParam("instrument") String instrument,
                                                             @QueryParam("page") @DefaultValue("0") int page,
                                                             @QueryParam("size") @DefaultValue("50") int size) {
        return responses.list(instrument, page, size);
    }

    @POST
    @RolesAllowed({Role.ADMIN_NAME, Role.ANALYST_NAME, Role.ADVISOR_NAME})
    @Operation(summary = "Start a response: channel LINK (admins, analysts) gives a personal link; PAPER (advisors, admins) an entry on behalf of an employer")
    public Response start(@PathParam("instrument") String instrument, @Valid StartRequest request,
                          @Context SecurityContext security, @Context UriInfo uri) {
        ResponseChannel channel = request == null || request.channel() == null ? ResponseChannel.LINK : request.channel();
        boolean allowed = switch (channel) {
            case LINK -> security.isUserInRole(Role.ADMIN_NAME) || security.isUserInRole(Role.ANALYST_NAME);
            case PAPER -> security.isUserInRole(Role.ADMIN_NAME) || security.isUserInRole(Role.ADVISOR_NAME);
            case IMPORT, PUBLIC_LINK, DEMO, INTERVIEW -> false;
        };
        if (!allowed) {
            throw new DomainException(DomainException.Kind.INVALID, "respond.channelNotAllowed", channel);
        }
        Language language = Language.fromCode(request == null ? null : request.language()).orElse(Language.NL);
        String enteredBy = channel == ResponseChannel.PAPER ? security.getUserPrincipal().getName() : null;
        ResponseService.Started started = responses.start(instrument, language, channel, enteredBy);
        String link = uri.getBaseUri().resolve("../../respond.xhtml?t=" + started.token()).toString();
        return Response.status(Response.Status.CREATED).entity(new StartedView(started.responseId(), started.token(), link))
                .build();
    }
}
