package org.leerwerkplek.companies.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.leerwerkplek.platform.security.web.PageSecurity;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.leerwerkplek.companies.CompanyAccess;
import org.leerwerkplek.companies.CompanyService;
import org.leerwerkplek.companies.CompanyView;
import org.leerwerkplek.companies.register.CompanyDetails;
import org.leerwerkplek.companies.register.LearningSystem;
import org.leerwerkplek.companies.register.Province;
import org.leerwerkplek.companies.register.Subsector;
import org.leerwerkplek.platform.DomainException;
import org.leerwerkplek.platform.security.web.Callers;
import org.leerwerkplek.platform.web.FacesMessages;

/**
 * Changing a company's details ({@code /companies/edit.xhtml?id=}). The form keeps the version it
 * was opened on; a save after someone else saved is refused with a message and the typed values
 * stay in the form, so nothing is overwritten and nothing typed is lost. Admins also assign the
 * advisor here.
 */
@Named("companyEdit")
@ViewScoped
public class CompanyEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CompanyService companies;

    @Inject
    PageSecurity security;

    private long id;
    private long version;
    private String companyName;
    private CompanyForm form;

    /** Opens the company's details; one out of reach or read-only for the caller shows only a message. */
    public void load() {
        if (form != null) {
            return;
        }
        try {
            CompanyView view = companies.find(Callers.of(security), id);
            if (!view.editable()) {
                FacesMessages.error("company.readOnly");
                return;
            }
            version = view.version();
            companyName = view.details().name();
            form = CompanyForm.of(view);
        } catch (DomainException e) {
            FacesMessages.error(e);
        }
    }

    public void save() throws IOException {
        Optional<CompanyDetails> details = form.details();
        if (details.isEmpty()) {
            return;
        }
        try {
            CompanyView saved = companies.update(Callers.of(security), id, version, details.get(), isAdmin());
            version = saved.version();
            FacesMessages.info("company.saved");
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + "/companies/company.xhtml?id=" + id);
        } catch (DomainException e) {
            FacesMessages.error(e);
        }
    }

    public boolean isFound() {
        return form != null;
    }

    public boolean isAdmin() {
        return CompanyAccess.isAdmin(Callers.of(security));
    }

    public CompanyForm getForm() {
        return form;
    }

    public String getCompanyName() {
        return companyName;
    }

    public List<Province> getProvinces() {
        return List.of(Province.values());
    }

    public List<Subsector> getSubsectors() {
        return List.of(Subsector.values());
    }

    public List<LearningSystem> getSystems() {
        return List.of(LearningSystem.values());
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }
}
