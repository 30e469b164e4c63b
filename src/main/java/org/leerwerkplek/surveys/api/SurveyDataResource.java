package org.leerwerkplek.surveys.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.leerwerkplek.platform.DomainException;
import org.leerwerkplek.platform.security.Role;
import org.leerwerkplek.surveys.SurveyDataService;
import org.leerwerkplek.surveys.csv.CsvDialect;
import org.leerwerkplek.surveys.csv.ImportResult;
import org.leerwerkplek.surveys.definition.Language;

/** Responses of an instrument version as CSV, its codebook, and CSV imports. */
@Path("surveys/{instrument}")
@RequestScoped
@RolesAllowed({Role.ADMIN_NAME, Role.ANALYST_NAME})
@Tag(name = "Survey data")
public class SurveyDataResource {

    /** The outcome of an import: how many responses were stored, or every error with line and column. */
    public record ImportView(int rows, int imported, List<ErrorView> errors, int moreErrors) {
    }

    /** One error of an import file. */
    public record ErrorView(int line, int column, String columnName, String message) {
    }

    @Inject
    SurveyDataService data;

    @GET
    @Path("export")
    @Produces("text/csv")
    @Operation(summary = "All responses of a version as CSV (one column per option for multiple choice, a version column); streamed")
    public Response export(@PathParam("instrument") String instrument, @QueryParam("version") Integer version,
                           @QueryParam("values") @DefaultValue("codes") String values,
                           @QueryParam("language") @DefaultValue("nl") String language,
                           @QueryParam("separator") @DefaultValue("comma") String separator) {
        SurveyDataService.VersionOf of = data.version(instrument, Optional.ofNullable(version));
        boolean labels = switch (values) {
            case "codes" -> false;
            case "labels" -> true;
            default -> throw new DomainException(DomainException.Kind.INVALID, "surveys.export.values");
        };
        CsvDialect dialect = dialect(separator);
        Language chosen = Language.fromCode(language).orElse(Language.NL);
        StreamingOutput body = output -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8), 1 << 16);
            data.export(of, labels, chosen, dialect, writer);
            writer.flush();
        };
        return Response.ok(body, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + instrument + "-v" + of.instrument().version()
                        + (labels ? "-labels" : "") + ".csv\"")
                .build();
    }

    @GET
    @Path("codebook")
    @Produces("text/csv")
    @Operation(summary = "The codebook of a version: columns, question codes and labels, value codes and labels")
    public Response codebook(@PathParam("instrument") String instrument, @QueryParam("version") Integer version,
                             @QueryParam("separator") @DefaultValue("comma") String separator) {
        SurveyDataService.VersionOf of = data.version(instrument, Optional.ofNullable(version));
        CsvDialect dialect = dialect(separator);
        StreamingOutput body = output -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
            data.codebook(of, dialect, writer);
            writer.flush();
        };
        return Response.ok(body, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + instrument + "-v" + of.instrument().version()
                        + "-codebook.csv\"")
                .build();
    }

    @POST
    @Path("import")
    @Consumes("text/csv")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Import submitted responses from CSV (codes); all or nothing: any error stores nothing and is reported with line and column")
    public Response importCsv(@PathParam("instrument") String instrument, @QueryParam("version") Integer version,
                              InputStream body, @Context SecurityContext security) throws IOException {
        SurveyDataService.VersionOf of = data.version(instrument, Optional.ofNullable(version));
        try {
            ImportResult result = data.importCsv(of, new InputStreamReader(body, StandardCharsets.UTF_8),
                    security.getUserPrincipal().getName(), rows -> { });
            return Response.ok(view(result)).build();
        } catch (SurveyDataService.ImportRefused refused) {
            return Response.status(422).entity(view(refused.result())).build();
        } catch (RuntimeException e) {
            if (e.getCause() instanceof SurveyDataService.ImportRefused refused) {
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
