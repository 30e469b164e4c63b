package org.leerwerkplek.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.leerwerkplek.analysis.stats.CrossTabOptions;
import org.leerwerkplek.platform.DomainException;
import org.leerwerkplek.surveys.definition.DefinitionParser;
import org.leerwerkplek.surveys.definition.model.AnswerValue;
import org.leerwerkplek.surveys.definition.model.Instrument;
import org.leerwerkplek.surveys.definition.model.Answers;
import org.leerwerkplek.surveys.definition.model.Relevance;
import org.leerwerkplek.surveys.definition.model.Language;

/**
 * A table changed one respondent at a time ({@link ResponseTable#with}) is the table a full read of
 * the changed responses gives: same rows in the same order, same categories, same counts, and the
 * same frequencies and weighted cross-tabs to the last bit.
 */
class ResponseTableChangesTest {

    private static final Instrument QUESTIONNAIRE = StudyFixture.questionnaire();

    /** The study's 305 employers as stored responses with ids 10, 20, ... 3050. */
    private static TreeMap<Long, Map<String, AnswerValue>> study() {
        TreeMap<Long, Map<String, AnswerValue>> responses = new TreeMap<>();
        List<Map<String, AnswerValue>> answers = StudyFixture.answers(QUESTIONNAIRE);
        for (int i = 0; i < answers.size(); i++) {
            responses.put(10L * (i + 1), answers.get(i));
        }
        return responses;
    }

    /** A full read of {@code responses}, handed over in a shuffled order as the database may. */
    private static ResponseTable fullRead(Instrument definition, Map<Long, Map<String, AnswerValue>> responses,
                                          Map<Long, Instrument> versions) {
        List<Long> ids = new ArrayList<>(responses.keySet());
        Collections.shuffle(ids, new Random(17));
        ResponseTable table = ResponseTable.of(definition, 16);
        for (long id : ids) {
            table.add(table.prepare(id, versions.getOrDefault(id, definition), responses.get(id), id % 7 == 0));
        }
        return table.finish();
    }

    private static ResponseTable.Change now(ResponseTable table, long id, Map<String, AnswerValue> answers,
                                            Instrument given) {
        return new ResponseTable.Change(id, Optional.of(table.prepare(id, given, answers, id % 7 == 0)));
    }

    private static ResponseTable.Change removed(long id) {
        return new ResponseTable.Change(id, Optional.empty());
    }

    @Test
    void aSubmitAChangedAnswerThatHidesASectionAndARemovalGiveWhatAFullReadGives() {
        TreeMap<Long, Map<String, AnswerValue>> all = study();
        TreeMap<Long, Map<String, AnswerValue>> before = new TreeMap<>(all.headMap(3000L));
        ResponseTable read = fullRead(QUESTIONNAIRE, before, Map.of());
        String unchanged = fingerprint(read);

        long experienced = before.entrySet().stream()
                .filter(e -> AnswerValue.Single.of("JA").equals(e.getValue().get("Q09_ERVARING")))
                .findFirst().orElseThrow().getKey();
        Map<String, AnswerValue> noExperience = new HashMap<>(before.get(experienced));
        noExperience.put("Q09_ERVARING", AnswerValue.Single.of("NEE"));
        TreeMap<Long, Map<String, AnswerValue>> after = new TreeMap<>(before);
        after.put(3000L, all.get(3000L));
        after.put(3050L, all.get(3050L));
        after.put(15L, all.get(3040L));          // a response started long ago, submitted now: between others
        after.remove(1000L);
        after.put(experienced, noExperience);

        ResponseTable changed = read.with(List.of(now(read, 3050L, all.get(3050L), QUESTIONNAIRE),
                now(read, 3000L, all.get(3000L), QUESTIONNAIRE), now(read, 15L, all.get(3040L), QUESTIONNAIRE),
                removed(1000L), now(read, experienced, noExperience, QUESTIONNAIRE),
                removed(99_999L)));

        assertEquals(unchanged, fingerprint(read), "the table that was read is not changed");
        ResponseTable full = fullRead(QUESTIONNAIRE, after, Map.of());
        assertEquals(fingerprint(full), fingerprint(changed));
        assertSameTables(full, changed);
        int row = rowOf(changed, experienced);
        assertEquals(ResponseTable.NOT_SHOWN, changed.variable("Q10_STELSELS.DBSO").orElseThrow().value(row),
                "the changed answer hides the section of training systems");
        assertNotEquals(ResponseTable.NOT_SHOWN, read.variable("Q10_STELSELS.DBSO").orElseThrow()
                .value(rowOf(read, experienced)));
    }

    @Test
    void newerResponsesAreAddedAfterTheRowsOfTheTableTheyShareAndATableExtendedTwiceCopies() {
        TreeMap<Long, Map<String, AnswerValue>> all = study();
        TreeMap<Long, Map<String, AnswerValue>> before = new TreeMap<>(all.headMap(2000L));
        ResponseTable read = fullRead(QUESTIONNAIRE, before, Map.of());
        String unchanged = fingerprint(read);

        TreeMap<Long, Map<String, AnswerValue>> one = new TreeMap<>(before);
        one.put(2000L, all.get(2000L));
        ResponseTable first = read.with(List.of(now(read, 2000L, all.get(2000L), QUESTIONNAIRE)));
        TreeMap<Long, Map<String, AnswerValue>> other = new TreeMap<>(before);
        other.put(2010L, all.get(2010L));
        other.put(2020L, all.get(2020L));
        ResponseTable second = read.with(List.of(now(read, 2020L, all.get(2020L), QUESTIONNAIRE),
                now(read, 2010L, all.get(2010L), QUESTIONNAIRE)));
        TreeMap<Long, Map<String, AnswerValue>> more = new TreeMap<>(one);
        more.put(2030L, all.get(2030L));
        ResponseTable third = first.with(List.of(now(first, 2030L, all.get(2030L), QUESTIONNAIRE)));

        assertEquals(unchanged, fingerprint(read), "the table that was read is not changed");
        assertEquals(fingerprint(fullRead(QUESTIONNAIRE, one, Map.of())), fingerprint(first),
                "a table made from the same one twice does not write over the first");
        assertEquals(fingerprint(fullRead(QUESTIONNAIRE, other, Map.of())), fingerprint(second));
        assertEquals(fingerprint(fullRead(QUESTIONNAIRE, more, Map.of())), fingerprint(third));
        assertSameTables(fullRead(QUESTIONNAIRE, more, Map.of()), third);
    }

    @Test
    void aNumberQuestionComesAndGoesWithItsDistinctValuesAsInAFullRead() {
        TreeMap<Long, Map<String, AnswerValue>> responses = new TreeMap<>();
        for (long id = 1; id <= 41; id++) {
            responses.put(id, Map.of("Q01_ARBEIDERS", new AnswerValue.Numeric(BigDecimal.valueOf(id)),
                    "Q09_ERVARING", AnswerValue.Single.of("JA")));
        }
        ResponseTable read = fullRead(QUESTIONNAIRE, responses, Map.of());
        assertTrue(read.variable("Q01_ARBEIDERS").isEmpty(), "41 distinct values are no categories");

        responses.remove(41L);
        ResponseTable fewer = read.with(List.of(removed(41L)));
        assertEquals(fingerprint(fullRead(QUESTIONNAIRE, responses, Map.of())), fingerprint(fewer));
        assertEquals(40, fewer.variable("Q01_ARBEIDERS").orElseThrow().levels().size());

        Map<String, AnswerValue> twelve = Map.of("Q01_ARBEIDERS", new AnswerValue.Numeric(new BigDecimal("12.0")),
                "Q09_ERVARING", AnswerValue.Single.of("JA"));
        responses.put(3L, twelve);
        ResponseTable moved = fewer.with(List.of(now(fewer, 3L, twelve, QUESTIONNAIRE)));
        assertEquals(fingerprint(fullRead(QUESTIONNAIRE, responses, Map.of())), fingerprint(moved));
        assertFalse(moved.variable("Q01_ARBEIDERS").orElseThrow().levels().stream().anyMatch(l -> l.code().equals("3")),
                "a value nobody holds any more is no category");
    }

    @Test
    void responsesOfAVersionThatDoesNotAgreeAreCountedAndUncountedAsInAFullRead() {
        Instrument earlier = DefinitionParser.parse("werkgeversbevraging.yaml", StudyFixture.questionnaireText()
                .replace("\nversion: 1\n", "\nversion: 2\n").replace("{code: W1_4,", "{code: W1_3,")).orThrow();
        TreeMap<Long, Map<String, AnswerValue>> all = study();
        Map<Long, Instrument> versions = new HashMap<>();
        versions.put(20L, earlier);
        versions.put(30L, earlier);
        ResponseTable read = fullRead(QUESTIONNAIRE, all, versions);
        assertEquals(2, read.leftOut().get(2).responses());

        TreeMap<Long, Map<String, AnswerValue>> after = new TreeMap<>(all);
        after.remove(20L);
        after.put(40L, all.get(40L));
        versions.put(40L, earlier);
        versions.remove(20L);
        ResponseTable changed = read.with(List.of(removed(20L), now(read, 40L, all.get(40L), earlier)));

        ResponseTable full = fullRead(QUESTIONNAIRE, after, versions);
        assertEquals(fingerprint(full), fingerprint(changed));
        assertEquals(2, changed.leftOut().get(2).responses());
        assertSameTables(full, changed);
    }

    @Test
    void storedColumnsReadBackAsTheTableAndTakeTheChangesSinceAsAFullReadWould() {
        Instrument earlier = DefinitionParser.parse("werkgeversbevraging.yaml", StudyFixture.questionnaireText()
                .replace("\nversion: 1\n", "\nversion: 2\n").replace("{code: W1_4,", "{code: W1_3,")).orThrow();
        TreeMap<Long, Map<String, AnswerValue>> all = study();
        TreeMap<Long, Map<String, AnswerValue>> before = new TreeMap<>(all.headMap(3000L));
        for (long id = 1; id <= 9; id++) {          // a number question with its distinct values
            before.put(id, Map.of("Q01_ARBEIDERS", new AnswerValue.Numeric(BigDecimal.valueOf(id * 3)),
                    "Q09_ERVARING", AnswerValue.Single.of("JA")));
        }
        Map<Long, Instrument> versions = new HashMap<>(Map.of(20L, earlier, 30L, earlier));
        ResponseTable read = fullRead(QUESTIONNAIRE, before, versions);

        ResponseTable stored = ColumnSnapshots.unpack(QUESTIONNAIRE, ColumnSnapshots.pack(read)).orElseThrow();
        assertEquals(fingerprint(read), fingerprint(stored));
        assertEquals(2, stored.leftOut().get(2).responses());
        assertSameTables(read, stored);

        TreeMap<Long, Map<String, AnswerValue>> after = new TreeMap<>(before);
        after.put(3000L, all.get(3000L));
        after.put(3050L, all.get(3050L));
        after.put(15L, all.get(3040L));
        after.remove(20L);
        after.remove(4L);
        versions.remove(20L);
        ResponseTable changed = stored.with(List.of(now(stored, 3000L, all.get(3000L), QUESTIONNAIRE),
                now(stored, 3050L, all.get(3050L), QUESTIONNAIRE), now(stored, 15L, all.get(3040L), QUESTIONNAIRE),
                removed(20L), removed(4L)));
        ResponseTable full = fullRead(QUESTIONNAIRE, after, versions);
        assertEquals(fingerprint(full), fingerprint(changed));
        assertSameTables(full, changed);

        Instrument other = DefinitionParser.parse("werkgeversbevraging.yaml", StudyFixture.questionnaireText()
                .replace("\nversion: 1\n", "\nversion: 3\n").replace("{code: COACHING,", "{code: BEGELEIDING,")).orThrow();
        assertTrue(ColumnSnapshots.unpack(other, ColumnSnapshots.pack(read)).isEmpty(),
                "columns stored for other variables are not read");
        assertTrue(ColumnSnapshots.unpack(QUESTIONNAIRE, new byte[] {1, 2, 3}).isEmpty());
    }

    @Test
    void anImportsResponsesAddedToTheColumnsBeforeItGiveWhatAFullReadGives() {
        TreeMap<Long, Map<String, AnswerValue>> all = study();
        TreeMap<Long, Map<String, AnswerValue>> before = new TreeMap<>(all.headMap(1500L));
        for (long id = 1; id <= 9; id++) {          // a number question, whose categories the import changes
            before.put(id, Map.of("Q01_ARBEIDERS", new AnswerValue.Numeric(BigDecimal.valueOf(id * 3)),
                    "Q09_ERVARING", AnswerValue.Single.of("JA")));
        }
        ResponseTable read = fullRead(QUESTIONNAIRE, before, Map.of());
        String unchanged = fingerprint(read);

        ImportedColumns imported = new ImportedColumns(read, QUESTIONNAIRE);
        TreeMap<Long, Map<String, AnswerValue>> after = new TreeMap<>(before);
        List<Long> ids = new ArrayList<>();
        long id = 20_001;                            // never a multiple of 7: not demo data in fullRead
        for (Map<String, AnswerValue> answers : all.tailMap(1500L).values()) {
            if (id % 2 == 0) {                       // half with the relevance the import's check decided
                imported.accept(answers, Relevance.of(QUESTIONNAIRE, Answers.of(answers)));
            } else {
                imported.accept(answers);
            }
            after.put(id, answers);
            ids.add(id);
            id += 7;
        }
        Map<String, AnswerValue> number = Map.of("Q01_ARBEIDERS", new AnswerValue.Numeric(new BigDecimal("4.50")),
                "Q09_ERVARING", AnswerValue.Single.of("NEE"));
        imported.accept(number);
        after.put(id, number);
        ids.add(id);
        ResponseTable changed = imported.table(ids.stream().mapToLong(Long::longValue).toArray());

        assertEquals(unchanged, fingerprint(read), "the columns before the import are not changed");
        ResponseTable full = fullRead(QUESTIONNAIRE, after, Map.of());
        assertEquals(fingerprint(full), fingerprint(changed));
        assertSameTables(full, changed);

        Instrument earlier = DefinitionParser.parse("werkgeversbevraging.yaml", StudyFixture.questionnaireText()
                .replace("\nversion: 1\n", "\nversion: 2\n").replace("{code: W1_4,", "{code: W1_3,")).orThrow();
        ImportedColumns ofEarlier = new ImportedColumns(read, earlier);
        ofEarlier.accept(all.get(1500L));
        ofEarlier.accept(all.get(1510L));
        ResponseTable leftOut = ofEarlier.table(new long[] {30_001, 30_002});
        assertEquals(read.size(), leftOut.size(), "a version that does not agree adds no rows");
        assertEquals(2, leftOut.leftOut().get(2).responses());

        ImportedColumns fewer = new ImportedColumns(read, QUESTIONNAIRE);
        fewer.accept(all.get(1500L));
        assertThrows(IllegalArgumentException.class, () -> fewer.table(new long[] {1, 2}),
                "ids of other responses than the import's are refused");
    }

    private static int rowOf(ResponseTable table, long id) {
        for (int row = 0; row < table.size(); row++) {
            if (table.responseId(row) == id) {
                return row;
            }
        }
        throw new AssertionError("no row of response " + id);
    }

    /** Everything a table holds, as text: rows, ids, demo marks, versions, categories and values. */
    private static String fingerprint(ResponseTable table) {
        StringBuilder out = new StringBuilder();
        out.append(table.size()).append(' ').append(table.versionsRead()).append(' ').append(table.leftOut()).append('\n');
        for (int row = 0; row < table.size(); row++) {
            out.append(table.responseId(row)).append(table.isDemo(row) ? "d " : " ");
        }
        for (ResponseTable.Variable variable : table.variables()) {
            out.append('\n').append(variable.code()).append(variable.levels().stream().map(ResponseTable.Level::code).toList());
            for (int row = 0; row < table.size(); row++) {
                out.append(' ').append(variable.value(row));
            }
        }
        return out.toString();
    }

    /** Every frequency table and every weighted subgroup cross-tab of the two tables are equal. */
    private static void assertSameTables(ResponseTable expected, ResponseTable actual) {
        for (boolean weighted : new boolean[] {false, true}) {
            Tables one = weighted ? Tables.weighted(expected, Language.NL) : Tables.unweighted(expected, Language.NL);
            Tables other = weighted ? Tables.weighted(actual, Language.NL) : Tables.unweighted(actual, Language.NL);
            int compared = 0;
            for (ResponseTable.Variable variable : expected.variables()) {
                assertEquals(attempt(() -> one.frequencies(variable.code())),
                        attempt(() -> other.frequencies(variable.code())), variable.code());
                for (String subgroup : QUESTIONNAIRE.analysis().subgroups()) {
                    if (!subgroup.equals(variable.code())) {
                        Object table = attempt(() -> one.crossTab(subgroup, variable.code(), CrossTabOptions.DEFAULTS));
                        assertEquals(table, attempt(() -> other.crossTab(subgroup, variable.code(), CrossTabOptions.DEFAULTS)),
                                subgroup + " x " + variable.code());
                        compared++;
                    }
                }
            }
            assertTrue(compared > 300, "cross-tabs compared: " + compared);
        }
    }

    private static Object attempt(java.util.function.Supplier<Object> table) {
        try {
            return table.get();
        } catch (DomainException e) {
            return e.getMessage();
        }
    }
}
