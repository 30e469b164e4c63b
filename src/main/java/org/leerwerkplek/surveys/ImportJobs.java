package org.leerwerkplek.surveys;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.leerwerkplek.platform.security.SecretToken;
import org.leerwerkplek.platform.tables.StrictUtf8Reader;
import org.leerwerkplek.surveys.csv.ImportResult;

/**
 * Response imports run in the background so that a page can show their progress: the uploaded
 * file is read from a temporary file, the bytes read so far give the progress, and the outcome
 * (stored, or every error) is kept for an hour for the user who started it. The jobs live in
 * this instance's memory; the import itself is one transaction, so an instance that stops
 * mid-import stores nothing.
 */
@ApplicationScoped
public class ImportJobs {

    /** Where an import is. */
    public enum State { RUNNING, STORED, REFUSED, FAILED }

    /** What a page shows of an import; {@code result} is there once it is read. */
    public record Status(String id, String instrumentId, int version, State state, long bytesRead, long bytesTotal,
                         Optional<ImportResult> result) {

        /** The share of the file read, 0–100. */
        public int percent() {
            return bytesTotal == 0 ? 100 : (int) Math.min(100, bytesRead * 100 / bytesTotal);
        }
    }

    private static final Logger LOG = Logger.getLogger(ImportJobs.class.getName());
    private static final Duration KEPT = Duration.ofHours(1);

    @Resource
    ManagedExecutorService executor;

    @Inject
    SurveyDataService data;

    private final Clock clock = Clock.systemUTC();
    private final Map<String, Job> jobs = new ConcurrentHashMap<>();

    /**
     * Starts importing {@code file} (which this takes over and deletes when done) into the
     * version; returns the job's id, which only {@code user} can follow.
     */
    public String start(SurveyDataService.VersionOf version, Path file, String user) throws IOException {
        forgetOld();
        Job job = new Job(SecretToken.generate(), version, user, Files.size(file), clock.instant());
        jobs.put(job.id, job);
        executor.submit(() -> run(job, file));
        return job.id;
    }

    /** The job {@code id} if {@code user} started it. */
    public Optional<Status> status(String id, String user) {
        return Optional.ofNullable(id == null ? null : jobs.get(id))
                .filter(job -> job.user.equals(user))
                .map(Job::status);
    }

    private void run(Job job, Path file) {
        try (InputStream in = new Counting(new BufferedInputStream(Files.newInputStream(file), 1 << 16), job.read)) {
            job.finish(State.STORED, data.importCsv(job.version, new StrictUtf8Reader(in),
                    job.user, records -> { }));
        } catch (SurveyDataService.ImportRefused refused) {
            job.finish(State.REFUSED, refused.result());
        } catch (RuntimeException | IOException e) {
            if (e.getCause() instanceof SurveyDataService.ImportRefused refused) {
                job.finish(State.REFUSED, refused.result());
            } else {
                LOG.log(Level.WARNING, "Import " + job.id + " failed", e);
                job.finish(State.FAILED, null);
            }
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                LOG.log(Level.WARNING, "Could not delete the uploaded file " + file, e);
            }
        }
    }

    private void forgetOld() {
        Instant limit = clock.instant().minus(KEPT);
        jobs.values().removeIf(job -> job.state != State.RUNNING && job.started.isBefore(limit));
    }

    private static final class Job {

        final String id;
        final SurveyDataService.VersionOf version;
        final String user;
        final long size;
        final Instant started;
        final AtomicLong read = new AtomicLong();
        volatile State state = State.RUNNING;
        volatile ImportResult result;

        Job(String id, SurveyDataService.VersionOf version, String user, long size, Instant started) {
            this.id = id;
            this.version = version;
            this.user = user;
            this.size = size;
            this.started = started;
        }

        void finish(State outcome, ImportResult importResult) {
            this.result = importResult;
            this.state = outcome;
        }

        Status status() {
            return new Status(id, version.instrument().id(), version.instrument().version(), state,
                    state == State.RUNNING ? read.get() : size, size, Optional.ofNullable(result));
        }
    }

    /** Counts the bytes read through it. */
    private static final class Counting extends FilterInputStream {

        private final AtomicLong count;

        Counting(InputStream in, AtomicLong count) {
            super(in);
            this.count = count;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count.incrementAndGet();
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count.addAndGet(n);
            }
            return n;
        }
    }
}
