package org.leerwerkplek.surveys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.leerwerkplek.platform.DomainException;
import org.leerwerkplek.platform.persistence.Sql;
import org.leerwerkplek.platform.testing.MigratedDatabase;

/**
 * The {@code survey_response} table's SQL on a migrated database (Derby in memory; PostgreSQL with
 * {@code -Dlwp.test.postgresql.url=...}): every write and read of {@link ResponseStore}.
 */
class ResponseStoreTest {

    private static final Instant NOW = Instant.parse("2026-11-25T09:30:00Z");
    private static final String HASH = "a".repeat(64);

    private static MigratedDatabase database;
    private static ResponseStore store;
    private static long snapshot;
    private static long other;

    @BeforeAll
    static void migrate() throws SQLException {
        database = new MigratedDatabase("response_store");
        store = new ResponseStore(database.dataSource());
        snapshot = snapshot("wgb", 2);
        other = snapshot("wgb", 3);
    }

    @BeforeEach
    void empty() throws SQLException {
        database.execute("DELETE FROM survey_response");
        database.execute("DELETE FROM survey_response_stamp");
    }

    @AfterAll
    static void drop() throws SQLException {
        database.close();
    }

    @Test
    void aResponseComesBackAsItWasStoredByIdAndByTokenHash() {
        SurveyResponse response = new SurveyResponse(snapshot, "wgb", 2, HASH, ResponseChannel.PUBLIC_LINK, "fr",
                "intro", null, NOW);
        long id = store.insert(response);

        assertEquals(id, response.getId());
        SurveyResponse found = store.find(id).orElseThrow();
        assertEquals(List.of(snapshot, "wgb", 2, HASH, ResponseStatus.PARTIAL, ResponseChannel.PUBLIC_LINK, "fr", "intro",
                        NOW, NOW, "", 1L),
                List.of(found.getSnapshotId(), found.getInstrumentId(), found.getVersion(), found.getTokenHash(),
                        found.getStatus(), found.getChannel(), found.getLanguage(), found.getCurrentSection(),
                        found.getCreatedAt(), found.getUpdatedAt(), found.getAnswers(), found.getRowVersion()));
        assertNull(found.getSubmittedAt());
        assertNull(found.getOpenedAt());
        assertEquals(id, store.findByTokenHash(HASH).orElseThrow().getId());
        assertTrue(store.findByTokenHash("b".repeat(64)).isEmpty());
        assertTrue(store.find(id + 1).isEmpty());
    }

    @Test
    void aSaveWritesOverTheVersionItReadAndASecondSaveOfThatVersionIsAConflict() {
        long id = store.insert(new SurveyResponse(snapshot, "wgb", 2, HASH, ResponseChannel.LINK, "nl", "intro", null, NOW));
        SurveyResponse first = store.find(id).orElseThrow();
        SurveyResponse second = store.find(id).orElseThrow();

        first.replaceAnswers("Q1=A\n", NOW.plusSeconds(60));
        first.moveTo("werk", NOW.plusSeconds(60));
        store.update(first);
        assertEquals(2, first.getRowVersion(), "the copy that was written knows its new version");

        second.submit(NOW.plusSeconds(90));
        DomainException conflict = assertThrows(DomainException.class, () -> store.update(second));
        assertEquals(DomainException.Kind.CONFLICT, conflict.kind());
        SurveyResponse stored = store.find(id).orElseThrow();
        assertEquals(List.of("Q1=A\n", "werk", ResponseStatus.PARTIAL, NOW.plusSeconds(60)),
                List.of(stored.getAnswers(), stored.getCurrentSection(), stored.getStatus(), stored.getUpdatedAt()));

        stored.submit(NOW.plusSeconds(120));
        store.update(stored);
        assertEquals(NOW.plusSeconds(120), store.find(id).orElseThrow().getSubmittedAt());
    }

    @Test
    void onlyTheFirstOpeningIsRecorded() {
        long id = store.insert(new SurveyResponse(snapshot, "wgb", 2, HASH, ResponseChannel.LINK, "nl", "intro", null, NOW));
        store.markOpened(id, NOW.plusSeconds(10));
        store.markOpened(id, NOW.plusSeconds(20));
        SurveyResponse opened = store.find(id).orElseThrow();
        assertEquals(NOW.plusSeconds(10), opened.getOpenedAt());
        assertEquals(1, opened.getRowVersion(), "opening is no change of answers: a save read before still goes through");
    }

    @Test
    void aBatchStoresMoreThanOneRoundOfRowsAndTheReadsStreamThemInOrder() throws IOException, SQLException {
        try (ResponseStore.Batch batch = store.batch()) {
            for (int i = 0; i < 1203; i++) {
                batch.add(SurveyResponse.submitted(snapshot, "wgb", 2, ResponseChannel.IMPORT, "nl", "imp",
                        "Q1=" + i + "\n", NOW));
            }
            batch.add(SurveyResponse.submitted(other, "wgb", 3, ResponseChannel.DEMO, "nl", null, "Q1=X\n", NOW));
            assertEquals(1204, batch.finish());
        }
        store.insert(new SurveyResponse(snapshot, "wgb", 2, HASH, ResponseChannel.LINK, "nl", "intro", null, NOW));

        assertEquals(1205, store.count("wgb"));
        assertEquals(1203, store.count("wgb", ResponseChannel.IMPORT));
        List<String> answers = new ArrayList<>();
        assertEquals(1204, store.forEachSubmitted("wgb", r -> answers.add(r.getAnswers())), "the open link is not submitted");
        assertEquals("Q1=0\n", answers.get(0));
        assertEquals("Q1=X\n", answers.get(1203));
        long[] ids = store.ofVersion("wgb", 2, responses -> {
            List<Long> read = new ArrayList<>();
            responses.forEachRemaining(r -> read.add(r.getId()));
            return read.stream().mapToLong(Long::longValue).toArray();
        });
        assertEquals(1204, ids.length, "version 2: the imported ones and the link");
        assertTrue(LongStream.range(1, ids.length).allMatch(i -> ids[(int) i - 1] < ids[(int) i]), "oldest first");
        assertEquals(List.of(ids[2], ids[3]), store.page("wgb", 2, 2).stream().map(SurveyResponse::getId).toList());
        assertEquals("", store.page("wgb", 0, 1).get(0).getAnswers(), "a list leaves the answers out");
    }

    @Test
    void answersLongerThanTheInlineColumnAreKeptWholeByEveryWriteAndComeBackByEveryRead()
            throws IOException, SQLException {
        // the inline column holds UTF-8 bytes (V39): 32,672 of them, here 16,333 characters of two bytes
        String limit = "Q1\t\t\t\t" + "é".repeat(16_332) + "a\n";
        String longer = "Q1\t\t\t\t" + "ö".repeat(40_000) + "\n";
        String fewCharsManyBytes = "Q1\t\t\t\t" + "é".repeat(20_000) + "\n";
        assertEquals(32_672, limit.getBytes(StandardCharsets.UTF_8).length);
        long id;
        try (ResponseStore.Batch batch = store.batch()) {
            batch.add(SurveyResponse.submitted(snapshot, "wgb", 2, ResponseChannel.IMPORT, "nl", null, longer, NOW));
            batch.add(SurveyResponse.submitted(snapshot, "wgb", 2, ResponseChannel.IMPORT, "nl", null, limit, NOW));
            batch.finish();
        }
        id = store.insert(new SurveyResponse(snapshot, "wgb", 2, HASH, ResponseChannel.LINK, "nl", "intro", null, NOW));
        assertTrue(store.replaceAnswers(id, longer, NOW));
        assertEquals(List.of(longer, limit, longer), store.ofVersion("wgb", 2, responses -> {
            List<String> read = new ArrayList<>();
            responses.forEachRemaining(r -> read.add(r.getAnswers()));
            return read;
        }));
        assertEquals(List.of(0, 1, 0), inlineFlags(), "only the one that fits is in the inline column");
        assertTrue(store.replaceAnswers(id, fewCharsManyBytes, NOW));
        assertEquals(fewCharsManyBytes, store.find(id).orElseThrow().getAnswers());
        assertEquals(List.of(0, 1, 0), inlineFlags(), "20,000 characters of 40,000 bytes do not fit in the inline column");

        store.erase(Map.of(id, limit));
        assertEquals(limit, store.find(id).orElseThrow().getAnswers());
        assertEquals(List.of(0, 1, 1), inlineFlags());
        SurveyResponse saved = store.find(id).orElseThrow();
        saved.replaceAnswers(longer, NOW);
        store.update(saved);
        assertEquals(longer, store.findAll(List.of(id)).get(0).getAnswers());
        assertEquals(List.of(0, 1, 0), inlineFlags());
        saved = store.find(id).orElseThrow();
        saved.replaceAnswers("Q1=A\n", NOW);
        store.update(saved);
        assertEquals("Q1=A\n", store.find(id).orElseThrow().getAnswers());
        assertEquals(List.of(0, 1, 1), inlineFlags(), "a shorter text leaves the long column empty");
    }

    /** Per response, oldest first: 1 when its answers are in the inline column and the long one is empty, 0 the other way round. */
    private static List<Integer> inlineFlags() throws SQLException {
        List<Integer> flags = new ArrayList<>();
        try (Connection connection = database.dataSource().getConnection();
             Statement select = connection.createStatement();
             ResultSet rows = select.executeQuery("SELECT CASE WHEN answers IS NOT NULL AND answers_long IS NULL THEN 1"
                     + " WHEN answers IS NULL AND answers_long IS NOT NULL THEN 0 ELSE -1 END FROM survey_response ORDER BY id")) {
            while (rows.next()) {
                flags.add(rows.getInt(1));
            }
        }
        return flags;
    }

    @Test
    void theSubmittedStateChangesWhenAResponseIsSubmittedOrRemoved() {
        String empty = store.submittedState("wgb");
        long id = store.insert(new SurveyResponse(snapshot, "wgb", 2, HASH, ResponseChannel.LINK, "nl", "intro", null, NOW));
        assertEquals(empty, store.submittedState("wgb"), "an open response changes nothing");
        SurveyResponse response = store.find(id).orElseThrow();
        response.submit(NOW.plusSeconds(5));
        store.update(response);
        String submitted = store.submittedState("wgb");
        assertNotEquals(empty, submitted);
        store.insert(SurveyResponse.submitted(snapshot, "wgb", 2, ResponseChannel.DEMO, "nl", null, "", NOW));
        assertNotEquals(submitted, store.submittedState("wgb"));
        assertEquals(1, store.delete("wgb", ResponseChannel.DEMO));
        assertEquals(submitted, store.submittedState("wgb"));
    }

    @Test
    void everyChangeToSubmittedResponsesMovesTheCounterAndSingleChangesAreFoundSinceAPoint() {
        assertEquals(new ResponseStore.ChangeState(0, 0), store.changeState("wgb"));
        store.insert(SurveyResponse.submitted(snapshot, "wgb", 2, ResponseChannel.PAPER, "nl", "ann", "", NOW));
        ResponseStore.ChangeState start = store.changeState("wgb");
        assertEquals(new ResponseStore.ChangeState(1, 1), start, "the first change asks for a full read");
        long id = store.insert(new SurveyResponse(snapshot, "wgb", 2, HASH, ResponseChannel.LINK, "nl", "intro", null, NOW));
        assertEquals(start, store.changeState("wgb"), "an open response changes nothing");
        SurveyResponse response = store.find(id).orElseThrow();
        response.submit(NOW.plusSeconds(5));
        store.update(response);
        ResponseStore.ChangeState submitted = store.changeState("wgb");
        assertEquals(start.seq() + 1, submitted.seq());
        assertEquals(start.rebuildSeq(), submitted.rebuildSeq(), "a single change needs no full read");
        List<Long> changed = new ArrayList<>();
        store.forEachChangedSince("wgb", start.seq(), row -> changed.add(row.id()));
        assertEquals(List.of(id), changed);

        try (ResponseStore.Batch batch = store.batch()) {
            batch.add(SurveyResponse.submitted(snapshot, "wgb", 2, ResponseChannel.IMPORT, "nl", "ann", "", NOW));
            batch.finish();
        }
        ResponseStore.ChangeState imported = store.changeState("wgb");
        changed.clear();
        store.forEachChangedSince("wgb", submitted.seq(), row -> changed.add(row.id()));
        assertEquals(1, changed.size(), "a small import is stamped response by response");
        assertEquals(start.rebuildSeq(), imported.rebuildSeq());

        assertTrue(store.replaceAnswers(id, "Q1\t\tROOD\t\t\n", NOW));
        changed.clear();
        store.forEachChangedSince("wgb", imported.seq(), row -> changed.add(row.id()));
        assertEquals(List.of(id), changed, "replaced answers are found again");
        changed.clear();
        store.forEachChangedSince("wgb", start.seq(), row -> changed.add(row.id()));
        assertEquals(2, changed.size(), "the submitted link response (stamped twice) and the imported one, once each");
        assertTrue(changed.contains(id));

        assertEquals(1, store.delete("wgb", ResponseChannel.IMPORT));
        ResponseStore.ChangeState removed = store.changeState("wgb");
        assertEquals(removed.seq(), removed.rebuildSeq(), "a removal in bulk asks for a full read");
        assertTrue(removed.seq() > imported.seq());
        assertEquals(List.of(0L), Sql.list(database.dataSource(), "counting", "SELECT COUNT(*) FROM survey_response_stamp"
                + " WHERE instrument_id = ?", row -> row.getLong(1), "wgb"), "stamps below a full read are not kept");
    }

    @Test
    void aFirstChangeWhoseCounterAnotherTransactionMadeMeanwhileGoesOnFromThatCounter() throws SQLException {
        database.execute("DELETE FROM survey_response_change WHERE instrument_id = 'race'");
        try (Connection late = database.transaction()) {
            assertEquals(0, Sql.list(late, "SELECT seq FROM survey_response_change WHERE instrument_id = ?",
                    row -> row.getLong(1), "race").size(), "the late transaction saw no counter");
            try (Connection early = database.transaction()) {
                assertTrue(ResponseStore.createdCounter(early, "race"));
                early.commit();
            }
            assertFalse(ResponseStore.createdCounter(late, "race"), "the counter was there by then");
            assertEquals(2, ResponseStore.changed(late, "race", false), "the transaction goes on (also on PostgreSQL)");
            late.commit();
        }
        assertEquals(new ResponseStore.ChangeState(2, 1), store.changeState("race"));
    }

    @Test
    void twoFirstChangesAtOnceBothCount() throws Exception {
        database.execute("DELETE FROM survey_response_change WHERE instrument_id LIKE 'race%'");
        java.util.concurrent.ExecutorService two = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 10; round++) {
                String instrument = "race" + round;
                java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(2);
                List<java.util.concurrent.Future<Long>> changes = new ArrayList<>();
                for (int node = 0; node < 2; node++) {
                    changes.add(two.submit(() -> {
                        try (Connection connection = database.transaction()) {
                            together.await();
                            long seq = ResponseStore.changed(connection, instrument, false);
                            connection.commit();
                            return seq;
                        }
                    }));
                }
                List<Long> seqs = new ArrayList<>();
                for (java.util.concurrent.Future<Long> change : changes) {
                    seqs.add(change.get(60, java.util.concurrent.TimeUnit.SECONDS));
                }
                seqs.sort(null);
                assertEquals(List.of(1L, 2L), seqs, "round " + round);
                assertEquals(new ResponseStore.ChangeState(2, 1), store.changeState(instrument));
            }
        } finally {
            two.shutdownNow();
        }
    }

    @Test
    void aLargeImportAsksForAFullReadInsteadOfStampingEveryResponse() {
        ResponseStore.ChangeState start = store.changeState("wgb");
        try (ResponseStore.Batch batch = store.batch()) {
            for (int i = 0; i <= ResponseStore.STAMPED_BATCH; i++) {
                batch.add(SurveyResponse.submitted(snapshot, "wgb", 2, ResponseChannel.IMPORT, "nl", "ann", "", NOW));
            }
            batch.finish();
        }
        ResponseStore.ChangeState imported = store.changeState("wgb");
        assertEquals(imported.seq(), imported.rebuildSeq());
        assertTrue(imported.seq() > start.seq());
        long[] stamped = {0};
        store.forEachChangedSince("wgb", start.seq(), row -> stamped[0]++);
        assertEquals(0, stamped[0]);
        assertEquals(ResponseStore.STAMPED_BATCH + 1,
                store.forEachSubmittedAnswers("wgb", 500, row -> assertEquals(ResponseStatus.SUBMITTED, row.status())));
    }

    @Test
    void linkResponsesAreFoundByTheirTokenHashAndOnlyTheyMoveTheirClosing() {
        String other = "c".repeat(64);
        try (ResponseStore.Batch batch = store.batch()) {
            batch.add(SurveyResponse.link(snapshot, "wgb", 2, HASH, "nl", "intro", NOW.plusSeconds(3600), NOW));
            batch.add(SurveyResponse.link(snapshot, "wgb", 2, other, "fr", "intro", NOW.plusSeconds(3600), NOW));
            batch.finish();
        }
        long paper = store.insert(new SurveyResponse(snapshot, "wgb", 2, null, ResponseChannel.PAPER, "nl", "intro", "ann", NOW));
        Map<String, Long> ids = store.idsByTokenHash(List.of(HASH, other, "d".repeat(64)));
        assertEquals(2, ids.size());

        store.closeAt(List.of(ids.get(HASH), paper), NOW.plusSeconds(7200));
        assertEquals(NOW.plusSeconds(7200), store.find(ids.get(HASH)).orElseThrow().getClosesAt());
        assertEquals(NOW.plusSeconds(3600), store.find(ids.get(other)).orElseThrow().getClosesAt());
        assertNull(store.find(paper).orElseThrow().getClosesAt(), "not a link response");
        assertEquals(List.of(ids.get(HASH), ids.get(other)),
                store.statesOf(List.of(ids.get(other), ids.get(HASH))).stream().map(SurveyResponse::getId).toList());
    }

    @Test
    void erasingReplacesTheAnswersDropsTheLinkAndRefusesASaveReadBefore() {
        long id = store.insert(new SurveyResponse(snapshot, "wgb", 2, HASH, ResponseChannel.LINK, "nl", "intro", null, NOW));
        SurveyResponse before = store.find(id).orElseThrow();

        store.erase(Map.of(id, "Q1=A\n"));

        SurveyResponse erased = store.find(id).orElseThrow();
        assertEquals("Q1=A\n", erased.getAnswers());
        assertNull(erased.getTokenHash());
        assertTrue(store.findByTokenHash(HASH).isEmpty(), "the link opens nothing any more");
        before.replaceAnswers("Q9=mijn naam\n", NOW);
        assertThrows(DomainException.class, () -> store.update(before), "the text cannot come back");
    }

    @Test
    void replacingAnswersAlsoChangesASubmittedResponse() {
        long id = store.insert(SurveyResponse.submitted(snapshot, "fiche", 1, ResponseChannel.PAPER, "nl", "ann",
                "Q1=A\nQ2=tekst\n", NOW));
        assertTrue(store.replaceAnswers(id, "Q1=A\n", NOW.plusSeconds(30)));
        SurveyResponse changed = store.find(id).orElseThrow();
        assertEquals(List.of("Q1=A\n", NOW.plusSeconds(30), 2L, ResponseStatus.SUBMITTED),
                List.of(changed.getAnswers(), changed.getUpdatedAt(), changed.getRowVersion(), changed.getStatus()));
        assertFalse(store.replaceAnswers(id + 100, "", NOW));
    }

    @Test
    void theAccountThatEnteredResponsesIsFoundAndForgotten() {
        long first = store.insert(new SurveyResponse(snapshot, "wgb", 2, null, ResponseChannel.PAPER, "nl", "intro", "ann", NOW));
        store.insert(new SurveyResponse(snapshot, "wgb", 2, null, ResponseChannel.PAPER, "nl", "intro", "bob", NOW));
        long second = store.insert(new SurveyResponse(snapshot, "wgb", 2, null, ResponseChannel.PAPER, "nl", "intro", "ann", NOW));

        assertEquals(List.of(first, second), store.enteredBy("ann"));
        assertEquals(2, store.forgetEnteredBy("ann"));
        assertEquals(List.of(), store.enteredBy("ann"));
        assertNull(store.find(first).orElseThrow().getEnteredBy());
        assertEquals(1, store.enteredBy("bob").size());
    }

    @Test
    void openLinkResponsesPastTheCutoffAreCountedAndRemovedAndNoOther() {
        Instant cutoff = NOW;
        Instant before = NOW.minusSeconds(86_400);
        long closedBefore = store.insert(SurveyResponse.link(snapshot, "wgb", 2, HASH, "nl", "intro", before, NOW));
        store.insert(SurveyResponse.link(snapshot, "wgb", 2, "c".repeat(64), "nl", "intro", NOW.plusSeconds(60), before));
        long untouchedPublic = store.insert(new SurveyResponse(snapshot, "wgb", 2, "d".repeat(64),
                ResponseChannel.PUBLIC_LINK, "nl", "intro", null, before));
        store.insert(new SurveyResponse(snapshot, "wgb", 2, "e".repeat(64), ResponseChannel.PUBLIC_LINK, "nl", "intro",
                null, NOW));
        store.insert(new SurveyResponse(snapshot, "wgb", 2, null, ResponseChannel.PAPER, "nl", "intro", "ann", before));
        store.insert(SurveyResponse.submitted(snapshot, "wgb", 2, ResponseChannel.IMPORT, "nl", null, "", before));

        assertEquals(2, store.countOpenPast(cutoff), "closed before the cutoff, or untouched since before it, without closing");
        assertEquals(2, store.deleteOpenPast(cutoff));
        assertTrue(store.find(closedBefore).isEmpty());
        assertTrue(store.find(untouchedPublic).isEmpty());
        assertEquals(4, store.count("wgb"));
    }

    private static long snapshot(String instrument, int version) throws SQLException {
        try (Connection c = database.dataSource().getConnection();
             PreparedStatement insert = c.prepareStatement("INSERT INTO survey_definition (instrument_id, version,"
                     + " revision, content_hash, file_name, source, loaded_at) VALUES (?, ?, 1, ?, ?, '', ?)",
                     Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, instrument);
            insert.setInt(2, version);
            insert.setString(3, instrument + version);
            insert.setString(4, instrument + ".yaml");
            insert.setTimestamp(5, Timestamp.from(NOW));
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }
}
