package org.leerwerkplek.surveys.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.leerwerkplek.platform.DomainException;
import org.leerwerkplek.platform.security.Role;
import org.leerwerkplek.platform.security.web.PageSecurity;
import org.leerwerkplek.platform.web.FacesMessages;
import org.leerwerkplek.surveys.XlsFormImportService;
import org.leerwerkplek.surveys.definition.model.Language;
import org.leerwerkplek.surveys.definition.yaml.DefinitionError;
import org.leerwerkplek.surveys.xlsform.Finding;
import org.leerwerkplek.surveys.xlsform.XlsFormConversion;
import org.leerwerkplek.surveys.xlsform.XlsFormFileException;
import org.primefaces.event.FileUploadEvent;

/**
 * The XLSForm import page ({@code /admin/xlsform.xhtml}, admins only by web.xml's {@code /admin/*}):
 * upload, review the YAML and the rows not converted, then save into the surveys folder or download.
 * The upload and the conversion stay in this view; nothing is written before Save.
 */
@Named("xlsformImport")
@ViewScoped
public class XlsFormImportBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    XlsFormImportService service;

    @Inject
    PageSecurity security;

    private byte[] file;
    private String fileName;
    private String chosenId;
    private String language = "nl";
    private String id;
    private String yaml;
    private int questions;
    private List<Finding> findings = List.of();
    private List<String> checks = List.of();
    private boolean converted;

    /** A finding as the page shows it. */
    public record Row(String sheet, String row, String name, boolean skipped, String reason) implements Serializable {
    }

    public void upload(FileUploadEvent event) throws IOException {
        if (!security.isCallerInRole(Role.ADMIN_NAME)) {
            return;
        }
        clear();
        try (InputStream in = event.getFile().getInputStream()) {
            byte[] read = in.readNBytes(XlsFormImportService.MAX_BYTES + 1);
            if (read.length > XlsFormImportService.MAX_BYTES) {
                FacesMessages.error("admin.xlsform.tooLarge", XlsFormImportService.MAX_BYTES / (1024 * 1024));
                return;
            }
            file = read;
        }
        fileName = event.getFile().getFileName();
        convert();
    }

    /** Converts the uploaded file again (after the id or the language changed). */
    public void convert() {
        if (file == null) {
            FacesMessages.error("admin.xlsform.nothingToSave");
            return;
        }
        try {
            XlsFormConversion c = service.convert(file, fileName, Language.fromCode(language).orElse(Language.NL),
                    Optional.ofNullable(chosenId));
            id = c.id();
            yaml = c.yaml().orElse(null);
            questions = c.questions();
            findings = c.findings();
            checks = c.checks().stream().map(DefinitionError::toString).toList();
            converted = c.converted();
            if (converted) {
                FacesMessages.info("admin.xlsform.converted", questions, findings.size());
            } else if (!checks.isEmpty()) {
                FacesMessages.error("admin.xlsform.checksFailed");
            } else {
                FacesMessages.error("admin.xlsform.notConverted");
            }
        } catch (XlsFormFileException e) {
            clearResult();
            FacesMessages.error(e.key(), e.args().toArray());
        }
    }

    public void save() {
        if (!converted || yaml == null) {
            FacesMessages.error("admin.xlsform.nothingToSave");
            return;
        }
        try {
            XlsFormImportService.Saved saved = service.save(id, yaml, security.getCallerPrincipal().getName());
            FacesMessages.info("admin.xlsform.saved", saved.fileName(), saved.inService(), saved.errors());
        } catch (DomainException e) {
            FacesMessages.error(e);
        }
    }

    public void download() throws IOException {
        if (!converted || yaml == null) {
            FacesMessages.error("admin.xlsform.nothingToSave");
            return;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.responseReset();
        external.setResponseContentType("application/yaml; charset=UTF-8");
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"" + id + ".yaml\"");
        try (OutputStream out = external.getResponseOutputStream()) {
            out.write(yaml.getBytes(StandardCharsets.UTF_8));
        }
        faces.responseComplete();
    }

    /** The findings in the page's language. */
    public List<Row> getRows() {
        List<Row> rows = new ArrayList<>();
        for (Finding f : findings) {
            rows.add(new Row(f.sheet(), f.row() > 0 ? String.valueOf(f.row()) : "", f.name(), f.skipped(), reason(f)));
        }
        return rows;
    }

    private static String reason(Finding f) {
        List<String> args = f.args();
        if (args.size() >= 2 && args.get(1).startsWith("xlsform.xpath.")) {
            String why = FacesMessages.text(args.get(1), args.subList(2, args.size()).toArray());
            return FacesMessages.text(f.key(), args.get(0), why);
        }
        return FacesMessages.text(f.key(), args.toArray());
    }

    private void clear() {
        file = null;
        fileName = null;
        clearResult();
    }

    private void clearResult() {
        id = null;
        yaml = null;
        questions = 0;
        findings = List.of();
        checks = List.of();
        converted = false;
    }

    public boolean isConverted() {
        return converted;
    }

    public boolean isUploaded() {
        return file != null;
    }

    public String getYaml() {
        return yaml;
    }

    public String getId() {
        return id;
    }

    public String getFileName() {
        return fileName;
    }

    public List<String> getChecks() {
        return checks;
    }

    public String getChosenId() {
        return chosenId;
    }

    public void setChosenId(String chosenId) {
        this.chosenId = chosenId;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = Language.fromCode(language).map(Language::code).orElse("nl");
    }
}
