package org.leerwerkplek.companies.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.leerwerkplek.platform.security.web.PageSecurity;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.leerwerkplek.companies.CompanyFilter;
import org.leerwerkplek.companies.CompanyImportService;
import org.leerwerkplek.companies.CompanyList;
import org.leerwerkplek.companies.CompanyService;
import org.leerwerkplek.companies.CompanyView;
import org.leerwerkplek.companies.register.CompanyDetails;
import org.leerwerkplek.companies.register.LearningSystem;
import org.leerwerkplek.companies.register.Province;
import org.leerwerkplek.companies.register.SizeClass;
import org.leerwerkplek.companies.register.Subsector;
import org.leerwerkplek.platform.DomainException;
import org.leerwerkplek.platform.security.web.Callers;
import org.leerwerkplek.platform.tables.StrictUtf8Reader;
import org.leerwerkplek.platform.web.FacesMessages;

/** The companies start page ({@code /companies/index.xhtml}): the list, a new company, the import. */
@Named("companyList")
@ViewScoped
public class CompaniesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CompanyService companies;

    @Inject
    CompanyList list;

    @Inject
    CompanyImportService imports;

    @Inject
    PageSecurity security;

    /** Made again on the node that reads this view back after another node died (it holds a service). */
    private transient CompanyListModel model;
    private String search;
    private Province province;
    private Subsector subsector;
    private SizeClass sizeClass;
    private String advisor;
    private String suitability;
    private final CompanyForm form = new CompanyForm();
    private transient Part upload;
    private final List<String> importProblems = new ArrayList<>();

    private CompanyFilter filter() {
        return new CompanyFilter(Optional.ofNullable(search), Optional.ofNullable(province), Optional.ofNullable(subsector),
                Optional.ofNullable(sizeClass), Optional.ofNullable(advisor), Optional.ofNullable(suitability));
    }

    public void register() throws IOException {
        Optional<CompanyDetails> details = form.details();
        if (details.isEmpty()) {
            return;
        }
        try {
            CompanyView created = companies.register(Callers.of(security), details.get());
            FacesMessages.info("company.saved");
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + "/companies/company.xhtml?id=" + created.id());
        } catch (DomainException e) {
            FacesMessages.error(e);
        }
    }

    public void importCsv() throws IOException {
        importProblems.clear();
        if (upload == null) {
            return;
        }
        try (StrictUtf8Reader in = new StrictUtf8Reader(upload.getInputStream())) {
            CompanyImportService.ImportOutcome outcome = imports.importCsv(Callers.of(security), in);
            if (outcome.problems().isEmpty()) {
                FacesMessages.info("company.import.done", outcome.imported());
            } else {
                FacesMessages.error("company.import.refused");
                outcome.problems().forEach(p -> importProblems.add((p.column() > 0
                        ? FacesMessages.text("company.import.atCell", String.valueOf(p.line()), String.valueOf(p.column()),
                                p.columnName())
                        : FacesMessages.text("company.import.atLine", String.valueOf(p.line())))
                        + " — " + FacesMessages.text(p.messageKey(), p.arguments())));
            }
        } catch (DomainException e) {
            FacesMessages.error(e);
        }
    }

    /** Where the list stops counting ("more than 10,000 companies"). */
    public int getMostCounted() {
        return CompanyList.MOST_COUNTED;
    }

    public CompanyListModel getModel() {
        if (model == null) {
            model = new CompanyListModel(list, Callers.of(security), this::filter);
        }
        return model;
    }

    public CompanyForm getForm() {
        return form;
    }

    public List<Province> getProvinces() {
        return List.of(Province.values());
    }

    public List<Subsector> getSubsectors() {
        return List.of(Subsector.values());
    }

    public List<SizeClass> getSizeClasses() {
        return List.of(SizeClass.values());
    }

    public List<LearningSystem> getSystems() {
        return List.of(LearningSystem.values());
    }

    public List<String> getImportProblems() {
        return importProblems;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public Province getProvince() {
        return province;
    }

    public void setProvince(Province province) {
        this.province = province;
    }

    public Subsector getSubsector() {
        return subsector;
    }

    public void setSubsector(Subsector subsector) {
        this.subsector = subsector;
    }

    public SizeClass getSizeClass() {
        return sizeClass;
    }

    public void setSizeClass(SizeClass sizeClass) {
        this.sizeClass = sizeClass;
    }

    public String getAdvisor() {
        return advisor;
    }

    public void setAdvisor(String advisor) {
        this.advisor = advisor;
    }

    public String getSuitability() {
        return suitability;
    }

    public void setSuitability(String suitability) {
        this.suitability = suitability;
    }

    public Part getUpload() {
        return upload;
    }

    public void setUpload(Part upload) {
        this.upload = upload;
    }
}
