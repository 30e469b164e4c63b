package org.leerwerkplek.companies.application;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.leerwerkplek.companies.register.LearningSystem;
import org.leerwerkplek.companies.register.Province;
import org.leerwerkplek.companies.register.Subsector;
import org.leerwerkplek.platform.DomainException;

/**
 * An employer's application to become a learning workplace, from the public form. It guards its
 * own course: confirmed once by the applicant (then in the queue, assigned or not), taken once by
 * an advisor (with the company it became or was linked to and its first visit).
 */
@Entity
@Table(name = "company_application")
@NamedQuery(name = CompanyApplication.BY_CONFIRM_HASH,
        query = "select a from CompanyApplication a where a.confirmHash = :hash")
@NamedQuery(name = CompanyApplication.SAME_NUMBER,
        query = "select a from CompanyApplication a where a.enterpriseNumber = :number and a.createdAt > :since")
@NamedQuery(name = CompanyApplication.FROM_CLIENT,
        query = "select count(a) from CompanyApplication a where a.clientKey = :client and a.createdAt > :since")
@NamedQuery(name = CompanyApplication.QUEUE,
        query = "select a from CompanyApplication a where a.status <> org.leerwerkplek.companies.application.ApplicationStatus.UNCONFIRMED"
                + " order by a.confirmedAt desc, a.id desc")
@NamedQuery(name = CompanyApplication.UNCONFIRMED_BEFORE,
        query = "select a.id from CompanyApplication a where a.status = "
                + "org.leerwerkplek.companies.application.ApplicationStatus.UNCONFIRMED and a.createdAt < :cutoff order by a.id")
@NamedQuery(name = CompanyApplication.BY_EMAIL,
        query = "select a from CompanyApplication a where lower(a.contactEmail) = :email order by a.id")
@NamedQuery(name = CompanyApplication.OF_STAFF,
        query = "select a from CompanyApplication a where a.assignedTo = :user or a.takenBy = :user order by a.id")
@NamedQuery(name = CompanyApplication.OF_COMPANY, query = "select a from CompanyApplication a where a.companyId = :company")
public class CompanyApplication {

    static final String BY_CONFIRM_HASH = "CompanyApplication.byConfirmHash";
    static final String SAME_NUMBER = "CompanyApplication.sameNumber";
    static final String FROM_CLIENT = "CompanyApplication.fromClient";
    static final String QUEUE = "CompanyApplication.queue";
    static final String UNCONFIRMED_BEFORE = "CompanyApplication.unconfirmedBefore";
    static final String BY_EMAIL = "CompanyApplication.byEmail";
    static final String OF_STAFF = "CompanyApplication.ofStaff";
    static final String OF_COMPANY = "CompanyApplication.ofCompany";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "enterprise_number", nullable = false, length = 10)
    private String enterpriseNumber;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false, length = 200)
    private String street;

    @Column(name = "postal_code", nullable = false, length = 4)
    private String postalCode;

    @Column(nullable = false, length = 200)
    private String city;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Province province;

    @Column(nullable = false, length = 200)
    private String subsectors;

    private Integer employees;

    @Column(name = "contact_name", nullable = false, length = 200)
    private String contactName;

    @Column(name = "contact_email", nullable = false, length = 254)
    private String contactEmail;

    @Column(name = "contact_phone", nullable = false, length = 40)
    private String contactPhone;

    @Column(name = "contact_language", nullable = false, length = 2)
    private String contactLanguage;

    @Column(name = "learning_forms", nullable = false, length = 300)
    private String learningForms;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private MentorIntent mentor;

    @Column(nullable = false, length = 2000)
    private String question;

    @Column(name = "client_key", nullable = false, length = 64)
    private String clientKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ApplicationStatus status;

    @Column(name = "confirm_hash", length = 64)
    private String confirmHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Column(name = "assigned_to", length = 64)
    private String assignedTo;

    @Column(name = "taken_by", length = 64)
    private String takenBy;

    @Column(name = "taken_at")
    private Instant takenAt;

    @Column(name = "company_id")
    private Long companyId;

    @Column(name = "visit_id")
    private Long visitId;

    @Column(name = "visit_date")
    private LocalDate visitDate;

    @Version
    @Column(name = "row_version", nullable = false)
    private long rowVersion;

    protected CompanyApplication() {
    }

    /** A new application as the form gave it (checked), waiting for its confirmation link {@code confirmHash}. */
    CompanyApplication(ApplicationForm form, String clientKey, String confirmHash, Instant now) {
        this.enterpriseNumber = form.enterpriseNumber().orElseThrow().digits();
        this.name = form.name();
        this.street = form.street();
        this.postalCode = form.postalCode();
        this.city = form.city();
        this.province = form.province();
        this.subsectors = codes(form.activities());
        this.employees = form.employees();
        this.contactName = form.contactName();
        this.contactEmail = form.contactEmail();
        this.contactPhone = form.contactPhone();
        this.contactLanguage = form.contactLanguage();
        this.learningForms = codes(form.learningForms());
        this.mentor = form.mentor();
        this.question = form.question();
        this.clientKey = clientKey;
        this.confirmHash = confirmHash;
        this.status = ApplicationStatus.UNCONFIRMED;
        this.createdAt = now;
    }

    /**
     * The applicant opened its link: into the queue, linked to the registered company with its
     * number when there is one, given to {@code assignee} when the rule names one.
     */
    void confirm(Instant now, Optional<String> assignee, Optional<Long> registeredCompany) {
        if (status != ApplicationStatus.UNCONFIRMED) {
            throw new IllegalStateException("Application " + id + " is confirmed already");
        }
        status = assignee.isPresent() ? ApplicationStatus.ASSIGNED : ApplicationStatus.NEW;
        assignedTo = assignee.orElse(null);
        confirmedAt = now;
        confirmHash = null;
        companyId = registeredCompany.orElse(null);
    }

    /** Taken by {@code advisor}: the company it became or was linked to, and its first visit. */
    void take(String advisor, Instant now, long company, long visit, LocalDate visitOn) {
        if (status == ApplicationStatus.TAKEN) {
            throw new DomainException(DomainException.Kind.CONFLICT, "application.takenAlready");
        }
        if (status == ApplicationStatus.UNCONFIRMED) {
            throw new DomainException(DomainException.Kind.NOT_FOUND, "application.notFound");
        }
        status = ApplicationStatus.TAKEN;
        assignedTo = advisor;
        takenBy = advisor;
        takenAt = now;
        companyId = company;
        visitId = visit;
        visitDate = visitOn;
    }

    /** An erased account leaves the application: one not taken yet waits unassigned again. */
    void forgetStaff(String username) {
        if (username.equals(takenBy)) {
            takenBy = null;
        }
        if (username.equals(assignedTo)) {
            assignedTo = null;
            if (status == ApplicationStatus.ASSIGNED) {
                status = ApplicationStatus.NEW;
            }
        }
    }

    /** The form as the applicant gave it (the honeypot empty), to pre-fill the company. */
    ApplicationForm form() {
        return new ApplicationForm(enterpriseNumber, name, street, postalCode, city, province,
                parse(subsectors, Subsector::valueOf, Subsector.class), employees, contactName, contactEmail, contactPhone,
                contactLanguage, parse(learningForms, LearningSystem::valueOf, LearningSystem.class), mentor, question, "");
    }

    private static String codes(Set<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    private static <E extends Enum<E>> Set<E> parse(String codes, Function<String, E> of, Class<E> type) {
        if (codes == null || codes.isBlank()) {
            return EnumSet.noneOf(type);
        }
        return Arrays.stream(codes.split(",")).map(of).collect(Collectors.toCollection(() -> EnumSet.noneOf(type)));
    }

    public Long getId() { return id; }
    public String getEnterpriseNumber() { return enterpriseNumber; }
    public String getName() { return name; }
    public Province getProvince() { return province; }
    public String getContactName() { return contactName; }
    public String getContactEmail() { return contactEmail; }
    public String getContactLanguage() { return contactLanguage; }
    public ApplicationStatus getStatus() { return status; }
    public Instant getCreatedAt() { return createdAt; }
    public Optional<Instant> getConfirmedAt() { return Optional.ofNullable(confirmedAt); }
    public Optional<String> getAssignedTo() { return Optional.ofNullable(assignedTo); }
    public Optional<String> getTakenBy() { return Optional.ofNullable(takenBy); }
    public Optional<Long> getCompanyId() { return Optional.ofNullable(companyId); }
    public Optional<LocalDate> getVisitDate() { return Optional.ofNullable(visitDate); }
    public long getRowVersion() { return rowVersion; }
}
