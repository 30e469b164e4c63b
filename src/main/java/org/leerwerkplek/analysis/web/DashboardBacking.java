package org.leerwerkplek.analysis.web;

import java.time.Clock;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.leerwerkplek.platform.security.web.PageSecurity;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.leerwerkplek.analysis.AnalysisService;
import org.leerwerkplek.surveys.syntax.StatisticsFiles;
import org.leerwerkplek.analysis.Dashboard;
import org.leerwerkplek.analysis.DashboardCache;
import org.leerwerkplek.analysis.DashboardWorkbook;
import org.leerwerkplek.analysis.DemoDataService;
import org.leerwerkplek.analysis.ResponseWaves;
import org.leerwerkplek.analysis.Selection;
import org.leerwerkplek.analysis.Tables;
import org.leerwerkplek.analysis.report.ReportJobs;
import org.leerwerkplek.analysis.stats.GoodnessOfFit;
import org.leerwerkplek.platform.DomainException;
import org.leerwerkplek.platform.audit.AuditAction;
import org.leerwerkplek.platform.audit.AuditLog;
import org.leerwerkplek.platform.i18n.Messages;
import org.leerwerkplek.platform.i18n.StatNumbers;
import org.leerwerkplek.platform.security.Role;
import org.leerwerkplek.platform.web.FacesMessages;
import org.leerwerkplek.platform.web.UiLanguage;
import org.leerwerkplek.surveys.SurveyCatalog;
import org.leerwerkplek.surveys.definition.model.Language;

/** The analysis dashboard ({@code /analysis/index.xhtml}): one instrument, weighted or not, with partial responses or not. */
@Named("dashboard")
@ViewScoped
public class DashboardBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String DEFAULT_INSTRUMENT = "werkgeversbevraging";

    @Inject
    AnalysisService analysis;

    @Inject
    Clock clock;

    @Inject
    DemoDataService demo;

    @Inject
    SurveyCatalog catalog;

    @Inject
    PageSecurity security;

    @Inject
    ReportJobs reports;

    @Inject
    AuditLog audit;

    private String instrument;
    private Integer version;
    private Long wave;
    private String filter;
    private Tables.Source source = Tables.Source.ALL;
    private boolean weighted;
    private boolean partials;
    private String reportId;
    private transient Dashboard model;
    private transient Language modelLanguage;
    private transient List<String> scope;
    private transient String counted;
    private transient boolean nothingSubmitted;
    private transient List<ResponseWaves.Wave> waves;
    private transient Boolean weightable;
    private transient List<Integer> versions;
    private transient Filters filters;
    private transient Numbers numbers;

    public List<SurveyCatalog.ActiveInstrument> getInstruments() {
        return catalog.instruments();
    }

    public String title(SurveyCatalog.ActiveInstrument active) {
        return active.instrument().title().in(language());
    }

    /**
     * The dashboard of the chosen instrument, computed once per view state and language (a switch of
     * language keeps the view, so a model of the language before would otherwise stay).
     */
    public Dashboard getModel() {
        if (model == null || modelLanguage != language()) {
            modelLanguage = language();
            DashboardCache.View view = analysis.dashboard(selection());
            model = view.model();
            scope = view.scope();
            counted = view.counted();
            nothingSubmitted = view.nothingSubmitted();
        }
        return model;
    }

    /** One line: how many respondents the tables count and which the filters left out. */
    public String getCounted() {
        getModel();
        return counted;
    }

    /** Whether the instrument has no submitted response at all (else an empty dashboard means the filters chose nobody). */
    public boolean isNothingSubmitted() {
        getModel();
        return nothingSubmitted;
    }

    /** Which respondents the dashboard counts: versions read and left out, wave, data, subgroup. */
    public List<String> getScope() {
        getModel();
        return scope;
    }

    /**
     * The language of the instrument's texts (titles, answers) where it differs from the page's:
     * {@code nl} on an English page of an instrument written in Dutch and French only; null otherwise.
     */
    public String getContentLang() {
        Language page = language();
        return catalog.instrument(getInstrument())
                .filter(active -> !active.instrument().languages().contains(page))
                .map(active -> Language.NL.code())
                .orElse(null);
    }

    /** Whether the chosen instrument can be weighted (it has population shares). */
    public boolean isWeightable() {
        if (weightable == null) {
            weightable = analysis.tables(getInstrument(), Optional.empty(), false, language()).weighting().isPresent();
        }
        return weightable;
    }

    public long getDemoResponses() {
        return demo.count();
    }

    public void loadDemo() {
        requireAdmin();
        try {
            long stored = demo.load(security.getCallerPrincipal().getName());
            FacesMessages.info("analysis.demo.loaded", stored);
        } catch (DomainException e) {
            FacesMessages.error(e);
        }
        model = null;
    }

    public void removeDemo() {
        requireAdmin();
        FacesMessages.info("analysis.demo.removed", demo.remove());
        model = null;
    }

    private void requireAdmin() {
        if (!security.isCallerInRole(Role.ADMIN_NAME)) {
            throw new IllegalStateException("only admins manage demo data");
        }
    }

    /** Starts the PDF report of the chosen instrument in the background. */
    public void startReport() throws IOException {
        reportId = reports.start(selection(), security.getCallerPrincipal().getName());
    }

    /** The respondents the page's filters choose. */
    private Selection selection() {
        return Selection.of(getInstrument(), language()).withVersion(version).withWave(wave).withSource(source)
                .withSubgroup(filter).withWeighted(weighted).withPartials(partials);
    }

    public Optional<ReportJobs.Status> getReport() {
        return reports.status(reportId, security.getCallerPrincipal().getName());
    }

    public boolean isReportRunning() {
        return getReport().map(r -> r.state() == ReportJobs.State.RUNNING).orElse(false);
    }

    /** Streams the finished report. */
    public void downloadReport() throws IOException {
        byte[] pdf = reports.pdf(reportId, security.getCallerPrincipal().getName()).orElseThrow();
        ExternalContext external = attachment("application/pdf", ReportJobs.fileName(getInstrument(), LocalDate.now(clock)));
        external.getResponseOutputStream().write(pdf);
        FacesContext.getCurrentInstance().responseComplete();
    }

    /** Streams every table of the dashboard as one XLSX workbook. */
    public void downloadTables() throws IOException {
        ExternalContext external = attachment("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                getInstrument() + "-tabellen-" + LocalDate.now(clock) + ".xlsx");
        new DashboardWorkbook(language()).write(getModel(), getCounted(), getScope(), external.getResponseOutputStream());
        audit.record(AuditAction.EXPORT, "analysis-report", getInstrument() + ":xlsx", List.of());
        FacesContext.getCurrentInstance().responseComplete();
    }

    /**
     * The dashboard's respondents for SPSS, PSPP and R: a ZIP of the CSV, the SPSS syntax and the R script,
     * labels in the page's language, weighted when the tables are (the surveys part writes the audit entry).
     */
    public void downloadStatistics() throws IOException {
        AnalysisService.StatisticsChoice choice = analysis.statisticsChoice(selection());
        ExternalContext external = attachment(StatisticsFiles.Part.ZIP.mediaType(), getInstrument() + "-v"
                + choice.version().instrument().version() + "-" + language().code()
                + (choice.weighted() ? "-weighted" : "") + ".zip");
        analysis.exportStatistics(choice, StatisticsFiles.Part.ZIP, false, external.getResponseOutputStream());
        FacesContext.getCurrentInstance().responseComplete();
    }

    private static ExternalContext attachment(String type, String fileName) {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.responseReset();
        external.setResponseContentType(type);
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        return external;
    }

    /** The line under a table: its base, and with partial responses how many of them it counts. */
    public String base(Tables.Base base) {
        return Dashboard.baseText(base, getModel().withPartials(), Locale.forLanguageTag(language().code()));
    }

    /** A count (weighted: at most one decimal) in the page's language. */
    public String number(double value) {
        return numbers().count(value);
    }

    /** A percentage (0–100) with at most one decimal and its sign, in the page's language. */
    public String percent(double value) {
        return numbers().percent(value, 1);
    }

    /** A 95% interval of percentages: "(62,4–72,9)". */
    public String interval(double low, double high) {
        return "(" + numbers().upTo(low, 1) + "–" + numbers().upTo(high, 1) + ")";
    }

    /** A mean on a scale, two decimals. */
    public String mean(double value) {
        return numbers().fixed(value, 2);
    }

    /** "label: value", with the colon as the page's language writes it. */
    public String labelled(String label, String value) {
        return Messages.get(Locale.forLanguageTag(language().code()), "analysis.labelled", label, value);
    }

    /** The colon between a label and its value as the page's language writes it: ":" or, in French, " :" with a no-break space. */
    public String getColon() {
        String joined = Messages.get(Locale.forLanguageTag(language().code()), "analysis.labelled", "", "");
        return joined.stripTrailing();
    }

    /** A standardised residual, two decimals. */
    public String z(double value) {
        return numbers().statistic(value);
    }

    /** A conditional share P(B | A), 0–1, as a whole percentage. */
    public String share(double value) {
        return numbers().percent(100 * value, 0);
    }

    /** The chi-square test of a goodness-of-fit, as one line in the page's language. */
    public String test(GoodnessOfFit fit) {
        return numbers().chiSquareTest("χ²", fit.chi2(), fit.df(), fit.p());
    }

    /** The number formats of the page's language, made once per request and language (a page formats some 500 numbers). */
    private StatNumbers numbers() {
        Language language = language();
        if (numbers == null || numbers.language() != language) {
            numbers = new Numbers(language, StatNumbers.of(language.code()));
        }
        return numbers.formats();
    }

    private record Numbers(Language language, StatNumbers formats) {
    }

    public String getInstrument() {
        if (instrument == null) {
            instrument = catalog.instrument(DEFAULT_INSTRUMENT).isPresent() || catalog.instruments().isEmpty()
                    ? DEFAULT_INSTRUMENT : catalog.instruments().get(0).instrument().id();
        }
        return instrument;
    }

    /** Chooses the instrument; a request without one (or a blank one) keeps the current choice. */
    public void setInstrument(String instrument) {
        if (instrument == null || instrument.isBlank()) {
            return;
        }
        if (!instrument.equals(this.instrument)) {
            version = null;
            wave = null;
            waves = null;
            filter = null;
            weightable = null;
            filters = null;
            versions = null;
        }
        this.instrument = instrument;
        model = null;
    }

    /** One choice of the subgroup filter: {@code QUESTION=CODE} and its label. */
    public record Filter(String value, String label) {
    }

    /** Every category of every subgroup variable of the instrument, to restrict the dashboard to. */
    public List<Filter> getFilters() {
        if (filters != null && filters.language() == language()) {
            return filters.list();
        }
        Tables tables = analysis.tables(getInstrument(), Optional.ofNullable(version), false, language());
        List<Filter> filters = new ArrayList<>();
        for (String code : tables.table().definition().analysis().subgroups()) {
            tables.table().variable(code).ifPresent(variable -> variable.levels().forEach(level -> filters.add(
                    new Filter(code + "=" + level.code(), labelled(variable.question().label().in(language()),
                            level.label().in(language()))))));
        }
        this.filters = new Filters(language(), filters);
        return filters;
    }

    /** The filter choices of the chosen instrument and version, in the language they were written in. */
    private record Filters(Language language, List<Filter> list) {
    }

    public List<Tables.Source> getSources() {
        return List.of(Tables.Source.values());
    }

    public Tables.Source getSource() {
        return source;
    }

    public void setSource(Tables.Source source) {
        this.source = source == null ? Tables.Source.ALL : source;
        model = null;
    }

    public String getFilter() {
        return filter;
    }

    /**
     * Sets the subgroup filter; one that is not a filter of the chosen instrument (sent together with a
     * change of instrument) means all respondents, instead of failing when the tables are made.
     */
    public void setFilter(String filter) {
        this.filter = filter == null || filter.isBlank()
                || getFilters().stream().noneMatch(f -> f.value().equals(filter)) ? null : filter;
        model = null;
    }

    /** The versions to filter on; none chosen means every version whose codes agree, read with the one in service. */
    public List<Integer> getVersions() {
        if (versions == null) {
            versions = analysis.versions(getInstrument());
        }
        return versions;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        if (!java.util.Objects.equals(version, this.version)) {
            filters = null;
        }
        this.version = version;
        model = null;
    }

    /** The fieldwork waves of the instrument, read once for the page and its instrument; none chosen means every response. */
    public List<ResponseWaves.Wave> getWaves() {
        if (waves == null) {
            waves = analysis.waves(getInstrument());
        }
        return waves;
    }

    public Long getWave() {
        return wave;
    }

    public void setWave(Long wave) {
        this.wave = wave;
        model = null;
    }

    public boolean isWeighted() {
        return weighted;
    }

    public void setWeighted(boolean weighted) {
        this.weighted = weighted;
        model = null;
    }

    /** Whether the tables count the partial responses too (begun, not submitted). */
    public boolean isPartials() {
        return partials;
    }

    public void setPartials(boolean partials) {
        this.partials = partials;
        model = null;
    }

    private static Language language() {
        return Language.fromCode(UiLanguage.current()).orElse(Language.NL);
    }
}
