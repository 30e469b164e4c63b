package org.leerwerkplek.companies;

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
import org.leerwerkplek.platform.DomainException;

/** A decided action of a company's support plan: accepted (to do, then done) or rejected. */
@Entity
@Table(name = "support_action")
@NamedQuery(name = SupportAction.OF_VISIT, query = "select a from SupportAction a where a.visitId = :visit order by a.id")
@NamedQuery(name = SupportAction.OF_COMPANY,
        query = "select a from SupportAction a where a.companyId = :company and a.status <> :rejected order by a.dueDate, a.id")
@NamedQuery(name = SupportAction.DUE_FOR,
        query = "select a.id, a.companyId, c.name, a.supportForm, a.description, a.dueDate from SupportAction a, Company c"
                + " where c.id = a.companyId and a.owner = :owner and a.status = :open and a.dueDate <= :until"
                + " order by a.dueDate, a.id")
@NamedQuery(name = SupportAction.DUE_COUNT,
        query = "select count(a) from SupportAction a where a.owner = :owner and a.status = :open and a.dueDate <= :until")
@NamedQuery(name = SupportAction.OWNED_IN,
        query = "select count(a) from SupportAction a where a.companyId = :company and a.owner = :owner and a.status = :open")
public class SupportAction {

    static final String OWNED_IN = "SupportAction.ownedIn";
    static final String OF_VISIT = "SupportAction.ofVisit";
    static final String OF_COMPANY = "SupportAction.ofCompany";
    static final String DUE_FOR = "SupportAction.dueFor";
    static final String DUE_COUNT = "SupportAction.dueCount";

    /** Where an action stands: open (accepted, to do), then done or cancelled; or rejected when proposed. */
    public enum Status { OPEN, DONE, CANCELLED, REJECTED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "company_id", nullable = false)
    private long companyId;

    @Column(name = "visit_id", nullable = false)
    private long visitId;

    @Column(name = "support_form", nullable = false, length = 64)
    private String supportForm;

    @Column(length = 1000)
    private String description;

    @Column(length = 64)
    private String owner;

    /** An owner written as free text before owners were accounts (migration V15), kept to be seen. */
    @Column(name = "owner_note", length = 200)
    private String ownerNote;

    @Column(name = "due_date")
    private LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Status status;

    @Column(name = "decided_by", nullable = false, length = 64)
    private String decidedBy;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    @Version
    @Column(name = "row_version", nullable = false)
    private long rowVersion;

    protected SupportAction() {
    }

    static SupportAction accepted(long companyId, long visitId, String form, String description, String owner,
                                  LocalDate due, String by, Instant now) {
        SupportAction action = new SupportAction(companyId, visitId, form, Status.OPEN, by, now);
        action.plan(description, owner, due);
        return action;
    }

    static SupportAction rejected(long companyId, long visitId, String form, String by, Instant now) {
        return new SupportAction(companyId, visitId, form, Status.REJECTED, by, now);
    }

    private SupportAction(long companyId, long visitId, String form, Status status, String by, Instant now) {
        this.companyId = companyId;
        this.visitId = visitId;
        this.supportForm = form;
        this.status = status;
        this.decidedBy = by;
        this.decidedAt = now;
    }

    /** Sets what is to be done, by whom and when. */
    void plan(String description, String owner, LocalDate due) {
        if (owner == null || owner.isBlank()) {
            throw new DomainException(DomainException.Kind.INVALID, "company.action.owner");
        }
        if (due == null) {
            throw new DomainException(DomainException.Kind.INVALID, "company.action.due");
        }
        if (owner.trim().length() > 64) {
            throw new DomainException(DomainException.Kind.INVALID, "company.tooLong", 64);
        }
        if (description != null && description.length() > 1000) {
            throw new DomainException(DomainException.Kind.INVALID, "company.tooLong", 1000);
        }
        this.description = description == null ? null : description.trim();
        this.owner = owner.trim();
        this.dueDate = due;
    }

    /**
     * Changes an open action: what, who and when, and its status (still open, done or
     * cancelled). A closed or rejected action does not change any more.
     */
    void change(String description, String owner, LocalDate due, Status next) {
        if (status != Status.OPEN) {
            throw new DomainException(DomainException.Kind.CONFLICT, "company.action.notOpen");
        }
        if (next == null || next == Status.REJECTED) {
            throw new DomainException(DomainException.Kind.INVALID, "company.action.status");
        }
        plan(description, owner, due);
        this.status = next;
    }

    /** Whether the action is still to be done. */
    public boolean isOpen() {
        return status == Status.OPEN;
    }

    void requireVersion(long expected) {
        if (rowVersion != expected) {
            throw new DomainException(DomainException.Kind.CONFLICT, "company.changedMeanwhile");
        }
    }

    public Long getId() {
        return id;
    }

    public long getCompanyId() {
        return companyId;
    }

    public long getVisitId() {
        return visitId;
    }

    public String getSupportForm() {
        return supportForm;
    }

    public String getDescription() {
        return description;
    }

    public String getOwner() {
        return owner;
    }

    public String getOwnerNote() {
        return ownerNote;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public Status getStatus() {
        return status;
    }

    public long getRowVersion() {
        return rowVersion;
    }
}
