package org.leerwerkplek.platform.jobs;

/** Where a background job is. */
public enum JobState {
    /** Under way on {@link JobRecord#instance()}. */
    RUNNING,
    /** Done; its outcome (and result, if any) can be read. */
    SUCCEEDED,
    /** Done without effect because the input was refused; its outcome says why. */
    REFUSED,
    /** Stopped by an error, or its instance stopped; nothing half-done is kept by the work itself. */
    FAILED;

    public boolean finished() {
        return this != RUNNING;
    }
}
