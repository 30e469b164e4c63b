package org.leerwerkplek.platform.jobs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.leerwerkplek.platform.testing.MigratedDatabase;
import org.leerwerkplek.platform.testing.MutableClock;

/** Background jobs in the database, as two instances sharing it see them. */
class JobRunnerTest {

    /** One database for the class (migrating one takes seconds); every test works on jobs of its own. */
    private static MigratedDatabase database;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-04T10:00:00Z"));
    /** Work handed to an executor but not yet run, so a test decides when it runs. */
    private final List<Runnable> queued = new ArrayList<>();
    private final JobRunner nodeA;
    private final JobRunner nodeB;

    @BeforeAll
    static void migrate() throws Exception {
        database = new MigratedDatabase("jobs");
    }

    JobRunnerTest() {
        JobStore store = new JobStore(database.dataSource());
        nodeA = new JobRunner(store, clock, queued::add, "node-a");
        nodeB = new JobRunner(store, clock, queued::add, "node-b");
    }

    @AfterAll
    static void close() throws Exception {
        database.close();
    }

    @Test
    void aJobStartedOnOneInstanceIsFollowedAndItsResultDownloadedOnAnother() {
        byte[] pdf = "%PDF-1.7 report".getBytes(StandardCharsets.UTF_8);
        String id = nodeA.start("analysis-report", "ana", "EMPLOYER_2026", 100, progress -> {
            progress.done(40);
            assertEquals(40, nodeB.find(lastStarted(), "ana", "analysis-report").orElseThrow().percent());
            return JobRunner.Outcome.succeeded("ready", pdf);
        });
        lastStarted = id;

        JobRecord running = nodeB.find(id, "ana", "analysis-report").orElseThrow();
        assertEquals(JobState.RUNNING, running.state());
        assertEquals("node-a", running.instance());
        assertEquals("EMPLOYER_2026", running.subject());
        assertEquals(0, running.percent());
        assertTrue(nodeB.result(id, "ana", "analysis-report").isEmpty(), "no result while running");

        runQueued();

        JobRecord done = nodeB.find(id, "ana", "analysis-report").orElseThrow();
        assertEquals(JobState.SUCCEEDED, done.state());
        assertEquals(Optional.of("ready"), done.outcome());
        assertEquals(100, done.percent());
        assertArrayEquals(pdf, nodeB.result(id, "ana", "analysis-report").orElseThrow());
    }

    @Test
    void onlyTheOwnerSeesAJobAndOnlyUnderItsKind() {
        String id = nodeA.start("survey-import", "adm", "EMPLOYER v1", 10, progress -> JobRunner.Outcome.refused("{}"));
        runQueued();

        assertTrue(nodeA.find(id, "adm", "survey-import").isPresent());
        assertTrue(nodeA.find(id, "adv1", "survey-import").isEmpty(), "another user");
        assertTrue(nodeA.find(id, "adm", "analysis-report").isEmpty(), "another kind");
        assertTrue(nodeA.find("no-such-job", "adm", "survey-import").isEmpty());
        assertTrue(nodeA.find(null, "adm", "survey-import").isEmpty());
        assertEquals(JobState.REFUSED, nodeA.find(id, "adm", "survey-import").orElseThrow().state());
        assertTrue(nodeA.result(id, "adm", "survey-import").isEmpty(), "a refused job has no result");
    }

    @Test
    void workThatThrowsEndsTheJobAsFailed() {
        String id = nodeA.start("survey-import", "adm", "EMPLOYER v1", 10, progress -> {
            throw new IllegalStateException("disk full");
        });
        runQueued();

        JobRecord failed = nodeA.find(id, "adm", "survey-import").orElseThrow();
        assertEquals(JobState.FAILED, failed.state());
        assertEquals(Optional.of(JobRunner.ERROR), failed.outcome());
        assertFalse(failed.instanceStopped());
    }

    @Test
    void aJobWhoseInstanceStoppedIsMarkedFailedAndItsLateEndChangesNothing() {
        String id = nodeA.start("survey-import", "adm", "EMPLOYER v1", 1000, progress -> JobRunner.Outcome.succeeded("{}", null));

        clock.advance(JobRunner.SILENCE.minusSeconds(1));
        nodeB.heartbeat();
        assertEquals(JobState.RUNNING, nodeB.find(id, "adm", "survey-import").orElseThrow().state(),
                "silent for less than the limit: still running");

        clock.advance(Duration.ofSeconds(2));
        JobRecord stopped = nodeB.find(id, "adm", "survey-import").orElseThrow();
        assertEquals(JobState.FAILED, stopped.state());
        assertTrue(stopped.instanceStopped());

        runQueued();
        assertEquals(JobState.FAILED, nodeB.find(id, "adm", "survey-import").orElseThrow().state(),
                "a late end of a job marked stopped does not revive it");
    }

    @Test
    void theRunningInstancesHeartbeatKeepsALongJobAlive() {
        String id = nodeA.start("analysis-report", "ana", "EMPLOYER_2026", 100, progress -> JobRunner.Outcome.succeeded("ok", null));
        for (int i = 0; i < 10; i++) {
            clock.advance(JobRunner.HEARTBEAT);
            nodeA.heartbeat();
            nodeB.heartbeat();
        }
        assertEquals(JobState.RUNNING, nodeB.find(id, "ana", "analysis-report").orElseThrow().state());
    }

    @Test
    void progressIsWrittenAtMostTwiceASecondAndFinishedJobsGoAfterAnHour() {
        AtomicReference<Integer> seen = new AtomicReference<>();
        String id = nodeA.start("survey-import", "adm", "EMPLOYER v1", 100, progress -> {
            progress.done(10);
            progress.done(20);
            seen.set(nodeA.find(lastStarted(), "adm", "survey-import").orElseThrow().percent());
            clock.advance(JobRunner.PROGRESS_EVERY);
            progress.done(30);
            return JobRunner.Outcome.succeeded("{}", null);
        });
        lastStarted = id;
        runQueued();
        assertEquals(10, seen.get(), "the second write within half a second was skipped");

        clock.advance(JobRunner.KEPT.minusSeconds(1));
        nodeB.heartbeat();
        assertTrue(nodeA.find(id, "adm", "survey-import").isPresent());
        clock.advance(Duration.ofSeconds(2));
        nodeB.heartbeat();
        assertTrue(nodeA.find(id, "adm", "survey-import").isEmpty());
    }

    /**
     * In the container an import's work is one JTA transaction, and a connection taken inside it is
     * enlisted in it: progress written there would stay unseen by every instance, and hold the job's
     * row locked against the heartbeats, until the import commits. So every write of the store goes
     * through {@link JobStore.Outside} (which suspends the transaction there); here a data source that
     * notes each connection taken while the work's "transaction" is open shows that none is.
     */
    @Test
    void progressIsWrittenOutsideTheTransactionOfTheWork() {
        AtomicBoolean inWorkTransaction = new AtomicBoolean();
        List<String> takenInside = new ArrayList<>();
        DataSource shared = database.dataSource();
        DataSource watched = (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getConnection") && inWorkTransaction.get()) {
                        takenInside.add(method.getName());
                    }
                    try {
                        return method.invoke(shared, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        JobStore.Outside suspending = write -> {
            boolean was = inWorkTransaction.getAndSet(false);
            try {
                write.run();
            } finally {
                inWorkTransaction.set(was);
            }
        };
        JobRunner node = new JobRunner(new JobStore(watched, suspending), clock, queued::add, "node-c");
        AtomicReference<Integer> seenFromAnotherNode = new AtomicReference<>();
        String id = node.start("survey-import", "adm", "EMPLOYER v1", 100, progress -> {
            inWorkTransaction.set(true);
            progress.done(60);
            seenFromAnotherNode.set(nodeB.find(lastStarted(), "adm", "survey-import").orElseThrow().percent());
            inWorkTransaction.set(false);
            return JobRunner.Outcome.succeeded("{}", null);
        });
        lastStarted = id;
        runQueued();

        assertEquals(List.of(), takenInside, "no connection of the store was taken inside the work's transaction");
        assertEquals(60, seenFromAnotherNode.get());
        assertEquals(JobState.SUCCEEDED, nodeB.find(id, "adm", "survey-import").orElseThrow().state());
    }

    private String lastStarted;

    private String lastStarted() {
        return lastStarted;
    }

    private void runQueued() {
        List<Runnable> now = new ArrayList<>(queued);
        queued.clear();
        now.forEach(Runnable::run);
    }
}
