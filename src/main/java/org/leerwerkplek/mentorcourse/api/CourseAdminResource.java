package org.leerwerkplek.mentorcourse.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.leerwerkplek.mentorcourse.CourseRun;
import org.leerwerkplek.mentorcourse.MentorScheduler;
import org.leerwerkplek.platform.DomainException;
import org.leerwerkplek.platform.security.Role;

/** The mentor course's scheduler for admins: run it now instead of at the next interval. */
@Path("admin/course")
@RequestScoped
@RolesAllowed(Role.ADMIN_NAME)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Mentor course")
public class CourseAdminResource {

    /** What a run did, with durations in milliseconds. */
    public record RunReport(String day, int due, int mails, int items, int failed, long millis) {
    }

    @Inject
    MentorScheduler scheduler;

    @POST
    @Path("run")
    @Operation(summary = "Delivers the modules, reminders and digests that are due now; 503 when a run under way did not"
            + " end in time. With asOf=YYYY-MM-DD (only when lwp.course.allow-run-as-of is set): as if it were that day")
    public Response run(@QueryParam("asOf") String asOf) {
        Optional<CourseRun.Run> done;
        if (asOf == null || asOf.isBlank()) {
            done = scheduler.runNow();
        } else {
            LocalDate day;
            try {
                day = LocalDate.parse(asOf.strip());
            } catch (DateTimeParseException e) {
                throw new DomainException(DomainException.Kind.INVALID, "course.runAsOfPast", asOf);
            }
            done = scheduler.runAsOf(day);
        }
        return done
                .map(run -> Response.ok(new RunReport(run.day().toString(), run.due(), run.mails(), run.items(),
                        run.failed(), run.duration().toMillis())).build())
                .orElseGet(() -> Response.status(Response.Status.SERVICE_UNAVAILABLE).build());
    }
}
