package org.leerwerkplek.analysis.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.leerwerkplek.analysis.AnalysisService;
import org.leerwerkplek.analysis.Dashboard;
import org.leerwerkplek.analysis.DashboardWorkbook;
import org.leerwerkplek.analysis.DemoDataService;
import org.leerwerkplek.analysis.ResponseWaves;
import org.leerwerkplek.analysis.Selection;
import org.leerwerkplek.analysis.Tables;
import org.leerwerkplek.analysis.report.ReportJobs;
import org.leerwerkplek.platform.DomainException;
import org.leerwerkplek.platform.security.Role;
import org.leerwerkplek.platform.web.FacesMessages;
import org.leerwerkplek.platform.web.UiLanguage;
import org.leerwerkplek.surveys.SurveyCatalog;
import org.leerwerkplek.surveys.definition.Language;

/** The analysis dashboard ({@code /analysis/index.xhtml}): one instrument, weighted or not. */
@Named("dashboard")
@ViewScoped
public class DashboardBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String DEFAULT_INSTRUMENT = "werkgeversbevraging";

    @Inject
    transient AnalysisService analysis;

    @Inject
    transient DemoDataService demo;

    @Inject
    transient SurveyCatalog catalog;

    @Inject
    transient SecurityContext security;

    @Inject
    transient ReportJobs reports;

    private String instrument;
    private Integer version;
    private Long wave;
    private String filter;
    private Tables.Source source = Tables.Source.ALL;
    private boolean weighted;
    private String reportId;
    private transient Dashboard model;
    private transient List<String> scope;
    private transient List<ResponseWaves.Wave> waves;

    public List<SurveyCatalog.ActiveInstrument> getInstruments() {
        return catalog.instruments();
    }

    public String title(SurveyCatalog.ActiveInstrument active) {
        return active.instrument().title().in(language());
    }

    /** The dashboard of the chosen instrument, computed once per view state. */
    public Dashboard getModel() {
        if (model == null) {
            Selection selection = selection();
            Tables tables = analysis.tables(selection);
            model = Dashboard.of(tables, analysis.crossTabOptions(), language());
            scope = analysis.scope(selection, tables);
        }
        return model;
    }

    /** Which respondents the dashboard counts: versions read and left out, wave, data, subgroup. */
    public List<String> getScope() {
        getModel();
        return scope;
    }

    /** Whether the chosen instrument can be weighted (it has population shares). */
    public boolean isWeightable() {
        return analysis.tables(getInstrument(), Optional.empty(), false, language()).weightingReference().isPresent();
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
                .withSubgroup(filter).withWeighted(weighted);
    }

    public Optional<ReportJobs.Status> getReport() {
        return reports.status(reportId, security.getCallerPrincipal().getName());
    }

    public boolean isReportRunning() {
        return getReport().map(r -> r.state() == ReportJobs.State.RUNNING).orElse(false);
    }

    /** Streams the finished report. */
    public void downloadReport() throws IOException {
        Path pdf = reports.pdf(reportId, security.getCallerPrincipal().getName()).orElseThrow();
        ExternalContext external = attachment("application/pdf", ReportJobs.fileName(getInstrument(), LocalDate.now()));
        Files.copy(pdf, external.getResponseOutputStream());
        FacesContext.getCurrentInstance().responseComplete();
    }

    /** Streams every table of the dashboard as one XLSX workbook. */
    public void downloadTables() throws IOException {
        ExternalContext external = attachment("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                getInstrument() + "-tabellen-" + LocalDate.now() + ".xlsx");
        new DashboardWorkbook(language()).write(getModel(), getScope(), external.getResponseOutputStream());
        FacesContext.getCurrentInstance().responseComplete();
    }

    private static ExternalContext attachment(String type, String fileName) {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.responseReset();
        external.setResponseContentType(type);
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        return external;
    }

    /** A count or statistic for the page: at most one decimal, in the page's language. */
    public String number(double value) {
        NumberFormat format = NumberFormat.getNumberInstance(Locale.forLanguageTag(language().code()));
        format.setMaximumFractionDigits(1);
        return format.format(value);
    }

    /** A p-value as the report gives it: three decimals, or "&lt; 0.001". */
    public String p(double value) {
        return value < 0.001 ? "< 0.001" : String.format(Locale.ROOT, "%.3f", value);
    }

    public String getInstrument() {
        if (instrument == null) {
            instrument = catalog.instrument(DEFAULT_INSTRUMENT).isPresent() || catalog.instruments().isEmpty()
                    ? DEFAULT_INSTRUMENT : catalog.instruments().get(0).instrument().id();
        }
        return instrument;
    }

    public void setInstrument(String instrument) {
        if (!instrument.equals(this.instrument)) {
            version = null;
            wave = null;
            waves = null;
            filter = null;
        }
        this.instrument = instrument;
        model = null;
    }

    /** One choice of the subgroup filter: {@code QUESTION=CODE} and its label. */
    public record Filter(String value, String label) {
    }

    /** Every category of every subgroup variable of the instrument, to restrict the dashboard to. */
    public List<Filter> getFilters() {
        Tables tables = analysis.tables(getInstrument(), Optional.ofNullable(version), false, language());
        List<Filter> filters = new ArrayList<>();
        for (String code : tables.table().definition().analysis().subgroups()) {
            tables.table().variable(code).ifPresent(variable -> variable.levels().forEach(level -> filters.add(
                    new Filter(code + "=" + level.code(), variable.question().label().in(language()) + ": "
                            + level.label().in(language())))));
        }
        return filters;
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
        return analysis.versions(getInstrument());
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
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

    private static Language language() {
        return Language.fromCode(UiLanguage.current()).orElse(Language.NL);
    }
}
