package org.leerwerkplek.companies.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.leerwerkplek.companies.ActionOwners;
import org.leerwerkplek.companies.CompanyFilter;
import org.leerwerkplek.companies.CompanyErasure;
import org.leerwerkplek.companies.CompanyImportService;
import org.leerwerkplek.companies.CompanyList;
import org.leerwerkplek.companies.CompanyRow;
import org.leerwerkplek.companies.CompanyService;
import org.leerwerkplek.companies.SupportAction;
import org.leerwerkplek.companies.VisitService;
import org.leerwerkplek.companies.register.Province;
import org.leerwerkplek.companies.register.SizeClass;
import org.leerwerkplek.companies.register.Subsector;
import org.leerwerkplek.platform.DomainException;
import org.leerwerkplek.platform.i18n.Messages;
import org.leerwerkplek.platform.privacy.ErasedObject;
import org.leerwerkplek.platform.security.Role;
import org.leerwerkplek.platform.security.UserService;
import org.leerwerkplek.platform.tables.StrictUtf8Reader;
import org.leerwerkplek.surveys.definition.validation.Violation;

/**
 * The company register, visits and fiches. Advisors reach only their own companies (assigned or
 * visited), analysts read every company with people as pseudonyms, admins everything; a company
 * out of reach answers 404, whatever id is tried.
 */
@Path("companies")
@RequestScoped
@RolesAllowed({Role.ADMIN_NAME, Role.ADVISOR_NAME, Role.ANALYST_NAME})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Companies")
public class CompaniesResource {

    /** A new assignment. */
    public record AdvisorChange(@Size(max = 64) String advisor) {
    }

    /** The version of the copy a change was made on. */
    public record VersionBody(Long version) {
    }

    /** A visit to plan or record. */
    public record VisitBody(@Size(max = 10) String date, @Size(max = 200) String interviewee) {
    }

    /** The outcome of an import, with every problem in the caller's language. */
    public record ImportView(int rows, int imported, List<ProblemView> problems, int moreProblems) {
    }

    /** One problem of an import file. */
    public record ProblemView(int line, int column, String columnName, String message) {
    }

    /** A fiche with its answers as text, by question code. */
    public record FicheView(long visitId, long companyId, long version, String date, boolean completed,
                            List<String> incompleteSections, Map<String, String> answers) {
    }

    /** The outcome of saving a section. */
    public record SectionView(long version, boolean complete, List<ViolationView> violations) {
    }

    /** What is wrong with one answer. */
    public record ViolationView(String question, String message) {
    }

    /** A support form to accept as an action, or the change of an accepted action ({@code version} and {@code status} then). */
    public record ActionBody(@Size(max = 64) String form, @Size(max = 1000) String description,
                             @Size(max = 64) String owner, @Size(max = 10) String due, @Size(max = 16) String status,
                             Long version) {
    }

    /**
     * An action of a support plan.
     *
     * @param owner the user name of the owning account
     * @param ownerName its display name
     * @param ownerNote the free text once written as owner, before owners were accounts; null for none
     */
    public record ActionView(long id, long visitId, String supportForm, String description, String owner,
                             String ownerName, String ownerNote, String due, String status, long version) {
        static ActionView of(SupportAction a, ActionOwners owners) {
            return new ActionView(a.getId(), a.getVisitId(), a.getSupportForm(), a.getDescription(),
                    owners.username(a.getOwner()), owners.name(a.getOwner()), owners.note(a.getOwnerNote()),
                    a.getDueDate() == null ? null : a.getDueDate().toString(), a.getStatus().name(), a.getRowVersion());
        }
    }

    @Inject
    CompanyService companies;

    @Inject
    CompanyList list;

    @Inject
    CompanyImportService imports;

    @Inject
    CompanyErasure erasure;

    @Inject
    VisitService visits;

    @Context
    SecurityContext security;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(summary = "A page of the companies the caller may see, filtered and sorted in the database")
    public CompanyList.Page<CompanyRow> list(@QueryParam("search") String search,
                                                @QueryParam("province") String province,
                                                @QueryParam("subsector") String subsector,
                                                @QueryParam("sizeClass") String sizeClass,
                                                @QueryParam("advisor") String advisor,
                                                @QueryParam("suitability") String suitability,
                                                @QueryParam("sort") @DefaultValue("name") String sort,
                                                @QueryParam("order") @DefaultValue("asc") String order,
                                                @QueryParam("first") @DefaultValue("0") int first,
                                                @QueryParam("size") @DefaultValue("50") int size) {
        CompanyFilter filter = new CompanyFilter(Optional.ofNullable(search),
                code(province, Province::fromCode, "company.province.unknown"),
                code(subsector, Subsector::fromCode, "company.subsector.unknown"),
                code(sizeClass, c -> EnumSet.allOf(SizeClass.class).stream().filter(s -> s.name().equals(c)).findFirst(),
                        "company.size.unknown"),
                Optional.ofNullable(advisor), Optional.ofNullable(suitability));
        return list.list(caller(), filter, sort, !"desc".equals(order), first, size);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One company; 404 when the caller may not see it")
    public CompanyJson.CompanyOut get(@PathParam("id") long id) {
        return CompanyJson.out(companies.find(caller(), id));
    }

    @POST
    @RolesAllowed({Role.ADMIN_NAME, Role.ADVISOR_NAME})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a company; an advisor's company is assigned to that advisor")
    public Response register(@NotNull @Valid CompanyJson.CompanyBody body) {
        return Response.status(Response.Status.CREATED)
                .entity(CompanyJson.out(companies.register(caller(), CompanyJson.details(body)))).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Role.ADMIN_NAME, Role.ADVISOR_NAME})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a company's details; 409 when it changed since the version sent")
    public CompanyJson.CompanyOut update(@PathParam("id") long id, @NotNull @Valid CompanyJson.CompanyBody body) {
        return CompanyJson.out(companies.update(caller(), id, version(body == null ? null : body.version()),
                CompanyJson.details(body)));
    }

    @PUT
    @Path("{id}/advisor")
    @RolesAllowed(Role.ADMIN_NAME)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Assign the company to another advisor (admins)")
    public CompanyJson.CompanyOut reassign(@PathParam("id") long id, @NotNull @Valid AdvisorChange change) {
        return CompanyJson.out(companies.reassign(caller(), id, Optional.ofNullable(change).map(AdvisorChange::advisor)));
    }

    @POST
    @Path("{id}/erase")
    @RolesAllowed(Role.ADMIN_NAME)
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Erase the company with its people (admins): its contacts and mentors are erased as persons in every part,"
            + " the company leaves the register with its visits and plan, its fiches keep only closed answers; the version"
            + " the caller saw must still be the company's")
    public List<ErasedObject> erase(@PathParam("id") long id, VersionBody body) {
        return erasure.erase(caller(), id, version(body == null ? null : body.version()));
    }

    @POST
    @Path("import")
    @RolesAllowed(Role.ADMIN_NAME)
    @Consumes("text/csv")
    @Operation(summary = "Import companies from CSV; all or nothing: any problem stores nothing and is reported with line and column")
    public Response importCsv(InputStream body) throws IOException {
        CompanyImportService.ImportOutcome outcome = imports.importCsv(caller(),
                new StrictUtf8Reader(body));
        Locale locale = headers.getAcceptableLanguages().isEmpty() ? Messages.DUTCH
                : Messages.supported(headers.getAcceptableLanguages().get(0));
        ImportView view = new ImportView(outcome.rows(), outcome.imported(), outcome.problems().stream()
                .map(p -> new ProblemView(p.line(), p.column(), p.columnName(),
                        Messages.get(locale, p.messageKey(), p.arguments())))
                .toList(), outcome.moreProblems());
        return Response.status(outcome.problems().isEmpty() ? 200 : 422).entity(view).build();
    }

    @GET
    @Path("{id}/visits")
    @Operation(summary = "The visits of a company, newest first")
    public List<VisitService.VisitSummary> visits(@PathParam("id") long id) {
        return visits.history(caller(), id);
    }

    @POST
    @Path("{id}/visits")
    @RolesAllowed({Role.ADMIN_NAME, Role.ADVISOR_NAME})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Plan or record a visit; its fiche starts from the company's last fiche")
    public Response plan(@PathParam("id") long id, @NotNull @Valid VisitBody body) {
        LocalDate date;
        try {
            date = body == null || body.date() == null ? null : LocalDate.parse(body.date());
        } catch (DateTimeParseException e) {
            throw new DomainException(DomainException.Kind.INVALID, "company.visit.dateRequired");
        }
        return Response.status(Response.Status.CREATED)
                .entity(visits.plan(caller(), id, date, body == null ? null : body.interviewee())).build();
    }

    @GET
    @Path("visits/{visit}/fiche")
    @Operation(summary = "The fiche of a visit: answers as text by question code, incomplete sections, version")
    public FicheView fiche(@PathParam("visit") long visit) {
        VisitService.Fiche fiche = visits.fiche(caller(), visit);
        Map<String, String> answers = new java.util.LinkedHashMap<>();
        fiche.instrument().questions().forEach(q -> fiche.answers().given(q.code())
                .ifPresent(v -> answers.put(q.code(), v.asText())));
        return new FicheView(fiche.visitId(), fiche.companyId(), fiche.version(), fiche.date().toString(),
                fiche.completed(), List.copyOf(fiche.incompleteSections()), answers);
    }

    @PUT
    @Path("visits/{visit}/fiche/{section}")
    @RolesAllowed({Role.ADMIN_NAME, Role.ADVISOR_NAME})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Save one section of a fiche: {\"version\": n, \"answers\": {...}}; 409 when someone saved in between")
    public SectionView saveSection(@PathParam("visit") long visit, @PathParam("section") String section,
                                   JsonObject body) {
        if (body == null || !(body.get("version") instanceof JsonNumber version) || !version.isIntegral()) {
            throw new DomainException(DomainException.Kind.INVALID, "company.versionRequired");
        }
        if (!(body.get("answers") instanceof JsonObject answers)) {
            throw new DomainException(DomainException.Kind.INVALID, "company.fiche.answersRequired");
        }
        VisitService.Fiche fiche = visits.fiche(caller(), visit);
        VisitService.SectionSaved saved = visits.saveSection(caller(), visit, version.longValue(),
                section, FicheAnswers.read(fiche.instrument(), answers));
        return new SectionView(saved.version(), saved.violations().isEmpty(), saved.violations().stream()
                .map((Violation v) -> new ViolationView(v.question(), v.message())).toList());
    }

    @GET
    @Path("{id}/actions")
    @Operation(summary = "The support plan of a company: accepted actions (open, done, cancelled), by due date")
    public List<ActionView> actions(@PathParam("id") long id) {
        ActionOwners owners = visits.owners(caller());
        return visits.actions(caller(), id).stream().map(a -> ActionView.of(a, owners)).toList();
    }

    @POST
    @Path("visits/{visit}/actions")
    @RolesAllowed({Role.ADMIN_NAME, Role.ADVISOR_NAME})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Accept a support form proposed for the visit as an action: {\"form\", \"owner\", \"due\", \"description\"};"
            + " the owner is the user name of an advisor or admin (default: the company's advisor)")
    public Response accept(@PathParam("visit") long visit, @NotNull @Valid ActionBody body) {
        ActionBody b = body == null ? new ActionBody(null, null, null, null, null, null) : body;
        return Response.status(Response.Status.CREATED)
                .entity(ActionView.of(visits.accept(caller(), visit, b.form(), b.description(), b.owner(), date(b.due())),
                        visits.owners()))
                .build();
    }

    @PUT
    @Path("actions/{action}")
    @RolesAllowed({Role.ADMIN_NAME, Role.ADVISOR_NAME})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change an open action or close it (status OPEN, DONE or CANCELLED); 409 when it changed since the version sent")
    public ActionView changeAction(@PathParam("action") long action, @NotNull @Valid ActionBody body) {
        if (body == null) {
            throw new DomainException(DomainException.Kind.INVALID, "company.versionRequired");
        }
        SupportAction.Status status = code(body.status(), c -> EnumSet.allOf(SupportAction.Status.class).stream()
                .filter(s -> s.name().equals(c)).findFirst(), "company.action.status")
                .orElseThrow(() -> new DomainException(DomainException.Kind.INVALID, "company.action.status"));
        return ActionView.of(visits.updateAction(caller(), action, version(body.version()), body.description(),
                body.owner(), date(body.due()), status), visits.owners());
    }

    private static LocalDate date(String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new DomainException(DomainException.Kind.INVALID, "company.action.due");
        }
    }

    private UserService.Caller caller() {
        return UserService.Caller.of(security.getUserPrincipal().getName(), security::isUserInRole);
    }

    private static long version(Long version) {
        if (version == null) {
            throw new DomainException(DomainException.Kind.INVALID, "company.versionRequired");
        }
        return version;
    }

    private static <T> Optional<T> code(String code, java.util.function.Function<String, Optional<T>> byCode,
                                        String unknownKey) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(byCode.apply(code.trim().toUpperCase(Locale.ROOT))
                .orElseThrow(() -> new DomainException(DomainException.Kind.INVALID, unknownKey, code)));
    }
}
