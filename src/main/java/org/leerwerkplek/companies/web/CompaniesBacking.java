package org.leerwerkplek.companies.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.leerwerkplek.companies.CompanyFilter;
import org.leerwerkplek.companies.CompanyService;
import org.leerwerkplek.companies.CompanyView;
import org.leerwerkplek.companies.register.CompanyDetails;
import org.leerwerkplek.companies.register.Contact;
import org.leerwerkplek.companies.register.EnterpriseNumber;
import org.leerwerkplek.companies.register.FieldProblem;
import org.leerwerkplek.companies.register.LearningSystem;
import org.leerwerkplek.companies.register.Province;
import org.leerwerkplek.companies.register.SizeClass;
import org.leerwerkplek.companies.register.Subsector;
import org.leerwerkplek.platform.DomainException;
import org.leerwerkplek.platform.web.FacesMessages;

/** The companies start page ({@code /companies/index.xhtml}): the list, a new company, the import. */
@Named("companyList")
@ViewScoped
public class CompaniesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CompanyService companies;

    @Inject
    transient SecurityContext security;

    private CompanyListModel model;
    private String search;
    private Province province;
    private Subsector subsector;
    private SizeClass sizeClass;
    private String advisor;
    private String suitability;
    private final CompanyForm form = new CompanyForm();
    private transient Part upload;
    private final List<String> importProblems = new ArrayList<>();

    @PostConstruct
    void init() {
        model = new CompanyListModel(companies, Callers.of(security), this::filter);
    }

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
        try (InputStreamReader in = new InputStreamReader(upload.getInputStream(), StandardCharsets.UTF_8)) {
            CompanyService.ImportOutcome outcome = companies.importCsv(Callers.of(security), in);
            if (outcome.problems().isEmpty()) {
                FacesMessages.info("company.import.done", outcome.imported());
            } else {
                FacesMessages.error("company.import.refused");
                outcome.problems().forEach(p -> importProblems.add(p.line() + (p.column() > 0 ? ":" + p.column() : "")
                        + (p.columnName().isEmpty() ? "" : " (" + p.columnName() + ")") + " — "
                        + FacesMessages.text(p.messageKey(), p.arguments())));
            }
        } catch (DomainException e) {
            FacesMessages.error(e);
        }
    }

    public CompanyListModel getModel() {
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

    public List<String> getVerdicts() {
        return List.of("GESCHIKT", "GESCHIKT_MET_ONDERSTEUNING", "NOG_NIET_GESCHIKT");
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

    /** The fields of the company form; checks everything at once and marks the wrong fields. */
    public static final class CompanyForm implements Serializable {

        private static final long serialVersionUID = 1L;

        private String number;
        private String name;
        private String street;
        private String postalCode;
        private String city;
        private Province province;
        private Subsector[] subsectors = new Subsector[0];
        private Integer employees;
        private boolean recognised;
        private LearningSystem[] systems = new LearningSystem[0];
        private String contactName;
        private String contactRole;
        private String contactEmail;
        private String contactPhone;
        private String contactLanguage = "nl";

        /** The details when they are right; otherwise empty, with a message per wrong field. */
        Optional<CompanyDetails> details() {
            Optional<EnterpriseNumber.Problem> problem = EnterpriseNumber.problem(number);
            if (problem.isPresent()) {
                FacesMessages.error(problem.get().messageKey(), number == null ? "" : number.trim());
                return Optional.empty();
            }
            List<Contact> contacts = contactName == null || contactName.isBlank() ? List.of()
                    : List.of(new Contact(contactName.trim(), contactRole, contactEmail, contactPhone, contactLanguage));
            CompanyDetails details = new CompanyDetails(EnterpriseNumber.parse(number), name, street, postalCode, city,
                    province, subsectors.length == 0 ? EnumSet.noneOf(Subsector.class) : EnumSet.copyOf(List.of(subsectors)),
                    Optional.ofNullable(employees), recognised,
                    systems.length == 0 ? EnumSet.noneOf(LearningSystem.class) : EnumSet.copyOf(List.of(systems)),
                    Optional.empty(), contacts);
            List<FieldProblem> problems = details.problems();
            problems.forEach(p -> FacesMessages.error(p.messageKey(), p.arguments()));
            return problems.isEmpty() ? Optional.of(details) : Optional.empty();
        }

        public String getNumber() { return number; }
        public void setNumber(String number) { this.number = number; }
        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public String getStreet() { return street; }
        public void setStreet(String street) { this.street = street; }
        public String getPostalCode() { return postalCode; }
        public void setPostalCode(String postalCode) { this.postalCode = postalCode; }
        public String getCity() { return city; }
        public void setCity(String city) { this.city = city; }
        public Province getProvince() { return province; }
        public void setProvince(Province province) { this.province = province; }
        public Subsector[] getSubsectors() { return subsectors.clone(); }
        public void setSubsectors(Subsector[] subsectors) { this.subsectors = subsectors == null ? new Subsector[0] : subsectors.clone(); }
        public Integer getEmployees() { return employees; }
        public void setEmployees(Integer employees) { this.employees = employees; }
        public boolean isRecognised() { return recognised; }
        public void setRecognised(boolean recognised) { this.recognised = recognised; }
        public LearningSystem[] getSystems() { return systems.clone(); }
        public void setSystems(LearningSystem[] systems) { this.systems = systems == null ? new LearningSystem[0] : systems.clone(); }
        public String getContactName() { return contactName; }
        public void setContactName(String contactName) { this.contactName = contactName; }
        public String getContactRole() { return contactRole; }
        public void setContactRole(String contactRole) { this.contactRole = contactRole; }
        public String getContactEmail() { return contactEmail; }
        public void setContactEmail(String contactEmail) { this.contactEmail = contactEmail; }
        public String getContactPhone() { return contactPhone; }
        public void setContactPhone(String contactPhone) { this.contactPhone = contactPhone; }
        public String getContactLanguage() { return contactLanguage; }
        public void setContactLanguage(String contactLanguage) { this.contactLanguage = contactLanguage; }
    }
}
