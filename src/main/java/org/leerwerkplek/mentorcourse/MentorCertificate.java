package org.leerwerkplek.mentorcourse;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.leerwerkplek.mentorcourse.certificate.FollowUpCycle;

/** A completion certificate: a mentor completed the follow-up cycle of one year. */
@Entity
@Table(name = "mentor_certificate")
@NamedQuery(name = MentorCertificate.OF_MENTOR,
        query = "select c from MentorCertificate c where c.mentorId = :mentor order by c.cycleYear")
@NamedQuery(name = MentorCertificate.BY_CODE, query = "select c from MentorCertificate c where c.code = :code")
public class MentorCertificate {

    static final String OF_MENTOR = "MentorCertificate.ofMentor";
    static final String BY_CODE = "MentorCertificate.byCode";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "mentor_id", nullable = false)
    private long mentorId;

    @Column(name = "cycle_year", nullable = false)
    private int cycleYear;

    @Column(name = "period_from", nullable = false)
    private LocalDate periodFrom;

    @Column(name = "period_to", nullable = false)
    private LocalDate periodTo;

    @Column(name = "mentor_name", nullable = false, length = 200)
    private String mentorName;

    @Column(name = "module_ids", nullable = false, length = 2000)
    private String moduleIds;

    @Column(nullable = false, length = 14)
    private String code;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    /** When the mentor was erased: the name is gone, the code and period stay genuine. */
    @Column(name = "erased_at")
    private Instant erasedAt;

    protected MentorCertificate() {
    }

    MentorCertificate(long mentorId, String mentorName, FollowUpCycle.Completed cycle, String code, Instant now) {
        this.mentorId = mentorId;
        this.cycleYear = cycle.year();
        this.periodFrom = cycle.from();
        this.periodTo = cycle.to();
        this.mentorName = mentorName;
        this.moduleIds = String.join(",", cycle.moduleIds());
        this.code = code;
        this.issuedAt = now;
    }

    public int getCycleYear() {
        return cycleYear;
    }

    public LocalDate getPeriodFrom() {
        return periodFrom;
    }

    public LocalDate getPeriodTo() {
        return periodTo;
    }

    public String getMentorName() {
        return mentorName;
    }

    public List<String> getModuleIds() {
        return Arrays.asList(moduleIds.split(","));
    }

    public String getCode() {
        return code;
    }

    /** Whether the mentor it was issued to has been erased (its name is gone). */
    public boolean isErased() {
        return erasedAt != null;
    }

    long getId() {
        return id;
    }

    long getMentorId() {
        return mentorId;
    }
}
