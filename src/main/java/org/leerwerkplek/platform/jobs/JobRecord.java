package org.leerwerkplek.platform.jobs;

import java.time.Instant;
import java.util.Optional;

/**
 * A background job as every instance sees it.
 *
 * @param heartbeatAt when the instance that runs it last said it is alive
 * @param outcome what the work reported (a part's own text, e.g. an import's errors as JSON), or
 *                for a failure {@link JobRunner#INSTANCE_STOPPED} / {@link JobRunner#ERROR}
 * @param hasResult whether a result (e.g. a PDF) can be downloaded
 */
public record JobRecord(String id, String kind, String owner, String subject, JobState state, long done, long total,
                        String instance, Instant startedAt, Instant heartbeatAt, Optional<Instant> finishedAt,
                        Optional<String> outcome,
                        boolean hasResult) {

    /** The share done, 0–100; 100 once finished. */
    public int percent() {
        if (state.finished() || total <= 0) {
            return state.finished() ? 100 : 0;
        }
        return (int) Math.min(100, done * 100 / total);
    }

    /** Whether it failed because the instance that ran it stopped. */
    public boolean instanceStopped() {
        return state == JobState.FAILED && outcome.filter(JobRunner.INSTANCE_STOPPED::equals).isPresent();
    }
}
