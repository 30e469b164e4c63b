package org.leerwerkplek.platform.health;

import java.util.function.BooleanSupplier;

/**
 * When a node counts as alive and when as ready, without a container. Alive: the process answers and
 * none of its threads are deadlocked (the database is not asked: a database outage must not make an
 * orchestrator restart healthy nodes). Ready: started (the migrations done) and the database answers
 * within the readiness timeout; a load balancer sends requests only to ready nodes.
 */
public final class HealthRules {

    /** A check's outcome: up or down, and in a few words why. */
    public record Verdict(boolean up, String reason) {
    }

    private HealthRules() {
    }

    /** {@code deadlocked}: the ids of deadlocked threads, or null for none (as {@code ThreadMXBean} says it). */
    public static Verdict liveness(long[] deadlocked) {
        return deadlocked == null || deadlocked.length == 0
                ? new Verdict(true, "running")
                : new Verdict(false, deadlocked.length + " threads deadlocked");
    }

    /** The database is asked only once the node has started. */
    public static Verdict readiness(StartupState.Phase phase, BooleanSupplier databaseAnswers) {
        return switch (phase) {
            case STARTING -> new Verdict(false, "starting");
            case MIGRATING -> new Verdict(false, "migrating the database");
            case STARTED -> databaseAnswers.getAsBoolean()
                    ? new Verdict(true, "database answers")
                    : new Verdict(false, "database does not answer");
        };
    }
}
