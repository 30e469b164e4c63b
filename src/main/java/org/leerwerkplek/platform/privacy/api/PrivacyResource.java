package org.leerwerkplek.platform.privacy.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.leerwerkplek.platform.DomainException;
import org.leerwerkplek.platform.i18n.Messages;
import org.leerwerkplek.platform.privacy.AccessReport;
import org.leerwerkplek.platform.privacy.ErasedObject;
import org.leerwerkplek.platform.privacy.PersonalRecord;
import org.leerwerkplek.platform.privacy.PrivacyService;
import org.leerwerkplek.platform.privacy.TraceScan;
import org.leerwerkplek.platform.security.Role;

/** A person's data for admins: access requests, erasure, traces, and the retention rules. */
@Path("admin/privacy")
@RequestScoped
@RolesAllowed(Role.ADMIN_NAME)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Privacy")
public class PrivacyResource {

    /** Whom an erasure is for. */
    public record EraseRequest(@NotNull @Size(max = 254) String email) {
    }

    public record PersonData(String email, List<PersonalRecord> records) {
    }

    public record Erasure(String email, List<ErasedObject> erased) {
    }

    public record RetentionRun(List<PrivacyService.RetentionOutcome> outcomes) {
    }

    /** A retention rule: its period in months and days as configured. */
    public record RetentionView(String key, String setting, int months, int days, long dueNow) {
    }

    @Inject
    PrivacyService privacy;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "lwp.retention.allow-run-as-of", defaultValue = "false")
    boolean allowRunAsOf;

    @GET
    @Path("person")
    @Operation(summary = "Everything held about one e-mail address (an access request), as JSON")
    public PersonData person(@QueryParam("email") String email) {
        return new PersonData(email, privacy.lookup(email));
    }

    @GET
    @Path("person/report")
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "The same as a readable HTML page to hand to the person, in the language of Accept-Language")
    public Response report(@QueryParam("email") String email, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        List<PersonalRecord> records = privacy.lookup(email);
        Locale locale = Messages.supported(language == null ? null : Locale.forLanguageTag(language.split(",")[0].trim()));
        Map<String, String> texts = Map.of(
                "title", Messages.get(locale, "privacy.report.title"),
                "intro", Messages.get(locale, "privacy.report.intro"),
                "generated", Messages.get(locale, "privacy.report.generated"),
                "empty", Messages.get(locale, "privacy.report.empty"));
        String html = AccessReport.html(email.trim(), records, clock.instant(), texts, locale.getLanguage());
        return Response.ok(html, "text/html; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"personal-data.html\"").build();
    }

    @POST
    @Path("erase")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Erases the person with this e-mail address in every part, all or nothing")
    public Erasure erase(@NotNull @Valid EraseRequest request) {
        if (request == null) {
            throw new DomainException(DomainException.Kind.INVALID, "privacy.emailInvalid");
        }
        return new Erasure(request.email(), privacy.erase(request.email()));
    }

    @GET
    @Path("traces")
    @Operation(summary = "The columns of the database that still hold one of the texts (case ignored), e.g. after an erasure")
    public List<TraceScan.Trace> traces(@QueryParam("text") List<String> texts) {
        if (texts == null || texts.stream().noneMatch(t -> t != null && t.strip().length() >= 3)) {
            throw new DomainException(DomainException.Kind.INVALID, "privacy.traceTooShort");
        }
        return privacy.traces(texts);
    }

    @GET
    @Path("retention")
    @Operation(summary = "The retention rules, their periods and how much the next run removes")
    public List<RetentionView> retention(@QueryParam("asOf") String asOf) {
        return privacy.retention(moment(asOf)).stream().map(r -> new RetentionView(r.key(), r.setting(),
                (int) r.period().toTotalMonths(), r.period().getDays(), r.dueNow())).toList();
    }

    @POST
    @Path("retention/run")
    @Operation(summary = "Runs the retention rules now (asOf: a later day, only where lwp.retention.allow-run-as-of is set)")
    public RetentionRun run(@QueryParam("asOf") String asOf) {
        return new RetentionRun(privacy.runRetention(moment(asOf)));
    }

    private java.time.Instant moment(String asOf) {
        if (asOf == null || asOf.isBlank()) {
            return clock.instant();
        }
        if (!allowRunAsOf) {
            throw new DomainException(DomainException.Kind.INVALID, "privacy.asOfNotAllowed");
        }
        try {
            return LocalDate.parse(asOf.trim()).atTime(12, 0).atZone(clock.getZone()).toInstant();
        } catch (DateTimeParseException e) {
            throw new DomainException(DomainException.Kind.INVALID, "privacy.badDate", asOf);
        }
    }
}
