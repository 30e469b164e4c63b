package org.leerwerkplek.mentorcourse.api;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayOutputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.leerwerkplek.mentorcourse.CertificateDownload;
import org.leerwerkplek.mentorcourse.CertificateService;

/**
 * Completion certificates without a password: the mentor downloads its own by the token of its
 * personal link; anyone checks a verification code and learns only whether it is genuine, and
 * then the name and the period on it.
 */
@Path("course/certificates")
@RequestScoped
@PermitAll
@Tag(name = "Mentor course")
public class CertificateResource {

    /**
     * The outcome of a verification: genuine or not; name and period only when genuine; for a
     * mentor who was erased {@code erased} is true and the name null.
     */
    public record Verification(boolean genuine, String name, String from, String to, boolean erased) {
    }

    @Inject
    CertificateDownload mentors;

    @Inject
    CertificateService certificates;

    @GET
    @Path("{token}/{year}.pdf")
    @Produces("application/pdf")
    @Operation(summary = "The certificate of a cycle year (PDF), by the token of the mentor's personal link; 404 otherwise")
    public Response pdf(@PathParam("token") String token, @PathParam("year") int year) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        if (!mentors.certificatePdf(token, year, pdf)) {
            throw new NotFoundException();
        }
        return Response.ok(pdf.toByteArray(), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"certificaat-" + year + ".pdf\"")
                .header("Cache-Control", "private, no-store")
                .build();
    }

    @GET
    @Path("verify/{code}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Whether a verification code is on a genuine certificate, with only the name and period (erased: the holder was erased, no name)")
    public Verification verify(@PathParam("code") String code) {
        return certificates.verify(code)
                .map(v -> new Verification(true, v.name(), v.from().toString(), v.to().toString(), v.erased()))
                .orElse(new Verification(false, null, null, null, false));
    }
}
