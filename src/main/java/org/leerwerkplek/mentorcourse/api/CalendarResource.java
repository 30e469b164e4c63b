package org.leerwerkplek.mentorcourse.api;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.leerwerkplek.mentorcourse.MentorCalendar;

/**
 * A mentor's upcoming modules as a calendar feed, by the token of its personal link (no
 * password: calendar programs cannot sign in). An unknown or expired token is a 404.
 */
@Path("course/calendar")
@RequestScoped
@PermitAll
@Tag(name = "Mentor course")
public class CalendarResource {

    static final String TEXT_CALENDAR = "text/calendar; charset=UTF-8";

    @Inject
    MentorCalendar mentors;

    @GET
    @Path("{token}.ics")
    @Operation(summary = "The mentor's upcoming modules (iCalendar), by the token of a personal link")
    public Response calendar(@PathParam("token") String token) {
        String feed = mentors.calendar(token).orElseThrow(NotFoundException::new);
        return Response.ok(feed, TEXT_CALENDAR)
                .header("Content-Disposition", "inline; filename=\"leerwerkplek.ics\"")
                .header("Cache-Control", "private, max-age=3600")
                .build();
    }
}
