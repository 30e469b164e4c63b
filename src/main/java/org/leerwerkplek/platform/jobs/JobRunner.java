package org.leerwerkplek.platform.jobs;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.leerwerkplek.platform.security.SecretToken;

/**
 * Runs work in the background and keeps its state in the database ({@link JobStore}), so that any
 * instance can show a job's progress and outcome and hand out its result. The instance that runs a
 * job refreshes its heartbeat; a job whose instance has been silent for {@link #SILENCE} is marked
 * failed with {@link #INSTANCE_STOPPED} — the work itself must be all or nothing (an import is one
 * transaction), so such a job can simply be started again.
 *
 * <p>Only the user who started a job sees it, and only under its kind.
 */
public final class JobRunner {

    /** The outcome of a job whose instance stopped while it ran. */
    public static final String INSTANCE_STOPPED = "instance-stopped";
    /** The outcome of a job whose work ended with an error (the log has it). */
    public static final String ERROR = "error";
    /** How often the running instance says its jobs are alive. */
    public static final Duration HEARTBEAT = Duration.ofSeconds(20);
    /** How long an instance may be silent before its running jobs are marked failed. */
    public static final Duration SILENCE = Duration.ofSeconds(90);
    /** How long a finished job stays readable. */
    public static final Duration KEPT = Duration.ofHours(1);
    /** At most one progress write per job in this time. */
    static final Duration PROGRESS_EVERY = Duration.ofMillis(500);

    private static final Logger LOG = Logger.getLogger(JobRunner.class.getName());

    /** The work of a job; it reports progress as it goes. */
    @FunctionalInterface
    public interface Work {
        Outcome run(Progress progress) throws Exception;
    }

    /** Progress of a job: how much of its total is done. */
    @FunctionalInterface
    public interface Progress {
        void done(long done);
    }

    /** How a job's work ended, with the text a page shows and an optional result to download. */
    public record Outcome(JobState state, String text, byte[] result) {

        public Outcome {
            if (state != JobState.SUCCEEDED && state != JobState.REFUSED) {
                throw new IllegalArgumentException("an outcome succeeds or is refused: " + state);
            }
        }

        public static Outcome succeeded(String text, byte[] result) {
            return new Outcome(JobState.SUCCEEDED, text, result);
        }

        public static Outcome refused(String text) {
            return new Outcome(JobState.REFUSED, text, null);
        }
    }

    private final JobStore store;
    private final Clock clock;
    private final Executor executor;
    private final String instance;

    public JobRunner(JobStore store, Clock clock, Executor executor, String instance) {
        this.store = store;
        this.clock = clock;
        this.executor = executor;
        this.instance = instance;
    }

    /**
     * Starts {@code work} as a job of {@code kind} for {@code owner}; {@code subject} says what it
     * works on (shown on pages), {@code total} what its progress counts up to.
     *
     * @return the job's id, a secret that only {@code owner} can follow
     */
    public String start(String kind, String owner, String subject, long total, Work work) {
        Objects.requireNonNull(work, "work");
        String id = SecretToken.generate();
        Instant now = clock.instant();
        store.insert(new JobRecord(id, kind, owner, subject, JobState.RUNNING, 0, total, instance, now, now,
                Optional.empty(), Optional.empty(), false));
        executor.execute(() -> run(id, kind, work));
        return id;
    }

    /** The job {@code id} of {@code kind} if {@code owner} started it; a job whose instance went silent reads as failed. */
    public Optional<JobRecord> find(String id, String owner, String kind) {
        if (id == null || owner == null) {
            return Optional.empty();
        }
        Optional<JobRecord> job = store.find(id).filter(j -> j.owner().equals(owner) && j.kind().equals(kind));
        Instant silentSince = clock.instant().minus(SILENCE);
        if (job.isPresent() && job.get().state() == JobState.RUNNING && job.get().heartbeatAt().isBefore(silentSince)
                && store.markStopped(silentSince, clock.instant()) > 0) {
            return store.find(id);
        }
        return job;
    }

    /** The result of the finished job {@code id} of {@code kind}, if {@code owner} started it. */
    public Optional<byte[]> result(String id, String owner, String kind) {
        return find(id, owner, kind).flatMap(this::result);
    }

    /** The result of {@code job}, found before with {@link #find}. */
    public Optional<byte[]> result(JobRecord job) {
        return job.hasResult() ? store.result(job.id()) : Optional.empty();
    }

    /**
     * This instance's running jobs are alive; jobs of silent instances are marked failed; jobs
     * that ended more than {@link #KEPT} ago are removed.
     */
    public void heartbeat() {
        Instant now = clock.instant();
        store.heartbeat(instance, now);
        int stopped = store.markStopped(now.minus(SILENCE), now);
        if (stopped > 0) {
            LOG.warning(() -> stopped + " background job(s) marked failed: their instance stopped");
        }
        store.deleteEndedBefore(now.minus(KEPT));
    }

    private void run(String id, String kind, Work work) {
        Throttled progress = new Throttled(id);
        Outcome outcome;
        try {
            outcome = work.run(progress);
        } catch (Exception | Error e) {
            LOG.log(Level.WARNING, "Background job " + id + " (" + kind + ") failed", e);
            store.finish(id, JobState.FAILED, ERROR, null, clock.instant());
            if (e instanceof Error error) {
                throw error;
            }
            return;
        }
        store.finish(id, outcome.state(), outcome.text(), outcome.result(), clock.instant());
    }

    /** Writes progress at most every {@link #PROGRESS_EVERY}. */
    private final class Throttled implements Progress {

        private final String id;
        private Instant last;

        Throttled(String id) {
            this.id = id;
        }

        @Override
        public synchronized void done(long done) {
            Instant now = clock.instant();
            if (last == null || Duration.between(last, now).compareTo(PROGRESS_EVERY) >= 0) {
                last = now;
                store.progress(id, done, now);
            }
        }
    }
}
