package org.leerwerkplek.companies;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import org.leerwerkplek.platform.DomainException;

/**
 * A visit of an advisor to a company and its fiche. The fiche's answers are a response of the
 * surveys part; this row holds which sections are still incomplete, the suitability found and
 * the version that makes a second advisor's save on an older copy a conflict.
 */
@Entity
@Table(name = "company_visit")
@NamedQuery(name = Visit.OF_COMPANY,
        query = "select v from Visit v where v.companyId = :company order by v.visitDate desc, v.id desc")
@NamedQuery(name = Visit.OF_COMPANIES, query = "select v.companyId, v.responseId from Visit v"
        + " where v.companyId in :companies order by v.companyId, v.visitDate desc, v.id desc")
@NamedQuery(name = Visit.COMPLETED,
        query = "select v from Visit v where v.completed = true order by v.companyId, v.visitDate, v.id")
@NamedQuery(name = Visit.COMPLETED_OF_COMPANY, query = "select v from Visit v where v.companyId = :company"
        + " and v.completed = true order by v.visitDate, v.id")
@NamedQuery(name = Visit.VISITED_BY,
        query = "select count(v) from Visit v where v.companyId = :company and v.advisor = :advisor")
@NamedQuery(name = Visit.DESK_IN_PERIOD,
        query = "select v.id, v.companyId, c.name, v.visitDate, v.completed from Visit v, Company c"
                + " where c.id = v.companyId and v.advisor = :advisor and v.visitDate >= :from and v.visitDate <= :to"
                + " order by v.visitDate, c.searchName, v.id")
@NamedQuery(name = Visit.DESK_IN_PERIOD_COUNT,
        query = "select count(v) from Visit v where v.advisor = :advisor and v.visitDate >= :from and v.visitDate <= :to")
@NamedQuery(name = Visit.DESK_OPEN_FICHES,
        query = "select v.id, v.companyId, c.name, v.visitDate, v.completed from Visit v, Company c"
                + " where c.id = v.companyId and v.advisor = :advisor and v.completed = false and v.visitDate <= :today"
                + " order by v.visitDate, v.id")
@NamedQuery(name = Visit.DESK_OPEN_FICHES_COUNT,
        query = "select count(v) from Visit v where v.advisor = :advisor and v.completed = false and v.visitDate <= :today")
@NamedQuery(name = Visit.DESK_WITHOUT_CONTACT,
        query = "select c.id, c.name from Company c where c.advisor = :advisor"
                + " and not exists (select w.id from Visit w where w.companyId = c.id and w.visitDate >= :since)"
                + " and (c.createdAt < :registered or exists (select x.id from Visit x where x.companyId = c.id))"
                + " order by c.searchName, c.id")
@NamedQuery(name = Visit.DESK_WITHOUT_CONTACT_COUNT,
        query = "select count(c) from Company c where c.advisor = :advisor"
                + " and not exists (select w.id from Visit w where w.companyId = c.id and w.visitDate >= :since)"
                + " and (c.createdAt < :registered or exists (select x.id from Visit x where x.companyId = c.id))")
@NamedQuery(name = Visit.LAST_OF_COMPANIES,
        query = "select v.companyId, max(v.visitDate) from Visit v where v.companyId in :companies group by v.companyId")
public class Visit {

    static final String OF_COMPANY = "Visit.ofCompany";
    static final String OF_COMPANIES = "Visit.ofCompanies";
    static final String DESK_IN_PERIOD = "Visit.deskInPeriod";
    static final String DESK_IN_PERIOD_COUNT = "Visit.deskInPeriodCount";
    static final String DESK_OPEN_FICHES = "Visit.deskOpenFiches";
    static final String DESK_OPEN_FICHES_COUNT = "Visit.deskOpenFichesCount";
    static final String DESK_WITHOUT_CONTACT = "Visit.deskWithoutContact";
    static final String DESK_WITHOUT_CONTACT_COUNT = "Visit.deskWithoutContactCount";
    static final String LAST_OF_COMPANIES = "Visit.lastOfCompanies";
    static final String VISITED_BY = "Visit.visitedBy";
    static final String COMPLETED = "Visit.completed";
    static final String COMPLETED_OF_COMPANY = "Visit.completedOfCompany";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "company_id", nullable = false)
    private long companyId;

    @Column(name = "visit_date", nullable = false)
    private LocalDate visitDate;

    @Column(length = 200)
    private String interviewee;

    @Column(nullable = false, length = 64)
    private String advisor;

    @Column(name = "response_id", nullable = false)
    private long responseId;

    @Column(name = "incomplete_sections", nullable = false, length = 400)
    private String incompleteSections;

    @Column(nullable = false)
    private boolean completed;

    @Column(length = 40)
    private String suitability;

    @Column(name = "rules_version")
    private Integer rulesVersion;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 64)
    private String updatedBy;

    @Version
    @Column(name = "row_version", nullable = false)
    private long rowVersion;

    protected Visit() {
    }

    Visit(long companyId, LocalDate visitDate, String interviewee, String advisor, long responseId,
          Set<String> sections, Instant now) {
        this.companyId = companyId;
        this.visitDate = visitDate;
        this.interviewee = interviewee;
        this.advisor = advisor;
        this.responseId = responseId;
        this.incompleteSections = String.join(",", sections);
        this.createdAt = now;
        this.updatedAt = now;
        this.updatedBy = advisor;
    }

    /** Refuses a save made on an older copy of the fiche than the one stored. */
    void requireVersion(long expected) {
        if (rowVersion != expected) {
            throw new DomainException(DomainException.Kind.CONFLICT, "company.fiche.conflict", updatedBy);
        }
    }

    /** Records a saved section: complete or not, and who saved it (this also raises the version). */
    void sectionSaved(String sectionId, boolean complete, String by, Instant now) {
        requireOpen();
        Set<String> incomplete = incompleteSections();
        if (complete) {
            incomplete.remove(sectionId);
        } else {
            incomplete.add(sectionId);
        }
        this.incompleteSections = String.join(",", incomplete);
        this.updatedBy = by;
        this.updatedAt = now;
    }

    void assessed(String verdict, int rulesVersion) {
        this.suitability = verdict;
        this.rulesVersion = rulesVersion;
    }

    void complete(String by, Instant now) {
        requireOpen();
        this.completed = true;
        this.updatedBy = by;
        this.updatedAt = now;
    }

    void requireOpen() {
        if (completed) {
            throw new DomainException(DomainException.Kind.CONFLICT, "company.fiche.completed");
        }
    }

    Set<String> incompleteSections() {
        Set<String> sections = new LinkedHashSet<>();
        Arrays.stream(incompleteSections.split(",")).filter(s -> !s.isBlank()).forEach(sections::add);
        return sections;
    }

    public Long getId() {
        return id;
    }

    public long getCompanyId() {
        return companyId;
    }

    public LocalDate getVisitDate() {
        return visitDate;
    }

    public String getInterviewee() {
        return interviewee;
    }

    public String getAdvisor() {
        return advisor;
    }

    public long getResponseId() {
        return responseId;
    }

    public boolean isCompleted() {
        return completed;
    }

    public String getSuitability() {
        return suitability;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public long getRowVersion() {
        return rowVersion;
    }
}
