package org.leerwerkplek.platform.health;

import jakarta.enterprise.context.ApplicationScoped;

/** Where this node's start has got to, as the start-up tells it; readiness reads it. */
@ApplicationScoped
public class StartupState {

    public enum Phase {
        /** Deployed, the start-up has not begun its work yet. */
        STARTING,
        /** The database migrations run (on a cluster, possibly waiting for another node's lock). */
        MIGRATING,
        /** Migrated and the first admin checked: the node may take requests. */
        STARTED
    }

    private volatile Phase phase = Phase.STARTING;

    public Phase phase() {
        return phase;
    }

    public void migrating() {
        phase = Phase.MIGRATING;
    }

    public void started() {
        phase = Phase.STARTED;
    }
}
