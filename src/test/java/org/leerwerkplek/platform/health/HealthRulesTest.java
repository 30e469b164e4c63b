package org.leerwerkplek.platform.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.leerwerkplek.platform.health.HealthRules.Verdict;
import org.leerwerkplek.platform.health.StartupState.Phase;

class HealthRulesTest {

    @Test
    void aliveUnlessThreadsAreDeadlocked() {
        assertTrue(HealthRules.liveness(null).up());
        assertTrue(HealthRules.liveness(new long[0]).up());
        Verdict stuck = HealthRules.liveness(new long[] {12, 13});
        assertFalse(stuck.up());
        assertEquals("2 threads deadlocked", stuck.reason());
    }

    @Test
    void notReadyWhileStartingOrMigratingAndTheDatabaseIsNotAskedThen() {
        AtomicInteger asked = new AtomicInteger();
        Verdict starting = HealthRules.readiness(Phase.STARTING, () -> asked.incrementAndGet() > 0);
        Verdict migrating = HealthRules.readiness(Phase.MIGRATING, () -> asked.incrementAndGet() > 0);
        assertFalse(starting.up());
        assertFalse(migrating.up());
        assertEquals("migrating the database", migrating.reason());
        assertEquals(0, asked.get());
    }

    @Test
    void readyOnceStartedWhileTheDatabaseAnswers() {
        assertTrue(HealthRules.readiness(Phase.STARTED, () -> true).up());
        Verdict unreachable = HealthRules.readiness(Phase.STARTED, () -> false);
        assertFalse(unreachable.up());
        assertEquals("database does not answer", unreachable.reason());
    }

    @Test
    void theStartUpMovesThroughItsPhases() {
        StartupState state = new StartupState();
        assertEquals(Phase.STARTING, state.phase());
        state.migrating();
        assertEquals(Phase.MIGRATING, state.phase());
        state.started();
        assertEquals(Phase.STARTED, state.phase());
    }
}
