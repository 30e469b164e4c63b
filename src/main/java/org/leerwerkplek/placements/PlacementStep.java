package org.leerwerkplek.placements;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/** A ticked sub-step of a placement's checklist: which, when and by whom. */
@Embeddable
public class PlacementStep {

    @Column(name = "step", nullable = false, length = 64)
    private String step;

    @Column(name = "done_at", nullable = false)
    private Instant doneAt;

    @Column(name = "done_by", nullable = false, length = 64)
    private String doneBy;

    protected PlacementStep() {
    }

    PlacementStep(String step, Instant doneAt, String doneBy) {
        this.step = step;
        this.doneAt = doneAt;
        this.doneBy = doneBy;
    }

    public String step() {
        return step;
    }

    public Instant doneAt() {
        return doneAt;
    }

    public String doneBy() {
        return doneBy;
    }
}
