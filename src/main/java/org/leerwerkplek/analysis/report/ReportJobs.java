package org.leerwerkplek.analysis.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.leerwerkplek.analysis.AnalysisService;
import org.leerwerkplek.analysis.Dashboard;
import org.leerwerkplek.analysis.Selection;
import org.leerwerkplek.analysis.Tables;
import org.leerwerkplek.platform.audit.AuditAction;
import org.leerwerkplek.platform.audit.AuditLog;
import org.leerwerkplek.platform.jobs.BackgroundJobs;
import org.leerwerkplek.platform.jobs.JobRecord;
import org.leerwerkplek.platform.jobs.JobRunner;
import org.leerwerkplek.surveys.definition.model.Language;

/**
 * Analysis reports made in the background: a job computes the dashboard of an instrument and
 * writes its PDF while its progress can be followed; the PDF is kept for an hour for the user who
 * asked for it. The jobs are {@linkplain BackgroundJobs background jobs}: their state and the PDF
 * are in the database, so any instance shows the progress and hands out the file.
 */
@ApplicationScoped
public class ReportJobs {

    static final String KIND = "analysis-report";

    /** Where a report is. */
    public enum State { RUNNING, READY, FAILED }

    /** What a page or the API shows of a report. */
    public record Status(String id, String instrument, State state, int percent) {
    }

    @Inject
    AnalysisService analysis;

    @Inject
    BackgroundJobs jobs;

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    /**
     * Starts the report of the respondents {@code selection} chooses, for {@code user}; returns the
     * job's id. The respondents are chosen here, so a selection that cannot be counted (unknown
     * instrument, wave or subgroup) is refused before any job starts, and the job counts them once.
     */
    public String start(Selection selection, String user) throws IOException {
        Tables tables = analysis.tables(selection);
        return jobs.start(KIND, user, selection.instrument(), 100, progress -> run(selection, tables, progress));
    }

    public Optional<Status> status(String id, String user) {
        return jobs.find(id, user, KIND).map(ReportJobs::status);
    }

    /**
     * The finished PDF of job {@code id}, if {@code user} asked for it and it is ready; handing it
     * out is an EXPORT of response data in the audit trail ({@code analysis-report}, by instrument).
     */
    public Optional<byte[]> pdf(String id, String user) {
        Optional<JobRecord> job = jobs.find(id, user, KIND);
        Optional<byte[]> pdf = job.flatMap(jobs::result);
        if (pdf.isPresent()) {
            audit.record(AuditAction.EXPORT, "analysis-report", job.get().subject() + ":pdf", List.of());
        }
        return pdf;
    }

    /** A file name for the report of {@code instrument}. */
    public static String fileName(String instrument, LocalDate date) {
        return instrument + "-analyse-" + date + ".pdf";
    }

    private JobRunner.Outcome run(Selection selection, Tables tables, JobRunner.Progress progress) throws IOException {
        progress.done(1);
        Language language = selection.language();
        Dashboard dashboard = Dashboard.of(tables, analysis.crossTabOptions(), language);
        String title = analysis.definition(selection.instrument(), selection.version()).title().in(language);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        new AnalysisReport(language).write(title, dashboard, analysis.counted(selection, tables),
                analysis.scope(selection, tables), LocalDate.now(clock), pdf,
                percent -> progress.done(Math.max(1, percent)));
        return JobRunner.Outcome.succeeded(null, pdf.toByteArray());
    }

    private static Status status(JobRecord job) {
        State state = switch (job.state()) {
            case RUNNING -> State.RUNNING;
            case SUCCEEDED -> State.READY;
            case REFUSED, FAILED -> State.FAILED;
        };
        return new Status(job.id(), job.subject(), state, state == State.RUNNING ? job.percent() : 100);
    }
}
