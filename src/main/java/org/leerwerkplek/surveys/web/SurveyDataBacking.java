package org.leerwerkplek.surveys.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.leerwerkplek.platform.security.web.PageSecurity;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Serializable;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import org.leerwerkplek.platform.security.Role;
import org.leerwerkplek.platform.web.FacesMessages;
import org.leerwerkplek.surveys.syntax.StatisticsFiles;
import org.leerwerkplek.platform.web.UiLanguage;
import org.leerwerkplek.surveys.ImportJobs;
import org.leerwerkplek.surveys.SurveyCatalog;
import org.leerwerkplek.surveys.InstrumentVersion;
import org.leerwerkplek.surveys.InstrumentVersions;
import org.leerwerkplek.surveys.ResponseExport;
import org.leerwerkplek.surveys.SurveyDefinitionService;
import org.leerwerkplek.surveys.csv.CsvDialect;
import org.leerwerkplek.surveys.csv.ImportError;
import org.leerwerkplek.surveys.definition.model.Language;
import org.primefaces.event.FileUploadEvent;

/**
 * The data page ({@code /surveys/data.xhtml}, analysts and admins): downloads of a version's
 * responses (CSV in codes or labels, XLSX, codebook) and an import whose progress the page
 * polls.
 */
@Named("surveyData")
@ViewScoped
public class SurveyDataBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SurveyCatalog catalog;

    @Inject
    InstrumentVersions versions;

    @Inject
    ResponseExport export;

    @Inject
    ImportJobs imports;

    @Inject
    SurveyDefinitionService definitions;

    @Inject
    PageSecurity security;

    private String instrument;
    private Integer version;
    private String jobId;
    /** Downloads write texts exactly as typed, formulas included (off by default: see {@code surveys.data.rawText}). */
    private boolean rawText;

    private String statisticsLanguage;

    public boolean isRawText() {
        return rawText;
    }

    public void setRawText(boolean rawText) {
        this.rawText = rawText;
    }

    public List<SurveyCatalog.ActiveInstrument> getInstruments() {
        return catalog.instruments();
    }

    public String title(SurveyCatalog.ActiveInstrument active) {
        return active.instrument().title().in(language()) + " (" + active.instrument().id() + ")";
    }

    /** The versions of the chosen instrument that have been in service, newest first. */
    public List<Integer> getVersions() {
        return definitions.versions(instrument);
    }

    /** The language of the labels in the SPSS syntax and the R script; the page's language when not chosen. */
    public String getStatisticsLanguage() {
        return statisticsLanguage == null ? language().code() : statisticsLanguage;
    }

    public void setStatisticsLanguage(String statisticsLanguage) {
        this.statisticsLanguage = statisticsLanguage;
    }

    /**
     * Streams the chosen version as {@code csv}, {@code labels} (CSV), {@code xlsx}, {@code codebook} or
     * {@code spss} (a ZIP of the submitted responses' CSV with an SPSS syntax and an R script).
     */
    public void download(String kind) throws IOException {
        InstrumentVersion of = versions.version(instrument, Optional.ofNullable(version));
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.responseReset();
        String base = of.instrument().id() + "-v" + of.instrument().version();
        OutputStream out = external.getResponseOutputStream();
        if ("spss".equals(kind)) {
            Language labels = Language.fromCode(statisticsLanguage).orElse(language());
            Language shown = of.instrument().languages().contains(labels) ? labels : Language.NL;
            attachment(external, StatisticsFiles.Part.ZIP.mediaType(), base + "-" + shown.code() + ".zip");
            export.exportStatistics(of, Optional.empty(), false, labels, StatisticsFiles.Part.ZIP, rawText, out);
        } else if ("xlsx".equals(kind)) {
            attachment(external, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", base + ".xlsx");
            export.exportXlsx(of, false, language(), rawText, out);
        } else {
            attachment(external, "text/csv; charset=UTF-8", base + ("csv".equals(kind) ? "" : "-" + kind) + ".csv");
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            if ("codebook".equals(kind)) {
                export.codebook(of, CsvDialect.STANDARD, rawText, writer);
            } else {
                export.export(of, "labels".equals(kind), language(), CsvDialect.STANDARD, rawText, writer);
            }
            writer.flush();
        }
        faces.responseComplete();
    }

    /** Takes an uploaded CSV and starts importing it into the chosen version (admins only, as the API). */
    public void upload(FileUploadEvent event) throws IOException {
        if (!security.isCallerInRole(Role.ADMIN_NAME)) {
            FacesMessages.error("surveys.data.importAdminsOnly");
            return;
        }
        InstrumentVersion of = versions.version(instrument, Optional.ofNullable(version));
        Path file = Files.createTempFile("lwp-import-", ".csv");
        try (InputStream in = event.getFile().getInputStream()) {
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        }
        jobId = imports.start(of, file, security.getCallerPrincipal().getName());
        FacesMessages.info("surveys.data.importStarted", event.getFile().getFileName());
    }

    public Optional<ImportJobs.Status> getImportStatus() {
        return imports.status(jobId, security.getCallerPrincipal().getName());
    }

    public boolean isImportRunning() {
        return getImportStatus().map(s -> s.state() == ImportJobs.State.RUNNING).orElse(false);
    }

    public List<ImportError> getImportErrors() {
        return getImportStatus().flatMap(ImportJobs.Status::result).map(r -> r.errors()).orElse(List.of());
    }

    private static void attachment(ExternalContext external, String type, String fileName) {
        external.setResponseContentType(type);
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
    }

    private static Language language() {
        return Language.fromCode(UiLanguage.current()).orElse(Language.NL);
    }

    public String getInstrument() {
        return instrument;
    }

    public void setInstrument(String instrument) {
        this.instrument = instrument;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }
}
