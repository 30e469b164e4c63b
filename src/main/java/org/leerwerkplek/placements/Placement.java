package org.leerwerkplek.placements;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.leerwerkplek.platform.DomainException;

/**
 * A candidate at a company on the way through the seven {@link Phase}s, with its mentor, its
 * checklist and its history. It guards its own moves: one phase on, or one back with a reason;
 * every move is a {@link PlacementMove} with its date, who made it and why. A placement taken over
 * from a company's former single phase (V27) has no candidate until one is entered.
 */
@Entity
@Table(name = "placement")
@NamedQuery(name = Placement.OF_COMPANY, query = "select p from Placement p where p.companyId = :company order by p.id")
@NamedQuery(name = Placement.OF_COMPANIES, query = "select p from Placement p where p.companyId in :companies")
@NamedQuery(name = Placement.ALL, query = "select p from Placement p")
@NamedQuery(name = Placement.BY_PERSON, query = "select p from Placement p where p.candidateContact = :email or p.mentorEmail = :email")
public class Placement {

    static final String OF_COMPANY = "Placement.ofCompany";
    static final String OF_COMPANIES = "Placement.ofCompanies";
    static final String ALL = "Placement.all";
    static final String BY_PERSON = "Placement.byPerson";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "company_id", nullable = false)
    private long companyId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private Phase phase;

    @Column(name = "phase_since", nullable = false)
    private Instant phaseSince;

    @Column(name = "candidate_name", length = 200)
    private String candidateName;

    @Column(name = "candidate_contact", length = 254)
    private String candidateContact;

    @Column(name = "intake_notes", length = 2000)
    private String intakeNotes;

    @Column(name = "mentor_name", length = 200)
    private String mentorName;

    @Column(name = "mentor_email", length = 254)
    private String mentorEmail;

    @ElementCollection
    @CollectionTable(name = "placement_step", joinColumns = @JoinColumn(name = "placement_id"))
    private List<PlacementStep> steps = new ArrayList<>();

    @OneToMany(mappedBy = "placement", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<PlacementMove> moves = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "row_version", nullable = false)
    private long rowVersion;

    protected Placement() {
    }

    /** A new placement at the company, in the first phase, its start the first entry of its history. */
    Placement(long companyId, Candidate candidate, String by, Instant now) {
        this.companyId = companyId;
        this.phase = Phase.WERVING_WERKGEVER;
        this.phaseSince = now;
        this.createdAt = now;
        this.updatedAt = now;
        candidate(candidate, now);
        moves.add(new PlacementMove(this, null, phase, now, by, null, false));
    }

    /** One phase on; the last phase has no next. */
    void forward(String by, String reason, Instant now) {
        Phase to = phase.next().orElseThrow(() -> new DomainException(DomainException.Kind.CONFLICT, "placement.move.last"));
        move(to, by, reason, false, now);
    }

    /** One phase back, which needs a reason; the first phase has none before it. */
    void back(String by, String reason, Instant now) {
        if (reason == null || reason.isBlank()) {
            throw new DomainException(DomainException.Kind.INVALID, "placement.back.reasonRequired");
        }
        Phase to = phase.previous().orElseThrow(() -> new DomainException(DomainException.Kind.CONFLICT, "placement.move.first"));
        move(to, by, reason, true, now);
    }

    private void move(Phase to, String by, String reason, boolean back, Instant now) {
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (why != null && why.length() > 1000) {
            throw new DomainException(DomainException.Kind.INVALID, "placement.tooLong", 1000);
        }
        moves.add(new PlacementMove(this, phase, to, now, by, why, back));
        this.phase = to;
        this.phaseSince = now;
        this.updatedAt = now;
    }

    /** Ticks or unticks a sub-step of the checklist (of any phase: work is not always done in order). */
    void step(String step, boolean done, String by, Instant now) {
        if (Phase.ofStep(step).isEmpty()) {
            throw new DomainException(DomainException.Kind.INVALID, "placement.step.unknown", step);
        }
        steps.removeIf(s -> s.step().equals(step));
        if (done) {
            steps.add(new PlacementStep(step, now, by));
        }
        this.updatedAt = now;
    }

    void candidate(Candidate candidate, Instant now) {
        this.candidateName = candidate.name();
        this.candidateContact = candidate.contact();
        this.intakeNotes = candidate.notes();
        this.updatedAt = now;
    }

    void mentor(String name, String email, Instant now) {
        this.mentorName = name;
        this.mentorEmail = email == null ? null : email.trim().toLowerCase(java.util.Locale.ROOT);
        this.updatedAt = now;
    }

    /** Removes the people: candidate, notes and mentor; the phases and dates stay for the figures. */
    void erasePeople(Instant now) {
        this.candidateName = null;
        this.candidateContact = null;
        this.intakeNotes = null;
        this.mentorName = null;
        this.mentorEmail = null;
        moves.forEach(PlacementMove::eraseReason);
        this.updatedAt = now;
    }

    /** Refuses a change made on an older copy than the one stored. */
    void requireVersion(long expected) {
        if (rowVersion != expected) {
            throw new DomainException(DomainException.Kind.CONFLICT, "placement.changedMeanwhile");
        }
    }

    /** The fields the audit trail compares. */
    Map<String, Object> fields() {
        Map<String, Object> fields = new HashMap<>();
        fields.put("company", companyId);
        fields.put("phase", phase.name());
        fields.put("candidateName", candidateName);
        fields.put("candidateContact", candidateContact);
        fields.put("intakeNotes", intakeNotes);
        fields.put("mentorName", mentorName);
        fields.put("mentorEmail", mentorEmail);
        fields.put("steps", steps.stream().map(PlacementStep::step).sorted().toList());
        return fields;
    }

    public Long getId() {
        return id;
    }

    public long getCompanyId() {
        return companyId;
    }

    public Phase getPhase() {
        return phase;
    }

    public Instant getPhaseSince() {
        return phaseSince;
    }

    public Candidate getCandidate() {
        return new Candidate(candidateName, candidateContact, intakeNotes);
    }

    public String getMentorName() {
        return mentorName;
    }

    public String getMentorEmail() {
        return mentorEmail;
    }

    public List<PlacementStep> getSteps() {
        return List.copyOf(steps);
    }

    public List<PlacementMove> getMoves() {
        return List.copyOf(moves);
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getRowVersion() {
        return rowVersion;
    }
}
