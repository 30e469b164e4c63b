package org.leerwerkplek.surveys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.leerwerkplek.platform.DomainException;
import org.leerwerkplek.platform.security.SecretToken;
import org.leerwerkplek.platform.testing.MigratedDatabase;
import org.leerwerkplek.platform.testing.MutableClock;
import org.leerwerkplek.surveys.definition.model.AnswerValue;
import org.leerwerkplek.surveys.definition.DefinitionParser;
import org.leerwerkplek.surveys.definition.model.Instrument;
import org.leerwerkplek.surveys.definition.model.Language;
import org.leerwerkplek.surveys.definition.validation.Violation;

/**
 * The rules of answering, without a container: {@link ResponseService} and
 * {@link LinkResponseService} built by their constructors on a migrated database (the store's test
 * pattern), a small instrument and a clock the test moves.
 */
class ResponseServiceTest {

    private static final String YAML = """
            id: proef
            version: 1
            languages: [nl, fr]
            title: {nl: "Proef", fr: "Essai"}
            sections:
              - id: een
                title: {nl: "Een", fr: "Een"}
                questions:
                  - code: Q1
                    type: yesno
                    label: {nl: "Werkt u met leerlingen?", fr: "Werkt u met leerlingen?"}
                    required: true
                  - code: Q2
                    type: text
                    label: {nl: "Welke?", fr: "Welke?"}
                    relevant: "Q1 == JA"
              - id: twee
                title: {nl: "Twee", fr: "Twee"}
                relevant: "Q1 == JA"
                questions:
                  - code: Q3
                    type: number
                    label: {nl: "Hoeveel?", fr: "Hoeveel?"}
              - id: drie
                title: {nl: "Drie", fr: "Drie"}
                questions:
                  - code: Q4
                    type: text
                    label: {nl: "Opmerking", fr: "Opmerking"}
            """;

    private static MigratedDatabase database;
    private static Instrument instrument;
    private static long snapshot;

    private MutableClock clock;
    private ResponseStore store;
    private ResponseService responses;
    private LinkResponseService links;

    @BeforeAll
    static void migrate() throws SQLException {
        database = new MigratedDatabase("response_service");
        instrument = DefinitionParser.parse("proef.yaml", YAML).orThrow();
        snapshot = snapshot();
    }

    @AfterAll
    static void drop() throws SQLException {
        database.close();
    }

    @BeforeEach
    void setUp() throws SQLException {
        database.execute("DELETE FROM survey_response");
        clock = new MutableClock(Instant.parse("2026-11-25T09:00:00Z"));
        store = new ResponseStore(database.dataSource());
        Instruments catalog = new Instruments() {
            @Override
            public Optional<SurveyCatalog.ActiveInstrument> instrument(String id) {
                return id.equals(instrument.id())
                        ? Optional.of(new SurveyCatalog.ActiveInstrument(snapshot, instrument, Map.of(), List.of()))
                        : Optional.empty();
            }

            @Override
            public Optional<Instrument> bySnapshot(long id) {
                return id == snapshot ? Optional.of(instrument) : Optional.empty();
            }
        };
        responses = new ResponseService(store, catalog, clock);
        links = new LinkResponseService(store, catalog, clock);
    }

    @Test
    void aStartKeepsOnlyTheHashOfItsTokenAndFallsBackToDutch() {
        ResponseService.Started started = responses.start("proef", Language.EN, ResponseChannel.LINK, null);

        SurveyResponse stored = store.find(started.responseId()).orElseThrow();
        assertEquals(SecretToken.hash(started.token()), stored.getTokenHash());
        assertEquals(List.of("nl", "een", ResponseStatus.PARTIAL), List.of(stored.getLanguage(),
                stored.getCurrentSection(), stored.getStatus()));
        assertEquals("fr", store.find(responses.start("proef", Language.FR, ResponseChannel.LINK, null).responseId())
                .orElseThrow().getLanguage());
        DomainException unknown = assertThrows(DomainException.class,
                () -> responses.start("onbekend", Language.NL, ResponseChannel.LINK, null));
        assertEquals(DomainException.Kind.NOT_FOUND, unknown.kind());
    }

    @Test
    void anUnknownOrMalformedLinkOpensNothing() {
        assertTrue(responses.open("kapot").isEmpty());
        assertTrue(responses.open(SecretToken.generate()).isEmpty());
        assertThrows(DomainException.class, () -> responses.save(SecretToken.generate(), "een", Map.of(),
                ResponseService.Move.NEXT));
    }

    @Test
    void openingRecordsTheFirstTimeOnly() {
        String token = responses.start("proef", Language.NL, ResponseChannel.LINK, null).token();
        Instant first = clock.instant().plusSeconds(60);
        clock.advance(Duration.ofSeconds(60));
        responses.open(token);
        clock.advance(Duration.ofHours(1));
        responses.open(token);
        assertEquals(first, store.findByTokenHash(SecretToken.hash(token)).orElseThrow().getOpenedAt());
    }

    @Test
    void aPageWithAMissingRequiredAnswerIsStoredButDoesNotMoveOn() {
        String token = responses.start("proef", Language.NL, ResponseChannel.LINK, null).token();

        ResponseService.Saved saved = responses.save(token, "een", Map.of(), ResponseService.Move.NEXT);

        assertEquals(List.of("Q1"), saved.violations().stream().map(Violation::question).toList());
        assertEquals("een", saved.currentSection());
        clock.advance(Duration.ofMinutes(1));
        assertEquals(clock.instant().minusSeconds(60), store.findByTokenHash(SecretToken.hash(token)).orElseThrow()
                .getUpdatedAt(), "saved, so the respondent's progress shows");
    }

    @Test
    void nextSkipsASectionThatIsNotShownAndAnswersOfHiddenQuestionsAreNotKept() {
        String token = responses.start("proef", Language.NL, ResponseChannel.LINK, null).token();

        ResponseService.Saved saved = responses.save(token, "een",
                Map.of("Q1", AnswerValue.Single.of("NEE"), "Q2", new AnswerValue.Text("metselaars")),
                ResponseService.Move.NEXT);

        assertEquals(List.of(), saved.violations());
        assertEquals("drie", saved.currentSection(), "section twee is only for those who answer JA");
        assertFalse(saved.answers().given("Q2").isPresent(), "Q2 is hidden when Q1 is NEE");
        ResponseService.Opened opened = responses.open(token).orElseThrow();
        assertEquals("drie", opened.currentSection());
        assertEquals(Optional.of(AnswerValue.Single.of("NEE")), opened.answers().given("Q1"));
        assertEquals("een", responses.save(token, "drie", Map.of(), ResponseService.Move.BACK).currentSection(),
                "back skips section twee as well");
    }

    @Test
    void submittingLocksTheResponseAndAnIncompleteOneIsNotSubmitted() {
        String token = responses.start("proef", Language.NL, ResponseChannel.LINK, null).token();

        assertEquals(List.of("Q1"), responses.submit(token).stream().map(Violation::question).toList());
        assertEquals(ResponseStatus.PARTIAL, responses.open(token).orElseThrow().status());

        responses.save(token, "een", Map.of("Q1", AnswerValue.Single.of("JA")), ResponseService.Move.NEXT);
        clock.advance(Duration.ofMinutes(5));
        assertEquals(List.of(), responses.submit(token));

        SurveyResponse submitted = store.findByTokenHash(SecretToken.hash(token)).orElseThrow();
        assertEquals(ResponseStatus.SUBMITTED, submitted.getStatus());
        assertEquals(clock.instant(), submitted.getSubmittedAt());
        DomainException locked = assertThrows(DomainException.class, () -> responses.save(token, "een",
                Map.of("Q1", AnswerValue.Single.of("NEE")), ResponseService.Move.STAY));
        assertEquals("respond.alreadySubmitted", locked.messageKey());
    }

    @Test
    void aLinkResponseTakesNoAnswersAfterItsClosingAndAStartOfTheSameTokenGivesTheSameResponse() {
        String token = SecretToken.generate();
        Instant closes = clock.instant().plus(Duration.ofDays(14));
        List<Long> ids = links.start("proef", List.of(new LinkResponseService.LinkStart(token, "fr")), closes);
        assertEquals(ids, links.start("proef", List.of(new LinkResponseService.LinkStart(token, "nl")), closes));
        assertEquals(1, store.count("proef"));
        assertEquals(LinkResponseService.Stage.NOT_OPENED, links.progress(ids).get(ids.get(0)).stage());

        clock.advance(Duration.ofMinutes(3));
        responses.save(token, "een", Map.of("Q1", AnswerValue.Single.of("JA")), ResponseService.Move.STAY);
        assertEquals(LinkResponseService.Stage.PARTIAL, links.progress(ids).get(ids.get(0)).stage());
        clock.advance(Duration.ofDays(14));

        assertTrue(responses.open(token).orElseThrow().closed());
        DomainException closed = assertThrows(DomainException.class, () -> responses.save(token, "een",
                Map.of("Q1", AnswerValue.Single.of("NEE")), ResponseService.Move.STAY));
        assertEquals("fieldwork.closed", closed.messageKey());
        links.closeAt(ids, clock.instant().plus(Duration.ofDays(7)));
        assertFalse(responses.open(token).orElseThrow().closed(), "the wave's new closing date opens it again");
    }

    @Test
    void manyEntriesAreReadAtOnceWithTheAnswersEachWouldOpenWith() {
        long yes = responses.start("proef", Language.NL, ResponseChannel.PAPER, "ann").responseId();
        long no = responses.start("proef", Language.NL, ResponseChannel.PAPER, "ann").responseId();
        long empty = responses.start("proef", Language.NL, ResponseChannel.PAPER, "ann").responseId();
        responses.saveEntry(yes, "een", Map.of("Q1", AnswerValue.Single.of("JA"), "Q2", new AnswerValue.Text("dakwerkers")),
                ResponseService.Move.NEXT);
        // Q2 is hidden when Q1 is NEE: the entry opens without it, and is read without it
        responses.saveEntry(no, "een", Map.of("Q1", AnswerValue.Single.of("NEE"), "Q2", new AnswerValue.Text("verborgen")),
                ResponseService.Move.NEXT);

        Map<Long, List<Optional<AnswerValue>>> read = responses.readEntries(List.of(no, yes, empty, no + 1_000_000),
                java.util.Set.of("Q1", "Q2"), answers -> List.of(answers.given("Q1"), answers.given("Q2")));
        assertEquals(Map.of(yes, Optional.empty(), no, Optional.empty(), empty, Optional.empty()),
                responses.readEntries(List.of(yes, no, empty), java.util.Set.of("Q2"), answers -> answers.given("Q1")),
                "only the questions asked for are decoded");
        assertEquals(Optional.of(new AnswerValue.Text("dakwerkers")),
                responses.readEntries(List.of(yes), java.util.Set.of("Q2"), answers -> answers.given("Q2")).get(yes));

        assertEquals(java.util.Set.of(yes, no, empty), read.keySet(), "an id that does not exist is left out");
        for (long id : List.of(yes, no, empty)) {
            ResponseService.Opened opened = responses.openEntry(id).orElseThrow();
            assertEquals(List.of(opened.answers().given("Q1"), opened.answers().given("Q2")), read.get(id));
        }
        assertEquals(List.of(Optional.of(AnswerValue.Single.of("JA")), Optional.of(new AnswerValue.Text("dakwerkers"))),
                read.get(yes));
        assertEquals(List.of(Optional.of(AnswerValue.Single.of("NEE")), Optional.empty()), read.get(no));
        assertEquals(List.of(Optional.empty(), Optional.empty()), read.get(empty));
    }

    @Test
    void aListPagesTheResponsesOldestFirstAndRefusesAPageTooLarge() {
        long first = responses.start("proef", Language.NL, ResponseChannel.PAPER, "ann").responseId();
        long second = responses.start("proef", Language.NL, ResponseChannel.PAPER, "ann").responseId();
        responses.start("proef", Language.NL, ResponseChannel.PAPER, "ann");

        ResponseService.Page<ResponseService.Summary> page = responses.list("proef", 0, 2);
        assertEquals(3, page.total());
        assertEquals(List.of(first, second), page.items().stream().map(ResponseService.Summary::id).toList());
        assertEquals("ann", page.items().get(0).enteredBy());
        assertThrows(DomainException.class, () -> responses.list("proef", 0, 1001));
    }

    private static long snapshot() throws SQLException {
        try (Connection c = database.dataSource().getConnection();
             PreparedStatement insert = c.prepareStatement("INSERT INTO survey_definition (instrument_id, version,"
                     + " revision, content_hash, file_name, source, loaded_at) VALUES ('proef', 1, 1, 'h', 'proef.yaml',"
                     + " ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, YAML);
            insert.setTimestamp(2, Timestamp.from(Instant.parse("2026-11-01T00:00:00Z")));
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }
}
