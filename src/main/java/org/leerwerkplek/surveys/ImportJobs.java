package org.leerwerkplek.surveys;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.LongConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.leerwerkplek.platform.jobs.BackgroundJobs;
import org.leerwerkplek.platform.jobs.JobRecord;
import org.leerwerkplek.platform.jobs.JobRunner;
import org.leerwerkplek.platform.tables.StrictUtf8Reader;
import org.leerwerkplek.surveys.csv.ImportResult;
import org.leerwerkplek.surveys.csv.ImportResultJson;

/**
 * Response imports run in the background so that a page can show their progress: the uploaded
 * file is read from a temporary file, the bytes read so far give the progress, and the outcome
 * (stored, or every error) is kept for an hour for the user who started it. The jobs are
 * {@linkplain BackgroundJobs background jobs}, so their state is in the database: any instance
 * shows it. The import itself is one transaction, so an instance that stops mid-import stores
 * nothing, and the job then reads as failed because its instance stopped.
 */
@ApplicationScoped
public class ImportJobs {

    static final String KIND = "survey-import";

    /** Where an import is. */
    public enum State { RUNNING, STORED, REFUSED, FAILED }

    /**
     * What a page shows of an import; {@code result} is there once it is read.
     *
     * @param instanceStopped whether it failed because the instance that ran it stopped
     */
    public record Status(String id, String subject, State state, long bytesRead, long bytesTotal,
                         Optional<ImportResult> result, boolean instanceStopped) {

        /** The share of the file read, 0–100. */
        public int percent() {
            return bytesTotal == 0 ? 100 : (int) Math.min(100, bytesRead * 100 / bytesTotal);
        }
    }

    private static final Logger LOG = Logger.getLogger(ImportJobs.class.getName());

    private BackgroundJobs jobs;
    private ResponseImport data;

    /** For the CDI proxy only. */
    protected ImportJobs() {
    }

    @Inject
    public ImportJobs(BackgroundJobs jobs, ResponseImport data) {
        this.jobs = jobs;
        this.data = data;
    }

    /**
     * Starts importing {@code file} (which this takes over and deletes when done) into the
     * version; returns the job's id, which only {@code user} can follow.
     */
    public String start(InstrumentVersion version, Path file, String user) throws IOException {
        String subject = version.instrument().id() + " v" + version.instrument().version();
        return jobs.start(KIND, user, subject, Files.size(file), progress -> run(version, file, user, progress::done));
    }

    /** The job {@code id} if {@code user} started it. */
    public Optional<Status> status(String id, String user) {
        return jobs.find(id, user, KIND).map(ImportJobs::status);
    }

    private JobRunner.Outcome run(InstrumentVersion version, Path file, String user, LongConsumer read)
            throws IOException {
        try (InputStream in = new Counting(new BufferedInputStream(Files.newInputStream(file), 1 << 16), read)) {
            ImportResult stored = data.importCsv(version, new StrictUtf8Reader(in), user,
                    records -> { });
            return JobRunner.Outcome.succeeded(ImportResultJson.write(stored), null);
        } catch (ResponseImport.ImportRefused refused) {
            return JobRunner.Outcome.refused(ImportResultJson.write(refused.result()));
        } catch (RuntimeException e) {
            if (e.getCause() instanceof ResponseImport.ImportRefused refused) {
                return JobRunner.Outcome.refused(ImportResultJson.write(refused.result()));
            }
            throw e;
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                LOG.log(Level.WARNING, "Could not delete the uploaded file " + file, e);
            }
        }
    }

    private static Status status(JobRecord job) {
        State state = switch (job.state()) {
            case RUNNING -> State.RUNNING;
            case SUCCEEDED -> State.STORED;
            case REFUSED -> State.REFUSED;
            case FAILED -> State.FAILED;
        };
        Optional<ImportResult> result = state == State.STORED || state == State.REFUSED
                ? job.outcome().map(ImportResultJson::read) : Optional.empty();
        return new Status(job.id(), job.subject(), state, job.done(), job.total(), result, job.instanceStopped());
    }

    /** Counts the bytes read through it. */
    private static final class Counting extends FilterInputStream {

        private final LongConsumer read;
        private long count;

        Counting(InputStream in, LongConsumer read) {
            super(in);
            this.read = read;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                read.accept(++count);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count += n;
                read.accept(count);
            }
            return n;
        }
    }
}
