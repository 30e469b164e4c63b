package org.leerwerkplek.platform.mail.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.leerwerkplek.platform.DomainException;
import org.leerwerkplek.platform.mail.DeliveryChannel;
import org.leerwerkplek.platform.mail.DeliveryRun;
import org.leerwerkplek.platform.mail.MailLanguage;
import org.leerwerkplek.platform.mail.MailOutbox;
import org.leerwerkplek.platform.mail.OutboxCounts;
import org.leerwerkplek.platform.mail.OutboxMail;
import org.leerwerkplek.platform.mail.OutboxPage;
import org.leerwerkplek.platform.mail.OutboxStatus;
import org.leerwerkplek.platform.mail.OutboxSummary;
import org.leerwerkplek.platform.security.Role;
import org.leerwerkplek.platform.web.AbsoluteLinks;

/** The mail outbox for admins: what is pending and sent, "send due now", and a check mail. */
@Path("admin/mail")
@RequestScoped
@RolesAllowed(Role.ADMIN_NAME)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Mail")
public class MailResource {

    /** The outbox at a glance and one page of it, newest first. */
    public record MailList(DeliveryChannel transport, OutboxCounts counts, List<OutboxSummary> items, long total,
                           int page, int size) {
    }

    /** Body of a check mail: to whom, in which language (nl, fr, en; Dutch when empty). */
    public record TestMail(@NotNull @Size(max = 254) String recipient, @Size(max = 5) String language) {
    }

    @Inject
    MailOutbox outbox;

    @GET
    @Operation(summary = "Counts per status and a page of mails, newest first (no bodies); status filters on one status")
    public MailList list(@QueryParam("status") String status, @QueryParam("page") @DefaultValue("0") int page,
                         @QueryParam("size") @DefaultValue("50") int size) {
        OutboxPage mails = outbox.list(status(status), page, size);
        return new MailList(outbox.usesSmtp() ? DeliveryChannel.SMTP : DeliveryChannel.LOCAL, outbox.counts(),
                mails.items(), mails.total(), mails.page(), mails.size());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One mail with its text and HTML bodies")
    public OutboxMail get(@PathParam("id") long id) {
        return outbox.find(id).orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND, "mail.notFound", id));
    }

    @POST
    @Path("send-due")
    @Operation(summary = "Send the due mails now instead of at the next interval; answers what the pass did")
    public DeliveryRun sendDue() {
        return outbox.sendDueNow().orElseThrow(() -> new DomainException(DomainException.Kind.CONFLICT, "mail.busy"));
    }

    @POST
    @Path("test")
    @Operation(summary = "Queue a check mail of the SMTP settings to an address; an Idempotency-Key header makes a repeated request queue it once")
    public Response test(@NotNull @Valid TestMail request, @HeaderParam("Idempotency-Key") String idempotencyKey) {
        String recipient = request == null ? null : request.recipient();
        MailLanguage language = MailLanguage.fromCode(request == null ? null : request.language()).orElse(MailLanguage.NL);
        String link = AbsoluteLinks.to("/");
        MailOutbox.QueuedTest queued = outbox.sendTest(recipient, language, link, Optional.ofNullable(idempotencyKey));
        return Response.status(Response.Status.ACCEPTED).entity(queued).build();
    }

    @POST
    @Path("{id}/requeue")
    @Operation(summary = "Put a failed or bounced mail back in the queue with fresh attempts")
    public OutboxSummary requeue(@PathParam("id") long id) {
        return outbox.requeue(id);
    }

    private static Optional<OutboxStatus> status(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String name = value.trim().toUpperCase(Locale.ROOT);
        return Optional.of(Arrays.stream(OutboxStatus.values()).filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new DomainException(DomainException.Kind.INVALID, "mail.statusInvalid", value)));
    }
}
