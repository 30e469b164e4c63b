package org.leerwerkplek.placements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.leerwerkplek.platform.DomainException;

class PlacementTest {

    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

    @Test
    void movesOnePhaseAtATimeAndRecordsDateWhoAndWhy() {
        Placement p = new Placement(7, new Candidate("An Peeters", "an@example.be", "wil metselen"), "advisor1", T0);
        assertEquals(Phase.WERVING_WERKGEVER, p.getPhase());
        p.forward("advisor1", "werkgever akkoord", T0.plusSeconds(86_400));
        assertEquals(Phase.WERVING_KANDIDATEN, p.getPhase());
        assertEquals(T0.plusSeconds(86_400), p.getPhaseSince());
        PlacementMove last = p.getMoves().get(1);
        assertEquals(Phase.WERVING_WERKGEVER, last.from().orElseThrow());
        assertEquals(Phase.WERVING_KANDIDATEN, last.to());
        assertEquals("advisor1", last.by());
        assertEquals("werkgever akkoord", last.reason().orElseThrow());
        assertFalse(last.stepBack());
        assertTrue(p.getMoves().get(0).from().isEmpty(), "the start is the first entry");
    }

    @Test
    void goesBackOnlyWithAReason() {
        Placement p = new Placement(7, Candidate.NONE, "advisor1", T0);
        p.forward("advisor1", null, T0.plusSeconds(60));
        DomainException refused = assertThrows(DomainException.class, () -> p.back("advisor1", "  ", T0.plusSeconds(120)));
        assertEquals("placement.back.reasonRequired", refused.messageKey());
        assertEquals(Phase.WERVING_KANDIDATEN, p.getPhase(), "nothing changed");
        assertEquals(2, p.getMoves().size());
        p.back("advisor1", "kandidaat haakte af", T0.plusSeconds(180));
        assertEquals(Phase.WERVING_WERKGEVER, p.getPhase());
        PlacementMove back = p.getMoves().get(2);
        assertTrue(back.stepBack());
        assertEquals("kandidaat haakte af", back.reason().orElseThrow());
    }

    @Test
    void theFirstPhaseHasNoneBeforeAndTheLastNoneAfter() {
        Placement p = new Placement(7, Candidate.NONE, "a", T0);
        assertEquals("placement.move.first", assertThrows(DomainException.class, () -> p.back("a", "x", T0)).messageKey());
        for (int i = 0; i < 6; i++) {
            p.forward("a", null, T0.plusSeconds(i + 1));
        }
        assertEquals(Phase.NAZORG, p.getPhase());
        assertEquals("placement.move.last", assertThrows(DomainException.class, () -> p.forward("a", null, T0)).messageKey());
        assertEquals(7, p.getMoves().size());
    }

    @Test
    void theChecklistHoldsTheSeedsSubStepsOnly() {
        Placement p = new Placement(7, Candidate.NONE, "a", T0);
        p.step("BEMIDDELING.verwijzen", true, "a", T0);
        assertEquals(List.of("BEMIDDELING.verwijzen"), p.getSteps().stream().map(PlacementStep::step).toList());
        p.step("BEMIDDELING.verwijzen", false, "a", T0);
        assertTrue(p.getSteps().isEmpty());
        assertEquals("placement.step.unknown",
                assertThrows(DomainException.class, () -> p.step("BEMIDDELING.nope", true, "a", T0)).messageKey());
        assertEquals(18, java.util.Arrays.stream(Phase.values()).mapToInt(ph -> ph.steps().size()).sum(),
                "seed 002 names 18 sub-steps (its tips left out) over the seven phases");
    }

    @Test
    void aCopyOlderThanTheStoredOneIsRefused() {
        Placement p = new Placement(7, Candidate.NONE, "a", T0);
        p.requireVersion(0);
        assertEquals("placement.changedMeanwhile", assertThrows(DomainException.class, () -> p.requireVersion(1)).messageKey());
    }

    @Test
    void erasingRemovesThePeopleButKeepsThePhases() {
        Placement p = new Placement(7, new Candidate("An", "an@example.be", "notes"), "a", T0);
        p.mentor("Jef", "Jef@Example.be", T0);
        assertEquals("jef@example.be", p.getMentorEmail());
        p.forward("a", "An is klaar", T0.plusSeconds(5));
        p.erasePeople(T0.plusSeconds(10));
        assertNull(p.getCandidate().name());
        assertNull(p.getCandidate().contact());
        assertNull(p.getMentorEmail());
        assertTrue(p.getMoves().get(1).reason().isEmpty());
        assertEquals(Phase.WERVING_KANDIDATEN, p.getPhase());
    }
}
