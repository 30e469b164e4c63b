package org.leerwerkplek.platform.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.leerwerkplek.platform.testing.MutableClock;

/** The sender's passes over a real outbox table (Derby) with a fake mail server. */
class OutboxDeliveryTest {

    private static final Duration LEASE = Duration.ofMinutes(5);

    private static OutboxDatabase database;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T08:00:00Z"));
    private OutboxStore store;

    @BeforeAll
    static void migrate() throws Exception {
        database = new OutboxDatabase();
    }

    @AfterAll
    static void drop() throws Exception {
        database.close();
    }

    @BeforeEach
    void empty() throws Exception {
        database.clear();
        store = new OutboxStore(database.dataSource(), clock);
    }

    private OutboxDelivery sender(String instance, int maxAttempts) {
        return new OutboxDelivery(store, new RetryPolicy(Duration.ofMinutes(1), Duration.ofMinutes(30), maxAttempts, clock),
                instance, LEASE, 10, 1000);
    }

    private OutboxDelivery sender(String instance, int maxAttempts, int connections, ExecutorService lanes) {
        return new OutboxDelivery(store, new RetryPolicy(Duration.ofMinutes(1), Duration.ofMinutes(30), maxAttempts, clock),
                instance, LEASE, 10, 1000, connections, lanes);
    }

    private static String[] recipients(int count) {
        String[] recipients = new String[count];
        for (int i = 0; i < count; i++) {
            recipients[i] = "r" + i + "@example.org";
        }
        return recipients;
    }

    private void queue(String... recipients) {
        for (String recipient : recipients) {
            store.insert(OutboxMails.newMail("test:" + recipient, recipient));
            clock.advance(Duration.ofMillis(1));
        }
    }

    private Map<String, OutboxMail> byRecipient() {
        return store.list(Optional.empty(), 0, 500).items().stream()
                .map(s -> store.find(s.id()).orElseThrow())
                .collect(Collectors.toMap(OutboxMail::recipient, Function.identity()));
    }

    @Test
    void withoutSmtpServerDueMailsStayInTheOutboxAsSent() {
        queue("a@example.org", "b@example.org");

        DeliveryRun run = sender("node-a", 3).run(Optional.empty());

        assertEquals(2, run.keptLocally());
        byRecipient().values().forEach(m -> {
            assertEquals(OutboxStatus.SENT, m.status());
            assertEquals(DeliveryChannel.LOCAL, m.transport());
        });
        assertEquals(0, sender("node-a", 3).run(Optional.empty()).handled());
    }

    @Test
    void dueMailsAreHandedOverOnceAndRecorded() {
        queue("a@example.org", "b@example.org", "c@example.org");
        FakeSmtp smtp = new FakeSmtp();

        DeliveryRun first = sender("node-a", 3).run(Optional.of(smtp));
        DeliveryRun second = sender("node-a", 3).run(Optional.of(smtp));

        assertEquals(3, first.sent());
        assertEquals(0, second.handled());
        assertEquals(List.of("a@example.org", "b@example.org", "c@example.org"), smtp.recipients());
        byRecipient().values().forEach(m -> {
            assertEquals(OutboxStatus.SENT, m.status());
            assertEquals(DeliveryChannel.SMTP, m.transport());
            assertEquals(1, m.attempts());
        });
    }

    @Test
    void aRefusalForNowIsRetriedWithGrowingWaitsUntilTheAttemptsAreUsedUp() {
        queue("full@example.org");
        FakeSmtp smtp = new FakeSmtp().refuse("full@example.org", DeliveryException.Kind.RETRY);
        OutboxDelivery sender = sender("node-a", 3);

        assertEquals(1, sender.run(Optional.of(smtp)).retrying());
        OutboxMail afterFirst = byRecipient().get("full@example.org");
        assertEquals(OutboxStatus.PENDING, afterFirst.status());
        assertEquals(clock.instant().plus(Duration.ofMinutes(1)), afterFirst.nextAttemptAt());
        assertEquals("refused: RETRY", afterFirst.lastError());
        assertEquals(0, sender.run(Optional.of(smtp)).handled(), "not before its time");

        clock.advance(Duration.ofMinutes(1));
        assertEquals(1, sender.run(Optional.of(smtp)).retrying());
        assertEquals(clock.instant().plus(Duration.ofMinutes(2)), byRecipient().get("full@example.org").nextAttemptAt());

        clock.advance(Duration.ofMinutes(2));
        assertEquals(1, sender.run(Optional.of(smtp)).failed());
        OutboxMail given = byRecipient().get("full@example.org");
        assertEquals(OutboxStatus.FAILED, given.status());
        assertEquals(3, given.attempts());
        assertEquals(List.of(), smtp.recipients());
    }

    @Test
    void aRefusedRecipientBouncesAndIsNotRetried() {
        queue("gone@example.org", "ok@example.org");
        FakeSmtp smtp = new FakeSmtp().refuse("gone@example.org", DeliveryException.Kind.BOUNCE);

        DeliveryRun run = sender("node-a", 3).run(Optional.of(smtp));

        assertEquals(1, run.bounced());
        assertEquals(1, run.sent());
        assertEquals(OutboxStatus.BOUNCED, byRecipient().get("gone@example.org").status());
        clock.advance(Duration.ofDays(1));
        assertEquals(0, sender("node-a", 3).run(Optional.of(smtp)).handled());
    }

    @Test
    void anUnreachableServerClaimsNothingAndCostsNoAttempt() {
        queue("a@example.org");

        DeliveryRun run = sender("node-a", 3).run(Optional.of(new FakeSmtp().unreachable()));

        assertEquals("Connection refused", run.connectionError());
        assertEquals(0, run.handled());
        OutboxMail mail = byRecipient().get("a@example.org");
        assertEquals(OutboxStatus.PENDING, mail.status());
        assertEquals(0, mail.attempts());
    }

    @Test
    void aConnectionLostInThePassEndsThePassAndLeavesTheRestUntouched() {
        queue("a@example.org", "b@example.org", "c@example.org");
        FakeSmtp smtp = new FakeSmtp().refuse("b@example.org", DeliveryException.Kind.CONNECTION);

        DeliveryRun run = sender("node-a", 3).run(Optional.of(smtp));

        assertEquals(1, run.sent());
        assertEquals(1, run.retrying());
        assertEquals("refused: CONNECTION", run.connectionError());
        Map<String, OutboxMail> mails = byRecipient();
        assertEquals(OutboxStatus.SENT, mails.get("a@example.org").status());
        assertEquals(OutboxStatus.PENDING, mails.get("b@example.org").status());
        assertEquals(1, mails.get("b@example.org").attempts());
        assertEquals(0, mails.get("c@example.org").attempts(), "not claimed");
    }

    @Test
    void aMailWhoseSenderDiedBeforeTheServerTookItIsSentOnceByAnotherSender() {
        queue("a@example.org", "b@example.org");
        FakeSmtp smtp = new FakeSmtp().dieBeforeTaking("a@example.org");

        assertThrows(FakeSmtp.ProcessDied.class, () -> sender("node-a", 3).run(Optional.of(smtp)));
        assertEquals(OutboxStatus.SENDING, byRecipient().get("a@example.org").status());
        assertEquals(List.of(), smtp.recipients(), "the server got nothing");

        FakeSmtp survivor = new FakeSmtp();
        DeliveryRun beforeLeaseEnds = sender("node-b", 3).run(Optional.of(survivor));
        assertEquals(0, beforeLeaseEnds.interrupted());
        assertEquals(List.of(), survivor.recipients(), "the dead sender's batch (a and b) stays claimed until the lease ends");

        clock.advance(LEASE.plusSeconds(1));
        DeliveryRun afterLease = sender("node-b", 3).run(Optional.of(survivor));

        assertEquals(2, afterLease.interrupted(), "its whole claimed batch");
        assertEquals(List.of("a@example.org", "b@example.org"), survivor.recipients(), "nothing lost, nothing twice");
        assertEquals(OutboxStatus.SENT, byRecipient().get("a@example.org").status());
        clock.advance(Duration.ofDays(1));
        sender("node-b", 3).run(Optional.of(survivor));
        assertEquals(List.of("a@example.org", "b@example.org"), survivor.recipients());
    }

    @Test
    void aSenderThatDiesAfterTheServerTookAMailCausesAtMostASecondCopyWithTheSameMessageId() {
        queue("a@example.org", "b@example.org");
        FakeSmtp smtp = new FakeSmtp().dieAfterTaking("a@example.org");

        assertThrows(FakeSmtp.ProcessDied.class, () -> sender("node-a", 3).run(Optional.of(smtp)));
        FakeSmtp survivor = new FakeSmtp();
        clock.advance(LEASE.plusSeconds(1));
        DeliveryRun afterLease = sender("node-b", 3).run(Optional.of(survivor));
        clock.advance(Duration.ofDays(1));
        sender("node-b", 3).run(Optional.of(survivor));

        assertEquals(2, afterLease.interrupted(), "a (taken, not recorded) and b (claimed in the same batch)");
        assertEquals(List.of("a@example.org"), smtp.recipients());
        assertEquals(List.of("a@example.org", "b@example.org"), survivor.recipients().stream().sorted().toList(),
                "each sent once more at most");
        assertEquals(smtp.messageIds().get(0), survivor.messageIds().get(survivor.recipients().indexOf("a@example.org")),
                "the second copy is the same mail");
        assertEquals(OutboxStatus.SENT, byRecipient().get("a@example.org").status());
    }

    @Test
    void whenRecordingFailsAfterTheServerTookAMailItIsSentAgainOnlyAfterTheLease() {
        queue("a@example.org", "b@example.org");
        FakeSmtp smtp = new FakeSmtp();
        OutboxStore recordingFails = new OutboxStore(failing(database.dataSource(), "SET status = 'SENT', transport = 'SMTP'"),
                clock);
        OutboxDelivery crashing = new OutboxDelivery(recordingFails,
                new RetryPolicy(Duration.ofMinutes(1), Duration.ofMinutes(30), 3, clock), "node-a", LEASE, 10, 1000);

        OutboxException failure = assertThrows(OutboxException.class, () -> crashing.run(Optional.of(smtp)));
        assertTrue(failure.getMessage().contains("could not be recorded as sent"), failure.getMessage());
        assertEquals(List.of("a@example.org"), smtp.recipients(), "the pass ended after the unrecorded mail");
        assertEquals(OutboxStatus.SENDING, byRecipient().get("a@example.org").status(),
                "no retry is recorded for a mail the server took");
        assertEquals(OutboxStatus.SENDING, byRecipient().get("b@example.org").status(),
                "b, claimed in the same batch and not handed over, waits for the lease");

        OutboxDelivery restarted = sender("node-a2", 3);
        restarted.run(Optional.of(smtp));
        assertEquals(List.of("a@example.org"), smtp.recipients(), "not again while the claim holds");
        clock.advance(LEASE.plusSeconds(1));
        DeliveryRun afterLease = restarted.run(Optional.of(smtp));
        clock.advance(Duration.ofDays(1));
        restarted.run(Optional.of(smtp));

        assertEquals(2, afterLease.interrupted(), "a (taken, not recorded) and b (claimed in the same batch)");
        assertEquals(List.of("a@example.org", "a@example.org", "b@example.org"), smtp.recipients(),
                "a once more, b once: nothing lost, one second copy");
        assertEquals(smtp.messageIds().get(0), smtp.messageIds().get(1), "the second copy is the same mail");
        assertEquals(OutboxStatus.SENT, byRecipient().get("a@example.org").status());
    }

    /** The data source, except that statements containing {@code failing} fail as if the database went away. */
    private static DataSource failing(DataSource dataSource, String failing) {
        return (DataSource) Proxy.newProxyInstance(OutboxDeliveryTest.class.getClassLoader(),
                new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    Object result = invoke(dataSource, method, args);
                    if (!(result instanceof Connection connection)) {
                        return result;
                    }
                    return Proxy.newProxyInstance(OutboxDeliveryTest.class.getClassLoader(),
                            new Class<?>[] {Connection.class}, (p, m, a) -> {
                                if (m.getName().equals("prepareStatement") && ((String) a[0]).contains(failing)) {
                                    throw new SQLException("Connection lost (simulated)", "08006");
                                }
                                return invoke(connection, m, a);
                            });
                });
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @Test
    void twoSendersOnTheSameDatabaseSendEveryMailExactlyOnce() throws Exception {
        List<String> recipients = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            recipients.add("r" + i + "@example.org");
        }
        queue(recipients.toArray(String[]::new));
        FakeSmtp smtp = new FakeSmtp();
        OutboxDelivery a = sender("node-a", 3);
        OutboxDelivery b = sender("node-b", 3);

        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<DeliveryRun>> passes = List.of(() -> a.run(Optional.of(smtp)), () -> b.run(Optional.of(smtp)),
                    () -> a.run(Optional.of(smtp)), () -> b.run(Optional.of(smtp)));
            int sent = 0;
            for (Future<DeliveryRun> pass : pool.invokeAll(passes)) {
                sent += pass.get().sent();
            }
            assertEquals(60, sent);
        } finally {
            pool.shutdownNow();
        }

        assertEquals(60, smtp.taken.size());
        assertEquals(60, smtp.taken.stream().map(OutboxMail::id).distinct().count(), "no mail twice");
        assertEquals(60, database.count("status = 'SENT' AND attempts = 1"));
        assertNull(byRecipient().get("r0@example.org").claimedUntil());
    }

    @Test
    void severalConnectionsSendAtOnceButEachMailIsRecordedBeforeTheServerTakesTheNext() throws Exception {
        queue(recipients(40));
        List<String> unrecorded = java.util.Collections.synchronizedList(new ArrayList<>());
        FakeSmtp smtp = new FakeSmtp().envelopeTakes(Duration.ofMillis(20));
        smtp.onTaking(mail -> {
            // every mail taken before this one is recorded sent already
            List<Long> before;
            synchronized (smtp.taken) {
                before = smtp.taken.stream().map(OutboxMail::id).toList();
            }
            for (long id : before) {
                if (store.find(id).orElseThrow().status() != OutboxStatus.SENT) {
                    unrecorded.add(id + " when " + mail.id() + " was taken");
                }
            }
        });
        ExecutorService lanes = Executors.newFixedThreadPool(4);
        try {
            DeliveryRun run = sender("node-a", 3, 4, lanes).run(Optional.of(smtp));

            assertEquals(40, run.sent());
        } finally {
            lanes.shutdownNow();
        }
        assertEquals(List.of(), unrecorded);
        assertEquals(4, smtp.connections.get());
        assertTrue(smtp.mostInEnvelopeAtOnce.get() > 1, "the connections overlap: " + smtp.mostInEnvelopeAtOnce.get());
        assertEquals(40, smtp.taken.stream().map(OutboxMail::id).distinct().count(), "no mail twice");
        assertEquals(40, database.count("status = 'SENT' AND attempts = 1"));
    }

    @Test
    void aSenderWithSeveralConnectionsThatDiesAfterTheServerTookAMailCausesAtMostOneSecondCopy() throws Exception {
        queue(recipients(30));
        FakeSmtp smtp = new FakeSmtp().envelopeTakes(Duration.ofMillis(5)).dieAfterTaking("r12@example.org");
        ExecutorService lanes = Executors.newFixedThreadPool(3);
        try {
            assertThrows(FakeSmtp.ProcessDied.class, () -> sender("node-a", 3, 3, lanes).run(Optional.of(smtp)));
        } finally {
            lanes.shutdownNow();
        }
        FakeSmtp survivor = new FakeSmtp();
        clock.advance(LEASE.plusSeconds(1));
        sender("node-b", 3).run(Optional.of(survivor));
        clock.advance(Duration.ofDays(1));
        sender("node-b", 3).run(Optional.of(survivor));

        List<String> all = new ArrayList<>(smtp.recipients());
        all.addAll(survivor.recipients());
        assertEquals(30, all.stream().distinct().count(), "every mail arrived");
        assertEquals(31, all.size(), "one second copy, of the mail taken when the sender died: " + all);
        assertEquals(1, survivor.recipients().stream().filter(smtp.recipients()::contains).count());
        assertTrue(survivor.recipients().contains("r12@example.org"));
        assertEquals(30, database.count("status = 'SENT'"));
    }
}
