package org.leerwerkplek.surveys;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
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
import java.io.FilterReader;
import java.io.Reader;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import javax.sql.DataSource;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.leerwerkplek.platform.audit.AuditAction;
import org.leerwerkplek.platform.audit.AuditEntry;
import org.leerwerkplek.platform.testing.MigratedDatabase;
import org.leerwerkplek.platform.testing.MutableClock;
import org.leerwerkplek.platform.testing.RecordingAuditLog;
import org.leerwerkplek.surveys.csv.CsvDialect;
import org.leerwerkplek.surveys.csv.ImportResult;
import org.leerwerkplek.surveys.definition.model.AnswerValue;
import org.leerwerkplek.surveys.definition.DefinitionParser;
import org.leerwerkplek.surveys.definition.model.Instrument;
import org.leerwerkplek.surveys.definition.model.Language;
import org.leerwerkplek.surveys.definition.model.Relevance;

/**
 * Responses in and out, without a container: {@link ResponseImport}, {@link ResponseExport},
 * {@link ResponseDeletion} and {@link AnalysisFeed} built by their constructors on a migrated
 * database, with a clock and an audit log of the test's own.
 */
class ResponseDataTest {

    private static final String YAML = """
            id: data
            version: 1
            languages: [nl]
            title: {nl: "Data"}
            sections:
              - id: een
                title: {nl: "Een"}
                questions:
                  - code: Q1
                    type: single
                    label: {nl: "Kleur"}
                    options: [{code: ROOD, nl: "Rood"}, {code: BLAUW, nl: "Blauw"}]
                  - code: Q2
                    type: text
                    label: {nl: "Waarom?"}
            """;
    private static final Instant NOW = Instant.parse("2026-11-25T09:00:00Z");

    private static MigratedDatabase database;
    private static InstrumentVersion version;

    private ResponseStore store;
    private RecordingAuditLog audit;
    private ResponseImport imports;
    private ResponseExport export;
    private ResponseDeletion deletion;
    private AnalysisFeed feed;

    @BeforeAll
    static void migrate() throws SQLException {
        database = new MigratedDatabase("response_data");
        Instrument instrument = DefinitionParser.parse("data.yaml", YAML).orThrow();
        version = new InstrumentVersion(snapshot(), instrument);
    }

    @AfterAll
    static void drop() throws SQLException {
        database.close();
    }

    @BeforeEach
    void setUp() throws SQLException {
        database.execute("DELETE FROM survey_response");
        MutableClock clock = new MutableClock(NOW);
        store = new ResponseStore(database.dataSource());
        audit = new RecordingAuditLog(clock);
        imports = new ResponseImport(store, clock);
        export = new ResponseExport(store, audit);
        deletion = new ResponseDeletion(store);
        Instruments catalog = new Instruments() {
            @Override
            public Optional<SurveyCatalog.ActiveInstrument> instrument(String id) {
                return Optional.empty();
            }

            @Override
            public Optional<Instrument> bySnapshot(long id) {
                return id == version.snapshotId() ? Optional.of(version.instrument()) : Optional.empty();
            }
        };
        feed = new AnalysisFeed(store, catalog);
    }

    @Test
    void anExportReadsBackAsAnImportAndEachExportIsAudited() throws IOException {
        assertEquals(2, imports.store(version, List.of(answers("ROOD", "omdat"), answers("BLAUW", "=1+1")).iterator(),
                ResponseChannel.DEMO, "analist"));
        StringWriter csv = new StringWriter();

        assertEquals(2, export.export(version, false, Language.NL, CsvDialect.STANDARD, csv));
        assertTrue(csv.toString().contains("'=1+1"), "a text that looks like a formula is neutralised: " + csv);

        ImportResult result = imports.importCsv(version, new StringReader(csv.toString()), "admin", rows -> { });
        assertEquals(2, result.accepted());
        assertEquals(2, deletion.count("data", ResponseChannel.IMPORT));
        List<AuditEntry> exports = audit.entries(AuditAction.EXPORT);
        assertEquals(List.of("data:v1:csv:2"), exports.stream().map(AuditEntry::objectId).toList());
        assertEquals(ResponseExport.SURVEY_DATA, exports.get(0).objectKind());
    }

    @Test
    void anImportWithAnErrorStoresNothingAndSaysWhere() {
        String csv = "Q1,Q2\nROOD,goed\nGROEN,fout\n";

        ResponseImport.ImportRefused refused = assertThrows(ResponseImport.ImportRefused.class,
                () -> imports.importCsv(version, new StringReader(csv), "admin", rows -> { }));

        assertFalse(refused.result().isValid());
        assertEquals(0, store.count("data"), "all or nothing");
    }

    @Test
    void anErrorAfterThousandsOfStoredRowsStoresNothingAndNamesItsLine() throws SQLException {
        StringBuilder csv = new StringBuilder("version,Q1,Q2\n");
        for (int i = 0; i < 5000; i++) {
            csv.append(i % 2 == 0 ? "1,ROOD" : "1,BLAUW").append(",tekst ").append(i).append('\n');
        }
        csv.append("1,GROEN,fout\n");
        csv.append("1,ROOD,goed\n");

        ResponseImport.ImportRefused refused;
        try (Connection transaction = database.transaction()) {
            refused = assertThrows(ResponseImport.ImportRefused.class, () -> inOne(transaction)
                    .importCsv(version, new StringReader(csv.toString()), "admin", rows -> { }));
            long written = count(transaction);
            transaction.rollback();
            // in batches of at most 500, and whenever the storing thread would wait for the reading one
            assertTrue(written > 5000 - 500 && written <= 5000, "the checked rows went to the database in batches"
                    + " meanwhile: " + written);
        }

        assertEquals(List.of(5002), refused.result().errors().stream().map(e -> e.line()).toList());
        assertEquals(5002, refused.result().rows(), "every line is read and checked");
        assertEquals(0, store.count("data"), "all or nothing: the refusal rolls the transaction back");
        ImportResult stored = assertDoesNotThrow(() -> imports.importCsv(version,
                new StringReader(csv.toString().replace("1,GROEN,fout\n", "")), "admin", rows -> { }));
        assertEquals(5001, stored.accepted());
        assertEquals(5001, store.count("data"));
    }

    @Test
    void aFollowerOfImportsIsHandedEachCheckedResponseAndThenTheirIdsInTheSameOrder() throws IOException {
        imports.store(version, List.of(answers("ROOD", "al")).iterator(), ResponseChannel.DEMO, "analist");
        List<Map<String, AnswerValue>> handed = new ArrayList<>();
        List<long[]> told = new ArrayList<>();
        ImportedResponses follower = of -> Optional.of(new ImportedResponses.Receiver() {
            @Override
            public void accept(Map<String, AnswerValue> answers, Relevance relevance) {
                assertSame(version.instrument(), relevance.instrument(), "the check's relevance, of the version");
                assertTrue(answers.keySet().stream().allMatch(relevance::isShown), "every answer is shown");
                handed.add(answers);
            }

            @Override
            public void stored(long[] ids) {
                told.add(ids);
            }
        });
        ImportedResponses failing = of -> {
            throw new IllegalStateException("a follower that fails");
        };
        ResponseImport followed = new ResponseImport(store, new MutableClock(NOW), new ReadAheadThreads(Thread::new),
                List.of(failing, follower));
        StringBuilder csv = new StringBuilder("version,Q1,Q2\n");
        for (int i = 0; i < 1200; i++) {
            csv.append(i % 3 == 0 ? "1,ROOD" : "1,BLAUW").append(",reden ").append(i).append('\n');
        }

        assertEquals(1200, followed.importCsv(version, new StringReader(csv.toString()), "admin", rows -> { }).accepted());

        assertEquals(1200, handed.size());
        assertEquals(1, told.size(), "told once, after every response was stored");
        long[] ids = told.get(0);
        assertEquals(1200, ids.length);
        List<AnalysisFeed.SubmittedResponse> stored = new ArrayList<>();
        feed.forEachSubmitted("data", response -> {
            if (!response.demo()) {
                stored.add(response);
            }
        });
        assertEquals(1200, stored.size());
        for (int i = 0; i < ids.length; i++) {
            assertEquals(stored.get(i).id(), ids[i]);
            assertEquals(handed.get(i), stored.get(i).answers(), "response " + i);
        }

        told.clear();
        assertThrows(ResponseImport.ImportRefused.class, () -> followed.importCsv(version,
                new StringReader("Q1,Q2\nROOD,goed\nGROEN,fout\n"), "admin", rows -> { }));
        assertTrue(told.isEmpty(), "a refused import tells no ids");
    }

    /** An import whose every connection is {@code transaction} (closing it does nothing), as in the container's transaction. */
    private static ResponseImport inOne(Connection transaction) {
        InvocationHandler connection = (proxy, method, arguments) -> {
            if (method.getName().equals("close")) {
                return null;
            }
            try {
                return method.invoke(transaction, arguments);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        DataSource dataSource = (DataSource) Proxy.newProxyInstance(ResponseDataTest.class.getClassLoader(),
                new Class<?>[] {DataSource.class}, (proxy, method, arguments) -> {
                    if (method.getName().equals("getConnection")) {
                        return Proxy.newProxyInstance(ResponseDataTest.class.getClassLoader(),
                                new Class<?>[] {Connection.class}, connection);
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        return new ResponseImport(new ResponseStore(dataSource), new MutableClock(NOW));
    }

    private static long count(Connection transaction) throws SQLException {
        try (Statement select = transaction.createStatement();
             ResultSet row = select.executeQuery("SELECT COUNT(*) FROM survey_response")) {
            row.next();
            return row.getLong(1);
        }
    }

    @Test
    void aFailingReadStoresNothingAndEndsTheReadingThread() throws SQLException {
        StringBuilder csv = new StringBuilder("version,Q1,Q2\n");
        for (int i = 0; i < 3000; i++) {
            csv.append("1,ROOD,tekst ").append(i).append('\n');
        }
        Reader failing = new FilterReader(new StringReader(csv.toString())) {
            private int read;

            @Override
            public int read(char[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, Math.min(length, 1000));
                read += Math.max(n, 0);
                if (read > 40_000) {
                    throw new IOException("connection reset");
                }
                return n;
            }
        };

        try (Connection transaction = database.transaction()) {
            IOException failed = assertThrows(IOException.class,
                    () -> inOne(transaction).importCsv(version, failing, "admin", rows -> { }));
            assertEquals("connection reset", failed.getMessage());
            transaction.rollback();
        }

        assertEquals(0, store.count("data"));
        assertTrue(Thread.getAllStackTraces().keySet().stream().noneMatch(t -> t.getName().startsWith("surveys-read-ahead")),
                "no reading thread is left");
    }

    @Test
    void theFeedHandsOverSubmittedResponsesWithTheirDefinitionAndTellsDemoData() {
        imports.store(version, List.of(answers("ROOD", "x")).iterator(), ResponseChannel.DEMO, "analist");
        imports.store(version, List.of(answers("BLAUW", "y")).iterator(), ResponseChannel.IMPORT, "admin");
        String before = feed.submittedState("data");
        List<AnalysisFeed.SubmittedResponse> handed = new ArrayList<>();

        assertEquals(2, feed.forEachSubmitted("data", handed::add));

        assertEquals(List.of(true, false), handed.stream().map(AnalysisFeed.SubmittedResponse::demo).toList());
        assertEquals(AnswerValue.Single.of("BLAUW"), handed.get(1).answers().get("Q1"));
        assertEquals(1, deletion.delete("data", ResponseChannel.DEMO));
        assertFalse(before.equals(feed.submittedState("data")), "removing a response changes the state");
        assertEquals(1, feed.forEachSubmitted("data", response -> { }));
    }

    private static Map<String, AnswerValue> answers(String colour, String why) {
        return Map.of("Q1", AnswerValue.Single.of(colour), "Q2", new AnswerValue.Text(why));
    }

    private static long snapshot() throws SQLException {
        try (Connection c = database.dataSource().getConnection();
             PreparedStatement insert = c.prepareStatement("INSERT INTO survey_definition (instrument_id, version,"
                     + " revision, content_hash, file_name, source, loaded_at) VALUES ('data', 1, 1, 'h', 'data.yaml',"
                     + " ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, YAML);
            insert.setTimestamp(2, Timestamp.from(NOW));
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }
}
