package org.leerwerkplek.companies;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * That an advisor reaches a company: it is assigned to it, it visited it, or both. An advisor's
 * company list joins these rows on their key (advisor, company), so the list needs no scan of
 * the register; {@link CompanyAccess} remains the rule, this table its index.
 */
@Entity
@Table(name = "company_reach")
@IdClass(CompanyReach.Key.class)
@NamedQuery(name = CompanyReach.ASSIGNED_TO_COMPANY,
        query = "select r from CompanyReach r where r.companyId = :company and r.assigned = true")
class CompanyReach {

    static final String ASSIGNED_TO_COMPANY = "CompanyReach.assignedToCompany";

    /** The primary key. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        private String advisor;
        private long companyId;

        public Key() {
        }

        Key(String advisor, long companyId) {
            this.advisor = advisor;
            this.companyId = companyId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && k.companyId == companyId && Objects.equals(k.advisor, advisor);
        }

        @Override
        public int hashCode() {
            return Objects.hash(advisor, companyId);
        }
    }

    @Id
    @Column(length = 64)
    private String advisor;

    @Id
    @Column(name = "company_id")
    private long companyId;

    @Column(nullable = false)
    private boolean assigned;

    @Column(nullable = false)
    private boolean visited;

    protected CompanyReach() {
    }

    CompanyReach(String advisor, long companyId) {
        this.advisor = advisor;
        this.companyId = companyId;
    }

    String advisor() {
        return advisor;
    }

    void assign(boolean assigned) {
        this.assigned = assigned;
    }

    void visit() {
        this.visited = true;
    }

    /** Whether the row still says something; one that does not is removed. */
    boolean reaches() {
        return assigned || visited;
    }
}
