package org.leerwerkplek.analysis.report;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.leerwerkplek.analysis.AnalysisService;
import org.leerwerkplek.analysis.Dashboard;
import org.leerwerkplek.analysis.DemoDataService;
import org.leerwerkplek.analysis.Selection;
import org.leerwerkplek.analysis.Tables;
import org.leerwerkplek.platform.audit.AuditAction;
import org.leerwerkplek.platform.audit.AuditLog;
import org.leerwerkplek.platform.security.SecretToken;
import org.leerwerkplek.surveys.definition.Language;

/**
 * Analysis reports made in the background: a job computes the dashboard of an instrument and
 * writes its PDF to a temporary file while its progress can be followed; the file is kept for an
 * hour for the user who asked for it. Jobs live in this instance's memory.
 */
@ApplicationScoped
public class ReportJobs {

    /** Where a report is. */
    public enum State { RUNNING, READY, FAILED }

    /** What a page or the API shows of a report. */
    public record Status(String id, String instrument, State state, int percent) {
    }

    private static final Logger LOG = Logger.getLogger(ReportJobs.class.getName());
    private static final Duration KEPT = Duration.ofHours(1);

    @Resource
    ManagedExecutorService executor;

    @Inject
    AnalysisService analysis;

    @Inject
    DemoDataService demo;

    @Inject
    AuditLog audit;

    private final Clock clock = Clock.systemUTC();
    private final Map<String, Job> jobs = new ConcurrentHashMap<>();

    /**
     * Starts the report of the respondents {@code selection} chooses, for {@code user}; returns the
     * job's id. The respondents are chosen here, so a selection that cannot be counted (unknown
     * instrument, wave or subgroup) is refused before any job starts, and the job counts them once.
     */
    public String start(Selection selection, String user) throws IOException {
        forgetOld();
        Tables tables = analysis.tables(selection);
        Job job = new Job(SecretToken.generate(), selection.instrument(), user,
                Files.createTempFile("lwp-report-", ".pdf"), clock.instant());
        jobs.put(job.id, job);
        executor.submit(() -> run(job, selection, tables));
        return job.id;
    }

    public Optional<Status> status(String id, String user) {
        return job(id, user).map(Job::status);
    }

    /**
     * The finished PDF of job {@code id}, if {@code user} asked for it and it is ready; handing it
     * out is an EXPORT of response data in the audit trail ({@code analysis-report}, by instrument).
     */
    public Optional<Path> pdf(String id, String user) {
        Optional<Job> ready = job(id, user).filter(job -> job.state == State.READY);
        ready.ifPresent(job -> audit.record(AuditAction.EXPORT, "analysis-report", job.instrument + ":pdf", List.of()));
        return ready.map(job -> job.file);
    }

    /** A file name for the report of {@code instrument}. */
    public static String fileName(String instrument, LocalDate date) {
        return instrument + "-analyse-" + date + ".pdf";
    }

    private Optional<Job> job(String id, String user) {
        return Optional.ofNullable(id == null ? null : jobs.get(id)).filter(job -> job.user.equals(user));
    }

    private void run(Job job, Selection selection, Tables tables) {
        try (OutputStream out = Files.newOutputStream(job.file)) {
            job.percent.set(1);
            Language language = selection.language();
            Dashboard dashboard = Dashboard.of(tables, analysis.crossTabOptions(), language);
            String title = analysis.definition(job.instrument, selection.version()).title().in(language);
            new AnalysisReport(language).write(title, dashboard, analysis.counted(selection, tables),
                    analysis.scope(selection, tables), LocalDate.now(clock), out,
                    percent -> job.percent.set(Math.max(1, percent)));
            job.state = State.READY;
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Report " + job.id + " of " + job.instrument + " failed", e);
            job.state = State.FAILED;
        }
    }

    private void forgetOld() {
        Instant limit = clock.instant().minus(KEPT);
        jobs.values().removeIf(job -> {
            boolean old = job.state != State.RUNNING && job.started.isBefore(limit);
            if (old) {
                delete(job.file);
            }
            return old;
        });
    }

    @PreDestroy
    void deleteFiles() {
        jobs.values().forEach(job -> delete(job.file));
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.log(Level.FINE, "Could not delete " + file, e);
        }
    }

    private static final class Job {

        final String id;
        final String instrument;
        final String user;
        final Path file;
        final Instant started;
        final AtomicInteger percent = new AtomicInteger();
        volatile State state = State.RUNNING;

        Job(String id, String instrument, String user, Path file, Instant started) {
            this.id = id;
            this.instrument = instrument;
            this.user = user;
            this.file = file;
            this.started = started;
        }

        Status status() {
            return new Status(id, instrument, state, state == State.READY ? 100 : percent.get());
        }
    }
}
