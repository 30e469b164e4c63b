package org.leerwerkplek.platform.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

class OneRunAtATimeTest {

    private final Logger log = Logger.getAnonymousLogger();
    private final List<LogRecord> logged = new ArrayList<>();

    OneRunAtATimeTest() {
        log.setUseParentHandlers(false);
        log.addHandler(new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        });
    }

    @Test
    void aTimersRunIsSkippedWhileAnotherIsUnderWay() throws Exception {
        OneRunAtATime job = new OneRunAtATime("test job", Duration.ofMillis(50), log);
        CountDownLatch release = new CountDownLatch(1);
        Thread first = runningUntil(job, release);
        AtomicInteger second = new AtomicInteger();

        assertFalse(job.onTimer(second::incrementAndGet));
        assertEquals(Optional.empty(), job.now(second::incrementAndGet), "waits 50 ms, then gives up");
        assertEquals(0, second.get());

        release.countDown();
        first.join(5000);
        assertTrue(job.onTimer(second::incrementAndGet));
        assertEquals(Optional.of(2), job.now(second::incrementAndGet));
    }

    @Test
    void aRunAskedForNowWaitsForTheRunUnderWay() throws Exception {
        OneRunAtATime job = new OneRunAtATime("test job", Duration.ofSeconds(10), log);
        CountDownLatch inside = new CountDownLatch(1);
        List<String> order = new ArrayList<>();
        Thread first = new Thread(() -> job.onTimer(() -> {
            inside.countDown();
            sleep(200);
            synchronized (order) {
                order.add("timer");
            }
        }));
        first.start();
        assertTrue(inside.await(5, TimeUnit.SECONDS));

        Optional<String> now = job.now(() -> {
            synchronized (order) {
                order.add("now");
            }
            return "ran";
        });

        assertEquals(Optional.of("ran"), now);
        assertEquals(List.of("timer", "now"), order);
        first.join(5000);
    }

    @Test
    void aTimersFailureIsLoggedAndTheNextRunGoesAhead() {
        OneRunAtATime job = new OneRunAtATime("Fieldwork run", log);

        assertFalse(job.onTimer(() -> {
            throw new IllegalStateException("database away");
        }));

        assertEquals(1, logged.size());
        assertTrue(logged.get(0).getMessage().startsWith("Fieldwork run failed"), logged.get(0).getMessage());
        assertEquals("database away", logged.get(0).getThrown().getMessage());
        assertTrue(job.onTimer(() -> { }));
    }

    @Test
    void aFailureOfARunAskedForNowReachesTheCallerAndFreesTheLock() {
        OneRunAtATime job = new OneRunAtATime("test job", Duration.ofMillis(10), log);

        assertThrows(IllegalStateException.class, () -> job.now(() -> {
            throw new IllegalStateException("refused");
        }));

        assertEquals(Optional.of(1), job.now(() -> 1));
        assertTrue(logged.isEmpty());
    }

    @Test
    void anInterruptedWaitGivesUpAndKeepsTheInterrupt() throws Exception {
        OneRunAtATime job = new OneRunAtATime("test job", Duration.ofSeconds(10), log);
        CountDownLatch release = new CountDownLatch(1);
        Thread first = runningUntil(job, release);
        try {
            Thread.currentThread().interrupt();
            assertEquals(Optional.empty(), job.now(() -> "never"));
            assertTrue(Thread.interrupted(), "the interrupt is kept for the caller");
        } finally {
            release.countDown();
            first.join(5000);
        }
    }

    /** A timer's run of {@code job} that holds on until {@code release}; returns once it is under way. */
    private static Thread runningUntil(OneRunAtATime job, CountDownLatch release) throws InterruptedException {
        CountDownLatch inside = new CountDownLatch(1);
        Thread run = new Thread(() -> job.onTimer(() -> {
            inside.countDown();
            await(release);
        }));
        run.start();
        assertTrue(inside.await(5, TimeUnit.SECONDS));
        return run;
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
