package org.leerwerkplek.analysis.api;

import java.time.Clock;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
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
import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.leerwerkplek.analysis.AnalysisService;
import org.leerwerkplek.analysis.DemoDataService;
import org.leerwerkplek.analysis.ResponseTable;
import org.leerwerkplek.analysis.Selection;
import org.leerwerkplek.surveys.syntax.StatisticsFiles;
import org.leerwerkplek.analysis.Tables;
import org.leerwerkplek.analysis.report.ReportJobs;
import org.leerwerkplek.analysis.stats.CrossTab;
import org.leerwerkplek.analysis.stats.Readings;
import org.leerwerkplek.platform.DomainException;
import org.leerwerkplek.platform.security.Role;
import org.leerwerkplek.surveys.definition.model.Language;

/**
 * The statistics of an instrument's submitted responses. Every table accepts {@code version}
 * (default: every version whose codes agree with the definition in service, read with it; the
 * others are left out and the overview says which), {@code wave} (only the responses of one
 * fieldwork wave), {@code data} (all, real or demo), {@code subgroup} ({@code QUESTION=ANSWER}),
 * {@code weighted} (post-stratified to the instrument's population shares), {@code partials}
 * (also the partial responses, begun and not submitted, each counted only in the tables of the
 * questions it answered; default false) and {@code language} (labels). Every table says its base:
 * {@code n} respondents, {@code partial} of them partial responses, and {@code baseText} in the
 * language. Bad requests are 400s with the reason; no figure is ever NaN.
 */
@Path("analysis")
@RequestScoped
@RolesAllowed({Role.ADMIN_NAME, Role.ANALYST_NAME})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Analysis")
public class AnalysisResource {

    /** A closed variable that tables can be asked for. */
    public record VariableView(String code, String question, String kind, List<String> categories) {
    }

    /** What can be analysed for an instrument. */
    public record Overview(String instrument, int version, int respondents, int partialRespondents,
                           List<Integer> versionsRead,
                           List<Integer> versionsLeftOut, List<String> scope, List<String> subgroups,
                           List<String> referenceShares, List<String> multipleResponseSets, boolean weightable,
                           List<VariableView> variables) {
    }

    /** The parameters every table takes: instrument, version, weighting, language (and the question). */
    public static class TableQuery {

        @PathParam("instrument")
        String instrument;

        @QueryParam("question")
        String question;

        @QueryParam("version")
        Integer version;

        @QueryParam("weighted")
        @DefaultValue("false")
        boolean weighted;

        @QueryParam("language")
        @DefaultValue("nl")
        String languageCode;

        @QueryParam("data")
        @DefaultValue("all")
        String data;

        @QueryParam("wave")
        Long wave;

        @QueryParam("subgroup")
        String subgroup;

        @QueryParam("partials")
        @DefaultValue("false")
        boolean partials;

        Language language() {
            return AnalysisResource.language(languageCode);
        }

        Selection selection() {
            return Selection.of(instrument, language()).withVersion(version).withWave(wave).withSource(source(data))
                    .withSubgroup(subgroup).withWeighted(weighted).withPartials(partials);
        }

        Tables tables(AnalysisService analysis) {
            return analysis.tables(selection());
        }
    }

    /** The demo data state. */
    public record DemoView(long responses) {
    }

    private static final Jsonb JSONB = JsonbBuilder.create();

    @Inject
    AnalysisService analysis;

    @Inject
    Clock clock;

    @Inject
    DemoDataService demo;

    @Inject
    ReportJobs reports;

    @GET
    @Path("{instrument}")
    @Operation(summary = "What can be analysed: respondents, closed variables (QUESTION, QUESTION.OPTION, MATRIX.ITEM), subgroups, references")
    public Overview overview(@BeanParam TableQuery query) {
        Selection selection = query.selection().withWeighted(false);
        Tables tables = analysis.tables(selection);
        ResponseTable table = tables.table();
        var meta = table.definition().analysis();
        Language lang = selection.language();
        return new Overview(selection.instrument(), table.definition().version(), tables.respondents(),
                tables.partialRespondents(),
                List.copyOf(table.versionsRead().keySet()), List.copyOf(table.leftOut().keySet()),
                analysis.scope(selection, tables), meta.subgroups(),
                meta.referenceShares().stream().map(r -> r.question()).toList(),
                meta.multipleResponseSets().stream().map(s -> s.question().orElse(s.id())).toList(),
                tables.weighting().isPresent(),
                table.variables().stream().map(v -> new VariableView(v.code(), v.question().label().in(lang),
                        v.kind().name(), v.levels().stream().map(ResponseTable.Level::code).toList())).toList());
    }

    @GET
    @Path("{instrument}/export")
    @Produces({"application/zip", "text/csv", "text/plain"})
    @Operation(summary = "The chosen respondents (version, else the one in service; wave, data, subgroup, weighted, "
            + "partials as every table) for SPSS, PSPP and R: format=zip (default) gives the CSV in codes (a weight column last "
            + "when weighted), an SPSS syntax (.sps: labels, value labels, missing values, levels, MRSETS, WEIGHT BY) "
            + "and an R script (.R: factors with labels, the weight) with labels in the language; format=csv, sps or "
            + "r gives one of them. raw=true writes typed texts exactly as typed (for programs only)")
    public Response export(@BeanParam TableQuery query, @QueryParam("format") @DefaultValue("zip") String format,
                           @QueryParam("raw") @DefaultValue("false") boolean raw) {
        StatisticsFiles.Part part = StatisticsFiles.Part.of(format)
                .orElseThrow(() -> new DomainException(DomainException.Kind.INVALID, "analysis.export.format"));
        Selection selection = query.selection();
        AnalysisService.StatisticsChoice choice = analysis.statisticsChoice(selection);
        StreamingOutput body = output -> analysis.exportStatistics(choice, part, raw, output);
        return Response.ok(body, part.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + selection.instrument() + "-v"
                        + choice.version().instrument().version() + "-" + selection.language().code()
                        + (choice.weighted() ? "-weighted" : "") + "." + part.extension() + "\"")
                .build();
    }

    @GET
    @Path("{instrument}/frequencies")
    @Operation(summary = "Frequencies of a closed variable: base, missing, per category count, percent and 95% Wilson interval")
    public JsonObject frequencies(@BeanParam TableQuery query) {
        return questionTable(query, Tables::frequencies, Tables::frequencyBase);
    }

    @GET
    @Path("{instrument}/crosstab")
    @Operation(summary = "Cross-tabulation of two closed variables (rows: usually a subgroup) with chi-square, Yates and Fisher for 2x2, Cramér's V, reportability and a plain-language reading")
    public JsonObject crossTab(@BeanParam TableQuery query, @QueryParam("row") String row,
                               @QueryParam("col") String col) {
        Tables tables = query.tables(analysis);
        CrossTab table = tables.crossTab(required("row", row), required("col", col), analysis.crossTabOptions());
        Readings readings = Readings.forLocale(Locale.forLanguageTag(query.language().code()));
        return withBase(json(table), tables, tables.crossTabBase(row.trim(), col.trim(), table), query)
                .add("row", row).add("col", col)
                .add("readingText", readings.render(table.reading()))
                .add("reasonText", readings.render(table.reason()))
                .build();
    }

    @GET
    @Path("{instrument}/goodness-of-fit")
    @Operation(summary = "The answers to a question against the instrument's reference shares: chi-square, df, p, residuals")
    public JsonObject goodnessOfFit(@BeanParam TableQuery query) {
        return questionTable(query, Tables::goodnessOfFit, Tables::frequencyBase);
    }

    @GET
    @Path("{instrument}/likert")
    @Operation(summary = "A Likert question or matrix: distribution, mean, median, top-2 share, items ranked with intervals")
    public JsonObject likert(@BeanParam TableQuery query) {
        return questionTable(query, Tables::likert, Tables::likertBase);
    }

    @GET
    @Path("{instrument}/multiple-response")
    @Operation(summary = "A multiple-choice question as a multiple-response set: percent of cases and of responses, each with its base")
    public JsonObject multipleResponse(@BeanParam TableQuery query) {
        return questionTable(query, Tables::multipleResponse, Tables::multipleResponseBase);
    }

    @GET
    @Path("{instrument}/co-choice")
    @Operation(summary = "Co-choice of the options of a multiple-choice question: n(A), n(B), n(A and B), P(B | A)")
    public JsonObject coChoice(@BeanParam TableQuery query) {
        return questionTable(query, Tables::coChoice, Tables::coChoiceBase);
    }

    @POST
    @Path("{instrument}/reports")
    @Operation(summary = "Start the PDF report of the whole analysis in the background; answers 202 with the job to follow")
    public Response startReport(@BeanParam TableQuery query, @Context SecurityContext security) throws IOException {
        String id = reports.start(query.selection(), security.getUserPrincipal().getName());
        return Response.accepted(reports.status(id, security.getUserPrincipal().getName())
                .orElseThrow()).build();
    }

    @GET
    @Path("{instrument}/reports/{id}")
    @Operation(summary = "How far a report is (state RUNNING, READY or FAILED, percent)")
    public ReportJobs.Status report(@PathParam("instrument") String instrument, @PathParam("id") String id,
                                    @Context SecurityContext security) {
        return reports.status(id, security.getUserPrincipal().getName())
                .orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND, "analysis.report.unknown"));
    }

    @GET
    @Path("{instrument}/reports/{id}/pdf")
    @Produces("application/pdf")
    @Operation(summary = "The finished report as PDF")
    public Response reportPdf(@PathParam("instrument") String instrument,
                                                 @PathParam("id") String id, @Context SecurityContext security) {
        byte[] pdf = reports.pdf(id, security.getUserPrincipal().getName())
                .orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND, "analysis.report.unknown"));
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "attachment; filename=\""
                        + ReportJobs.fileName(instrument, LocalDate.now(clock)) + "\"")
                .build();
    }

    @GET
    @Path("demo")
    @Operation(summary = "How many synthetic demo responses are stored")
    public DemoView demo() {
        return new DemoView(demo.count());
    }

    @POST
    @Path("demo")
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Store the 305 synthetic responses that reproduce the sector study (channel DEMO)")
    public DemoView loadDemo(@Context SecurityContext security) {
        demo.load(security.getUserPrincipal().getName());
        return new DemoView(demo.count());
    }

    @DELETE
    @Path("demo")
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Remove every synthetic demo response")
    public DemoView removeDemo() {
        demo.remove();
        return new DemoView(demo.count());
    }

    private JsonObject questionTable(TableQuery query, BiFunction<Tables, String, Object> table,
                                     BiFunction<Tables, String, Tables.Base> base) {
        String question = required("question", query.question);
        Tables tables = query.tables(analysis);
        return withBase(json(table.apply(tables, question)), tables, base.apply(tables, question), query)
                .add("question", question).build();
    }

    /** The table's base: {@code n}, {@code partial}, whether partial responses were asked for, and the line in the language. */
    private static JsonObjectBuilder withBase(JsonObjectBuilder json, Tables tables, Tables.Base base, TableQuery query) {
        return json.add("n", base.n()).add("partial", base.partial()).add("partials", tables.withPartials())
                .add("baseText", org.leerwerkplek.analysis.Dashboard.baseText(base, tables.withPartials(),
                        Locale.forLanguageTag(query.language().code())));
    }

    /** {@code all}, {@code real} (without the synthetic demo data) or {@code demo} (only those). */
    static Tables.Source source(String data) {
        for (Tables.Source source : Tables.Source.values()) {
            if (source.name().equalsIgnoreCase(data == null ? "all" : data.trim())) {
                return source;
            }
        }
        throw new DomainException(DomainException.Kind.INVALID, "analysis.dataSource");
    }

    private static Language language(String code) {
        return Language.fromCode(code).orElse(Language.NL);
    }

    private static String required(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new DomainException(DomainException.Kind.INVALID, "analysis.parameterRequired", name);
        }
        return value.trim();
    }

    private static JsonObjectBuilder json(Object result) {
        JsonObject object = Json.createReader(new StringReader(JSONB.toJson(result))).readObject();
        return Json.createObjectBuilder(object);
    }
}
