package org.leerwerkplek.platform.jobs;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import javax.sql.DataSource;
import org.leerwerkplek.platform.persistence.DataSourceSetup;

/**
 * The background jobs of this application (see {@link JobRunner}): the parts start their long work
 * here (imports, reports) and read its state, from whichever instance the user's next request
 * reaches.
 */
@ApplicationScoped
public class BackgroundJobs {

    @Resource(lookup = DataSourceSetup.JNDI_NAME)
    DataSource dataSource;

    @Resource
    ManagedExecutorService executor;

    @Inject
    Clock clock;

    @Inject
    OutsideTransactions outside;

    private JobRunner runner;

    @PostConstruct
    void start() {
        runner = new JobRunner(new JobStore(dataSource, outside::run), clock, executor, InstanceName.current());
    }

    /** See {@link JobRunner#start}. */
    public String start(String kind, String owner, String subject, long total, JobRunner.Work work) {
        return runner.start(kind, owner, subject, total, work);
    }

    /** See {@link JobRunner#find}. */
    public Optional<JobRecord> find(String id, String owner, String kind) {
        return runner.find(id, owner, kind);
    }

    /** See {@link JobRunner#result}. */
    public Optional<byte[]> result(String id, String owner, String kind) {
        return runner.result(id, owner, kind);
    }

    /** See {@link JobRunner#result(JobRecord)}. */
    public Optional<byte[]> result(JobRecord job) {
        return runner.result(job);
    }

    void heartbeat() {
        runner.heartbeat();
    }
}
