package org.leerwerkplek.placements;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/**
 * One entry of a placement's history: from which phase (none at its start) to which, when, by whom
 * (a user name; {@code V27} for the placements taken over from a company's single phase) and why.
 */
@Entity
@Table(name = "placement_move")
public class PlacementMove {

    /** Who made the history entries of the placements V27 took over from the companies' phase. */
    public static final String MIGRATION = "V27";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "placement_id", nullable = false)
    private Placement placement;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_phase", length = 32)
    private Phase fromPhase;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_phase", nullable = false, length = 32)
    private Phase toPhase;

    @Column(name = "moved_at", nullable = false)
    private Instant movedAt;

    @Column(name = "moved_by", nullable = false, length = 64)
    private String movedBy;

    @Column(length = 1000)
    private String reason;

    @Column(name = "step_back", nullable = false)
    private boolean stepBack;

    protected PlacementMove() {
    }

    PlacementMove(Placement placement, Phase from, Phase to, Instant at, String by, String reason, boolean stepBack) {
        this.placement = placement;
        this.fromPhase = from;
        this.toPhase = to;
        this.movedAt = at;
        this.movedBy = by;
        this.reason = reason;
        this.stepBack = stepBack;
    }

    void eraseReason() {
        this.reason = null;
    }

    public Optional<Phase> from() {
        return Optional.ofNullable(fromPhase);
    }

    public Phase to() {
        return toPhase;
    }

    public Instant at() {
        return movedAt;
    }

    public String by() {
        return movedBy;
    }

    public Optional<String> reason() {
        return Optional.ofNullable(reason);
    }

    public boolean stepBack() {
        return stepBack;
    }

    /** Whether this entry is the one V27 wrote when it took the phase over from the company. */
    public boolean fromCompanyPhase() {
        return MIGRATION.equals(movedBy);
    }
}
