package org.leerwerkplek.placements;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A placement as its page and the API show it. For a caller who sees people as pseudonyms (an
 * analyst) the candidate, the mentor and the reasons are left out.
 *
 * @param version  the row version to send back with a change, so a change on an older copy is refused
 * @param done     the ticked sub-steps' codes
 * @param editable whether the caller may move it and change it (it may change the company)
 */
public record PlacementView(long id, long version, long companyId, String companyName, Phase phase,
                            Instant phaseSince, long daysInPhase, boolean stalled, Candidate candidate,
                            String mentorName, String mentorEmail, Set<String> done, List<Move> history,
                            boolean editable, boolean pseudonymised) {

    /** One entry of the history. */
    public record Move(Phase from, Phase to, Instant at, String by, String reason, boolean stepBack,
                       boolean fromCompanyPhase) {
    }

    public PlacementView {
        done = Set.copyOf(done);
        history = List.copyOf(history);
    }
}
