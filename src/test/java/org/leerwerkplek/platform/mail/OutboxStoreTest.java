package org.leerwerkplek.platform.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.leerwerkplek.platform.testing.MutableClock;

/** The outbox table on Derby through the product's migrations: idempotent insert, claims, outcomes. */
class OutboxStoreTest {

    private static final Duration LEASE = Duration.ofMinutes(5);

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T08:00:00Z"));
    private static OutboxDatabase database;
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

    @Test
    void aNewMailIsPendingAndDueAtOnce() {
        assertTrue(store.insert(OutboxMails.newMail("invitation:w1:c7:2026-03-02", "jan@example.org")));

        long id = store.dueIds(10).get(0);
        OutboxMail mail = store.find(id).orElseThrow();
        assertEquals(OutboxStatus.PENDING, mail.status());
        assertEquals("invitation:w1:c7:2026-03-02", mail.dedupKey());
        assertEquals("jan@example.org", mail.recipient());
        assertEquals(MailLanguage.NL, mail.language());
        assertEquals("Testbericht van Leerwerkplek", mail.subject());
        assertTrue(mail.bodyText().contains("jan@example.org"));
        assertTrue(mail.bodyHtml().startsWith("<!DOCTYPE html>"));
        assertEquals(0, mail.attempts());
        assertEquals(clock.instant(), mail.createdAt());
        assertNull(mail.transport());
    }

    @Test
    void aMailQueuedWithItsTemplateValuesIsRenderedWhenReadAsIfQueuedRendered() {
        Map<String, String> values = Map.of("name", "Jan & <Els> = 100%", "link",
                "https://lwp.example.org/respond.xhtml?t=a+b/c&d=é");
        MailTemplates templates = new MailTemplates();
        RenderedMail rendered = templates.render(MailTemplates.SMTP_TEST, MailLanguage.FR, values);
        assertTrue(store.insert(new NewMail("values:1", MailTemplates.SMTP_TEST, "jan@example.org", MailLanguage.FR,
                new RenderedMail(templates.checkedSubject(MailTemplates.SMTP_TEST, MailLanguage.FR, values), "", ""),
                TemplateValues.encode(values))));

        OutboxMail mail = store.find(store.dueIds(1).get(0)).orElseThrow();
        assertEquals(rendered.subject(), mail.subject());
        assertEquals(rendered.text(), mail.bodyText());
        assertEquals(rendered.html(), mail.bodyHtml());
        OutboxMail claimed = store.claimAll(List.of(mail.id()), "node-a", LEASE).get(0);
        assertEquals(rendered.html(), claimed.bodyHtml());
        assertEquals(1, claimed.attempts());
        assertEquals(0, store.claimAll(List.of(mail.id()), "node-b", LEASE).size(), "claimed once");
    }

    @Test
    void aMailQueuedByReferenceIsRenderedFromItsPartsValuesInOneLookUpAndAWithdrawnOneIsNotSent() {
        Map<String, String> values = Map.of("name", "Jan & <Els>", "link", "https://lwp.example.org/x?t=1");
        List<Collection<String>> asked = new ArrayList<>();
        MailValues part = smtpTestValues(references -> {
            asked.add(List.copyOf(references));
            return references.contains("7;kept") ? Map.of("7;kept", values) : Map.of();
        });
        store = new OutboxStore(database.dataSource(), clock, new MailTemplates(), new MailValueSources(List.of(part)));
        for (String reference : List.of("7;kept", "8;gone")) {
            assertTrue(store.insert(new NewMail("ref:" + reference, MailTemplates.SMTP_TEST, "jan@example.org",
                    MailLanguage.FR, new RenderedMail("", "", ""), MailReference.PREFIX + reference)));
        }
        RenderedMail rendered = new MailTemplates().render(MailTemplates.SMTP_TEST, MailLanguage.FR, values);
        List<Long> due = store.dueIds(10);

        List<OutboxMail> claimed = store.claimAll(due, "node-a", LEASE);

        assertEquals(1, asked.size(), "one look-up for the batch: " + asked);
        assertEquals(Set.of("7;kept", "8;gone"), Set.copyOf(asked.get(0)));
        assertEquals(1, claimed.size());
        assertEquals("ref:7;kept", claimed.get(0).dedupKey());
        assertEquals(rendered.subject(), claimed.get(0).subject());
        assertEquals(rendered.text(), claimed.get(0).bodyText());
        assertEquals(rendered.html(), claimed.get(0).bodyHtml());
        OutboxMail withdrawn = store.find(due.get(1)).orElseThrow();
        assertEquals(OutboxStatus.FAILED, withdrawn.status());
        assertEquals(OutboxStore.WITHDRAWN, withdrawn.lastError());
        assertEquals("", withdrawn.bodyText());
        assertTrue(store.dueIds(10).isEmpty(), "the withdrawn mail is not due again");
    }

    @Test
    void aMailQueuedByReferenceIsListedWithTheSubjectItsPartGivesNowAndAWithdrawnOneWithNone() {
        Map<String, String> values = Map.of("name", "Jan", "link", "https://lwp.example.org/x?t=1");
        MailValues part = smtpTestValues(references -> references.contains("7;kept") ? Map.of("7;kept", values) : Map.of());
        store = new OutboxStore(database.dataSource(), clock, new MailTemplates(), new MailValueSources(List.of(part)));
        for (String reference : List.of("7;kept", "8;gone")) {
            assertTrue(store.insert(new NewMail("ref:" + reference, MailTemplates.SMTP_TEST, "jan@example.org",
                    MailLanguage.NL, new RenderedMail("", "", ""), MailReference.PREFIX + reference)));
        }
        String subject = new MailTemplates().render(MailTemplates.SMTP_TEST, MailLanguage.NL, values).subject();

        List<OutboxSummary> listed = store.list(Optional.empty(), 0, 10).items();
        List<OutboxSummary> toJan = store.toRecipient("jan@example.org");

        for (List<OutboxSummary> mails : List.of(listed, toJan)) {
            assertEquals(List.of("ref:8;gone", "ref:7;kept"), mails.stream().map(OutboxSummary::dedupKey).toList());
            assertEquals("", mails.get(0).subject(), "withdrawn: nothing to show");
            assertEquals(subject, mails.get(1).subject());
        }
        assertFalse(subject.isBlank());
    }

    @Test
    void aMailQueuedByReferenceWhosePartCannotGiveValuesNowWaitsALeaseInsteadOfBeingWithdrawn() {
        MailValues part = smtpTestValues(references -> {
            throw new IllegalStateException("the course did not load");
        });
        store = new OutboxStore(database.dataSource(), clock, new MailTemplates(), new MailValueSources(List.of(part)));
        assertTrue(store.insert(new NewMail("ref:7", MailTemplates.SMTP_TEST, "jan@example.org", MailLanguage.NL,
                new RenderedMail("", "", ""), MailReference.PREFIX + "7")));
        List<Long> due = store.dueIds(10);

        assertTrue(store.claimAll(due, "node-a", LEASE).isEmpty());

        OutboxMail waiting = store.find(due.get(0)).orElseThrow();
        assertEquals(OutboxStatus.PENDING, waiting.status());
        assertEquals(OutboxStore.UNAVAILABLE + "the course did not load", waiting.lastError());
        assertEquals(clock.instant().plus(LEASE), waiting.nextAttemptAt());
        assertTrue(store.dueIds(10).isEmpty(), "not due again before the lease has passed");
        clock.advance(LEASE);
        assertEquals(due, store.dueIds(10));
    }

    /** A part that gives the values of the SMTP test template's mails queued by reference. */
    private static MailValues smtpTestValues(Function<Collection<String>, Map<String, Map<String, String>>> values) {
        return new MailValues() {
            @Override
            public Set<String> templates() {
                return Set.of(MailTemplates.SMTP_TEST);
            }

            @Override
            public Map<String, Map<String, String>> values(Collection<String> references) {
                return values.apply(references);
            }
        };
    }

    @Test
    void aMailQueuedByReferenceWithoutAPartForItsTemplateCannotBeRead() {
        assertTrue(store.insert(new NewMail("ref:1", MailTemplates.SMTP_TEST, "jan@example.org", MailLanguage.FR,
                new RenderedMail("", "", ""), MailReference.PREFIX + "1")));

        assertThrows(OutboxException.class,
                () -> store.find(store.dueIds(1).get(0)));
    }

    @Test
    void aTemplateThatLacksAValueIsRefusedWhenQueuedNotWhenSent() {
        IllegalArgumentException refused = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new MailTemplates().checkedSubject(MailTemplates.SMTP_TEST, MailLanguage.NL,
                        Map.of("name", "Jan")));
        assertTrue(refused.getMessage().contains("[link]"), refused.getMessage());
    }

    @Test
    void aSecondInsertWithTheSameKeyAddsNothing() throws Exception {
        assertTrue(store.insert(OutboxMails.newMail("k1", "a@example.org")));
        assertFalse(store.insert(OutboxMails.newMail("k1", "b@example.org")));

        assertEquals(1, database.count("1 = 1"));
        assertEquals(1, database.count("recipient = 'a@example.org'"));
    }

    @Test
    void manyMailsAtOnceSkipKeysThatExistOrRepeat() throws Exception {
        assertTrue(store.insert(OutboxMails.newMail("k2", "old@example.org")));
        List<NewMail> mails = new ArrayList<>();
        for (int i = 0; i < 1203; i++) {
            mails.add(OutboxMails.newMail("k" + i, "r" + i + "@example.org"));
        }
        mails.add(OutboxMails.newMail("k7", "again@example.org"));

        assertEquals(1202, store.insertAll(mails));

        assertEquals(1203, database.count("1 = 1"));
        assertEquals(1, database.count("dedup_key = 'k2' AND recipient = 'old@example.org'"));
        assertEquals(1, database.count("dedup_key = 'k7' AND recipient = 'r7@example.org'"));
        assertEquals(0, store.insertAll(mails), "a repeated run adds nothing");
    }

    @Test
    void aBatchThatMeetsAKeyAddedMeanwhileSkipsItAndAddsTheRestInTheSameTransaction() throws Exception {
        assertTrue(store.insert(OutboxMails.newMail("b1", "taken@example.org")));
        assertTrue(store.insert(OutboxMails.newMail("b3", "taken@example.org")));
        List<NewMail> mails = List.of(OutboxMails.newMail("b0", "a@example.org"), OutboxMails.newMail("b1", "b@example.org"),
                OutboxMails.newMail("b2", "c@example.org"), OutboxMails.newMail("b3", "d@example.org"),
                OutboxMails.newMail("b4", "e@example.org"));

        try (Connection transaction = database.transaction()) {
            assertEquals(3, store.insertBatched(transaction, mails));
            transaction.commit();
        }

        assertEquals(5, database.count("1 = 1"));
        assertEquals(2, database.count("recipient = 'taken@example.org'"));
        assertEquals(1, database.count("dedup_key = 'b4' AND recipient = 'e@example.org'"));
    }

    @Test
    void aConcurrentInsertOfTheSameKeyWaitsForTheFirstAndThenAddsNothingButKeepsItsTransaction() throws Exception {
        try (Connection first = database.transaction(); Connection second = database.transaction()) {
            assertTrue(store.insert(first, OutboxMails.newMail("wave:1", "a@example.org")));

            CompletableFuture<Boolean> racing = CompletableFuture.supplyAsync(() -> {
                try {
                    boolean added = store.insert(second, OutboxMails.newMail("wave:1", "a@example.org"));
                    store.insert(second, OutboxMails.newMail("wave:2", "b@example.org"));
                    second.commit();
                    return added;
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            Thread.sleep(300);
            assertFalse(racing.isDone(), "the second insert waits for the first transaction");

            first.commit();

            assertFalse(racing.get(30, TimeUnit.SECONDS), "the second insert of the key adds nothing");
        }
        assertEquals(1, database.count("dedup_key = 'wave:1'"));
        assertEquals(1, database.count("dedup_key = 'wave:2'"), "the second transaction went on and committed");
    }

    @Test
    void whenTheFirstTransactionRollsBackTheWaitingInsertAddsTheMail() throws Exception {
        try (Connection first = database.transaction(); Connection second = database.transaction()) {
            assertTrue(store.insert(first, OutboxMails.newMail("wave:1", "a@example.org")));
            CompletableFuture<Boolean> racing = CompletableFuture.supplyAsync(() -> {
                try {
                    boolean added = store.insert(second, OutboxMails.newMail("wave:1", "a@example.org"));
                    second.commit();
                    return added;
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            Thread.sleep(300);

            first.rollback();

            assertTrue(racing.get(30, TimeUnit.SECONDS));
        }
        assertEquals(1, database.count("dedup_key = 'wave:1'"));
    }

    @Test
    void onlyOneSenderWinsAClaimAndOnlyTheClaimantRecordsTheOutcome() {
        store.insert(OutboxMails.newMail("k", "a@example.org"));
        long id = store.dueIds(1).get(0);

        assertTrue(store.claim(id, "node-a", LEASE));
        assertFalse(store.claim(id, "node-b", LEASE), "a claimed row is not due any more");
        assertEquals(List.of(), store.dueIds(10));
        assertFalse(store.recordSent(id, "node-b"));
        assertTrue(store.recordSent(id, "node-a"));

        OutboxMail sent = store.find(id).orElseThrow();
        assertEquals(OutboxStatus.SENT, sent.status());
        assertEquals(DeliveryChannel.SMTP, sent.transport());
        assertEquals(1, sent.attempts());
        assertEquals("node-a", sent.claimedBy());
        assertNull(sent.claimedUntil());
        assertEquals(clock.instant(), sent.sentAt());
        assertFalse(store.recordSent(id, "node-a"), "an outcome is recorded once");
    }

    @Test
    void aPassRecordsItsSentMailsOnOneConnectionEachCommittedAtOnceAndOnlyForItsOwnClaims() throws Exception {
        store.insert(OutboxMails.newMail("k1", "a@example.org"));
        store.insert(OutboxMails.newMail("k2", "b@example.org"));
        store.insert(OutboxMails.newMail("k3", "c@example.org"));
        List<Long> ids = store.dueIds(10);
        assertEquals(2, store.claimAll(ids.subList(0, 2), "node-a#1", LEASE).size());
        assertEquals(1, store.claimAll(ids.subList(2, 3), "node-b#1", LEASE).size());

        try (OutboxStore.SentRecords records = store.sentRecords()) {
            assertTrue(records.record(ids.get(0), "node-a#1"));
            assertEquals(OutboxStatus.SENT, store.find(ids.get(0)).orElseThrow().status(),
                    "committed and seen by another connection before the next record");
            assertFalse(records.record(ids.get(2), "node-a#1"), "another sender's claim is not recorded");
            assertFalse(records.record(ids.get(0), "node-a#1"), "an outcome is recorded once");
            assertTrue(records.record(ids.get(1), "node-a#1"));
        }

        OutboxMail sent = store.find(ids.get(1)).orElseThrow();
        assertEquals(OutboxStatus.SENT, sent.status());
        assertEquals(DeliveryChannel.SMTP, sent.transport());
        assertNull(sent.claimedUntil());
        assertEquals(clock.instant(), sent.sentAt());
        assertEquals(OutboxStatus.SENDING, store.find(ids.get(2)).orElseThrow().status());
    }

    @Test
    void twoInstancesClaimingTheSameRowsAtTheSameMomentNeverBothWinOne() throws Exception {
        for (int i = 0; i < 40; i++) {
            store.insert(OutboxMails.newMail("race:" + i, "r" + i + "@example.org"));
        }
        List<Long> ids = store.dueIds(100);
        OutboxStore otherInstance = new OutboxStore(database.dataSource(), clock);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Long>>> claims = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                OutboxStore claimant = t % 2 == 0 ? store : otherInstance;
                String instance = "node-" + t;
                claims.add(pool.submit(() -> {
                    start.await();
                    List<Long> won = new ArrayList<>();
                    for (long id : ids) {
                        if (claimant.claim(id, instance, LEASE)) {
                            won.add(id);
                        }
                    }
                    return won;
                }));
            }
            start.countDown();
            List<Long> won = new ArrayList<>();
            for (Future<List<Long>> claim : claims) {
                won.addAll(claim.get(60, TimeUnit.SECONDS));
            }

            assertEquals(40, won.size(), "every row claimed once in all");
            assertEquals(40, won.stream().distinct().count(), "no row by two claimants");
        } finally {
            pool.shutdownNow();
        }
        assertEquals(40, database.count("status = 'SENDING' AND attempts = 1"));
    }

    @Test
    void aRetryWaitsUntilItsTimeAndCountsItsAttempts() {
        store.insert(OutboxMails.newMail("k", "a@example.org"));
        long id = store.dueIds(1).get(0);
        store.claim(id, "node-a", LEASE);

        assertTrue(store.recordRetry(id, "node-a", "451 try later", clock.instant().plusSeconds(60)));

        assertEquals(List.of(), store.dueIds(10));
        assertFalse(store.claim(id, "node-a", LEASE), "not due before its time");
        clock.advance(Duration.ofSeconds(60));
        assertEquals(List.of(id), store.dueIds(10));
        assertTrue(store.claim(id, "node-b", LEASE));
        OutboxMail mail = store.find(id).orElseThrow();
        assertEquals(2, mail.attempts());
        assertEquals("451 try later", mail.lastError());
    }

    @Test
    void anExpiredClaimGoesBackIntoTheQueueDueNow() {
        store.insert(OutboxMails.newMail("k", "a@example.org"));
        long id = store.dueIds(1).get(0);
        store.claim(id, "node-a", LEASE);

        clock.advance(LEASE);
        assertEquals(0, store.requeueExpiredClaims("interrupted"), "the lease still holds at its last instant");
        assertEquals(List.of(), store.dueIds(10));
        clock.advance(Duration.ofSeconds(1));
        assertEquals(1, store.requeueExpiredClaims("interrupted"));

        OutboxMail mail = store.find(id).orElseThrow();
        assertEquals(OutboxStatus.PENDING, mail.status());
        assertEquals("interrupted", mail.lastError());
        assertEquals(List.of(id), store.dueIds(10));
        assertFalse(store.recordSent(id, "node-a"), "the stopped sender cannot record any more");
        assertTrue(store.claim(id, "node-b", LEASE), "another sender takes it over");
        assertEquals(2, store.find(id).orElseThrow().attempts());
    }

    @Test
    void anAdminRequeuesFailedAndBouncedMailsOnly() {
        store.insert(OutboxMails.newMail("k1", "a@example.org"));
        store.insert(OutboxMails.newMail("k2", "b@example.org"));
        List<Long> ids = store.dueIds(10);
        long failed = ids.get(0);
        long pending = ids.get(1);
        store.claim(failed, "node-a", LEASE);
        store.recordGivenUp(failed, "node-a", OutboxStatus.BOUNCED, "550 no such user");

        assertFalse(store.requeue(pending));
        assertTrue(store.requeue(failed));

        OutboxMail again = store.find(failed).orElseThrow();
        assertEquals(OutboxStatus.PENDING, again.status());
        assertEquals(0, again.attempts());
        assertTrue(store.dueIds(10).contains(failed));
    }

    @Test
    void localDeliveryMarksADueMailSentOnce() {
        store.insert(OutboxMails.newMail("k", "a@example.org"));
        long id = store.dueIds(1).get(0);

        assertTrue(store.deliverLocally(id, "node-a"));
        assertFalse(store.deliverLocally(id, "node-b"));

        OutboxMail mail = store.find(id).orElseThrow();
        assertEquals(OutboxStatus.SENT, mail.status());
        assertEquals(DeliveryChannel.LOCAL, mail.transport());
    }

    @Test
    void countsAndPagesNewestFirst() {
        for (int i = 0; i < 5; i++) {
            store.insert(OutboxMails.newMail("k" + i, "r" + i + "@example.org"));
        }
        List<Long> ids = store.dueIds(10);
        store.deliverLocally(ids.get(0), "node-a");
        store.claim(ids.get(1), "node-a", LEASE);
        store.recordRetry(ids.get(1), "node-a", "later", clock.instant().plusSeconds(600));

        assertEquals(new OutboxCounts(4, 3, 0, 1, 0, 0), store.counts());
        OutboxPage first = store.list(Optional.empty(), 0, 2);
        assertEquals(5, first.total());
        assertEquals(List.of("r4@example.org", "r3@example.org"), first.items().stream().map(OutboxSummary::recipient).toList());
        assertEquals(List.of("r0@example.org"), store.list(Optional.empty(), 2, 2).items().stream()
                .map(OutboxSummary::recipient).toList());
        OutboxPage sent = store.list(Optional.of(OutboxStatus.SENT), 0, 10);
        assertEquals(1, sent.total());
        assertEquals("r0@example.org", sent.items().get(0).recipient());
    }

    @Test
    void aLongErrorIsShortenedToTheColumn() {
        store.insert(OutboxMails.newMail("k", "a@example.org"));
        long id = store.dueIds(1).get(0);
        store.claim(id, "node-a", LEASE);

        store.recordGivenUp(id, "node-a", OutboxStatus.FAILED, "x".repeat(5000));

        assertEquals(1000, store.find(id).orElseThrow().lastError().length());
    }
}
