package org.leerwerkplek.surveys.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.leerwerkplek.platform.DomainException;
import org.leerwerkplek.platform.security.Role;
import org.leerwerkplek.platform.tables.StrictUtf8Reader;
import org.leerwerkplek.surveys.PublicLinkService;
import org.leerwerkplek.surveys.SurveyCatalog;
import org.leerwerkplek.surveys.InstrumentVersion;
import org.leerwerkplek.surveys.InstrumentVersions;
import org.leerwerkplek.surveys.ResponseExport;
import org.leerwerkplek.surveys.ResponseImport;
import org.leerwerkplek.surveys.SurveyDefinitionService;
import org.leerwerkplek.surveys.csv.CsvDialect;
import org.leerwerkplek.surveys.csv.ImportResult;
import org.leerwerkplek.surveys.definition.model.Language;
import org.leerwerkplek.surveys.syntax.StatisticsFiles;

/** The survey instruments: what is in service, their definitions and versions, and their data as CSV. */
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

    @Inject
    InstrumentVersions versions;

    @Inject
    ResponseExport export;

    @Inject
    ResponseImport imports;

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
    public record PublicLinkChange(@NotNull Boolean open) {
    }

    @PUT
    @Path("{instrument}/public-link")
    @RolesAllowed(Role.ADMIN_NAME)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Open or close the public link of an instrument (/start.xhtml?s=ID)")
    public PublicLinkChange setPublicLink(@PathParam("instrument") String instrument, @NotNull @Valid PublicLinkChange change,
                                          @Context SecurityContext security) {
        links.setOpen(instrument, change.open(), security.getUserPrincipal().getName());
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

    /** The outcome of an import: how many responses were stored, or every error with line and column. */
    public record ImportView(int rows, int imported, List<ErrorView> errors, int moreErrors) {
    }

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** One error of an import file. */
    public record ErrorView(int line, int column, String columnName, String message) {
    }


    @GET
    @Path("{instrument}/export")
    @RolesAllowed({Role.ADMIN_NAME, Role.ANALYST_NAME})
    @Produces({"text/csv", XLSX, "application/zip", "text/plain"})
    @Operation(summary = "All responses of a version as CSV or XLSX (one column per option for multiple choice, "
            + "a version column; the XLSX has the codebook as a second sheet); streamed. A text that a spreadsheet would "
            + "run as a formula (it starts with = + - @, a tab or CR) gets an apostrophe in front (in XLSX it is marked as "
            + "text), and the import takes it off again; raw=true writes texts exactly as typed, which is dangerous: a "
            + "spreadsheet opening the file runs any formula a respondent typed, so use it only for programs. "
            + "format=zip gives the submitted responses for SPSS and R: the CSV in codes, an SPSS syntax (.sps) and an "
            + "R script (.R) that read it with labels in the chosen language; format=sps or format=r gives the syntax "
            + "or the script alone (the analysis' export takes the dashboard's filters and weighting)")
    public Response export(@PathParam("instrument") String instrument, @QueryParam("version") Integer version,
                           @QueryParam("format") @DefaultValue("csv") String format,
                           @QueryParam("values") @DefaultValue("codes") String values,
                           @QueryParam("language") @DefaultValue("nl") String language,
                           @QueryParam("separator") @DefaultValue("comma") String separator,
                           @QueryParam("raw") @DefaultValue("false") boolean raw) {
        InstrumentVersion of = versions.version(instrument, Optional.ofNullable(version));
        boolean labels = switch (values) {
            case "codes" -> false;
            case "labels" -> true;
            default -> throw new DomainException(DomainException.Kind.INVALID, "surveys.export.values");
        };
        Language chosen = Language.fromCode(language).orElse(Language.NL);
        String fileName = instrument + "-v" + of.instrument().version() + (labels ? "-labels" : "");
        if ("xlsx".equals(format)) {
            StreamingOutput body = output -> export.exportXlsx(of, labels, chosen, raw, output);
            return Response.ok(body, XLSX)
                    .header("Content-Disposition", "attachment; filename=\"" + fileName + ".xlsx\"")
                    .build();
        }
        Optional<StatisticsFiles.Part> statistics = StatisticsFiles.Part.of(format)
                .filter(p -> p != StatisticsFiles.Part.CSV);
        if (statistics.isPresent()) {
            StatisticsFiles.Part part = statistics.get();
            StreamingOutput body = output -> export.exportStatistics(of, Optional.empty(), false, chosen, part, raw,
                    output);
            return Response.ok(body, part.mediaType())
                    .header("Content-Disposition", "attachment; filename=\"" + instrument + "-v"
                            + of.instrument().version() + "-"
                            + (of.instrument().languages().contains(chosen) ? chosen : Language.NL).code() + "."
                            + part.extension() + "\"")
                    .build();
        }
        if (!"csv".equals(format)) {
            throw new DomainException(DomainException.Kind.INVALID, "surveys.export.format");
        }
        CsvDialect dialect = dialect(separator);
        StreamingOutput body = output -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8), 1 << 16);
            export.export(of, labels, chosen, dialect, raw, writer);
            writer.flush();
        };
        return Response.ok(body, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + fileName + ".csv\"")
                .build();
    }

    @GET
    @Path("{instrument}/codebook")
    @RolesAllowed({Role.ADMIN_NAME, Role.ANALYST_NAME})
    @Produces("text/csv")
    @Operation(summary = "The codebook of a version: columns, question codes and labels, value codes and labels;"
            + " texts that look like formulas get an apostrophe in front unless raw=true")
    public Response codebook(@PathParam("instrument") String instrument, @QueryParam("version") Integer version,
                             @QueryParam("separator") @DefaultValue("comma") String separator,
                             @QueryParam("raw") @DefaultValue("false") boolean raw) {
        InstrumentVersion of = versions.version(instrument, Optional.ofNullable(version));
        CsvDialect dialect = dialect(separator);
        StreamingOutput body = output -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
            export.codebook(of, dialect, raw, writer);
            writer.flush();
        };
        return Response.ok(body, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + instrument + "-v" + of.instrument().version()
                        + "-codebook.csv\"")
                .build();
    }

    @POST
    @Path("{instrument}/import")
    @Consumes("text/csv")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Import submitted responses from CSV (codes); all or nothing: any error stores nothing and is reported with line and column")
    public Response importCsv(@PathParam("instrument") String instrument, @QueryParam("version") Integer version,
                              InputStream body, @Context SecurityContext security) throws IOException {
        InstrumentVersion of = versions.version(instrument, Optional.ofNullable(version));
        try {
            ImportResult result = imports.importCsv(of, new StrictUtf8Reader(body),
                    security.getUserPrincipal().getName(), rows -> { });
            return Response.ok(view(result)).build();
        } catch (ResponseImport.ImportRefused refused) {
            return Response.status(422).entity(view(refused.result())).build();
        } catch (RuntimeException e) {
            if (e.getCause() instanceof ResponseImport.ImportRefused refused) {
                return Response.status(422).entity(view(refused.result())).build();
            }
            throw e;
        }
    }

    private static ImportView view(ImportResult result) {
        return new ImportView(result.rows(), result.isValid() ? result.accepted() : 0,
                result.errors().stream().map(e -> new ErrorView(e.line(), e.column(), e.columnName(), e.message())).toList(),
                result.moreErrors());
    }

    private static CsvDialect dialect(String separator) {
        return switch (separator) {
            case "comma" -> CsvDialect.STANDARD;
            case "semicolon" -> CsvDialect.EXCEL_SEMICOLON;
            default -> throw new DomainException(DomainException.Kind.INVALID, "surveys.export.separator");
        };
    }
}
