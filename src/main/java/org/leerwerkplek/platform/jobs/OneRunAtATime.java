package org.leerwerkplek.platform.jobs;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The rule every scheduled job of an instance keeps: one run at a time. A timer's run is skipped
 * while another is under way, and its failure is logged and left to the next run; a run asked for
 * now (an admin's "run now") waits for the one under way to end, for at most a set time.
 *
 * <p>Across instances the jobs rely on the database (claims, unique keys), not on this lock.
 */
public final class OneRunAtATime {

    /** How long a run asked for now waits for a run under way, unless told otherwise. */
    public static final Duration ADMIN_WAIT = Duration.ofMinutes(2);

    private final ReentrantLock running = new ReentrantLock();
    private final String job;
    private final Duration wait;
    private final Logger log;

    public OneRunAtATime(String job, Duration wait, Logger log) {
        this.job = job;
        this.wait = wait;
        this.log = log;
    }

    public OneRunAtATime(String job, Logger log) {
        this(job, ADMIN_WAIT, log);
    }

    /**
     * A timer's run: does nothing when a run is under way; a failure is logged as a warning.
     *
     * @return whether the work ran and ended without an exception
     */
    public boolean onTimer(Runnable work) {
        if (!running.tryLock()) {
            return false;
        }
        try {
            work.run();
            return true;
        } catch (RuntimeException e) {
            log.log(Level.WARNING, job + " failed; the next run tries again", e);
            return false;
        } finally {
            running.unlock();
        }
    }

    /**
     * Runs now, after the run under way; an exception of {@code work} reaches the caller.
     *
     * @return what the work returned; empty when the run under way did not end in time (or the
     *         waiting thread was interrupted)
     */
    public <T> Optional<T> now(Supplier<T> work) {
        try {
            if (!running.tryLock(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                return Optional.empty();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
        try {
            return Optional.of(work.get());
        } finally {
            running.unlock();
        }
    }
}
