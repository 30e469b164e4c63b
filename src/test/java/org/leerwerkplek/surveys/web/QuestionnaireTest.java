package org.leerwerkplek.surveys.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.leerwerkplek.surveys.definition.DefinitionParser;
import org.leerwerkplek.surveys.definition.model.Relevance;
import org.leerwerkplek.surveys.definition.model.AnswerValue;
import org.leerwerkplek.surveys.definition.model.Answers;
import org.leerwerkplek.surveys.definition.model.Instrument;
import org.leerwerkplek.surveys.definition.model.Language;
import org.leerwerkplek.surveys.definition.model.MessageKey;
import org.leerwerkplek.surveys.definition.model.Option;
import org.leerwerkplek.surveys.definition.model.Question;
import org.leerwerkplek.surveys.definition.validation.Violation;

class QuestionnaireTest {

    private static final Instrument INSTRUMENT = DefinitionParser.parse("scherm.yaml", """
            id: scherm
            version: 1
            languages: [nl, fr]
            title: {nl: "Scherm", fr: "Écran"}
            sections:
              - id: een
                title: {nl: "Een", fr: "Un"}
                questions:
                  - code: Q1
                    type: yesno
                    required: true
                    label: {nl: "Ervaring?", fr: "Expérience ?"}
                  - code: Q2
                    type: number
                    relevant: "Q1 == JA"
                    label: {nl: "Hoeveel?", fr: "Combien ?"}
                  - code: Q3
                    type: text
                    label: {nl: "Naam", fr: "Nom"}
              - id: steun
                title: {nl: "Steun", fr: "Soutien"}
                questions:
                  - code: Q4
                    type: multiple
                    required: true
                    label: {nl: "Welke steun?", fr: "Quel soutien ?"}
                    options:
                      - {code: GELD, nl: "Geld", fr: "Argent"}
                      - {code: TAAL, nl: "Taal", fr: "Langue"}
                      - {code: COACH, nl: "Coach", fr: "Coach"}
                  - code: Q5
                    type: ranking
                    required: true
                    label: {nl: "Volgorde", fr: "Ordre"}
                    filterOptionsBy: Q4
                    rankCount: 2
                    options:
                      - {code: GELD, nl: "Geld", fr: "Argent"}
                      - {code: TAAL, nl: "Taal", fr: "Langue"}
                      - {code: COACH, nl: "Coach", fr: "Coach"}
              - id: slot
                title: {nl: "Slot", fr: "Fin"}
                relevant: "Q1 == JA"
                questions:
                  - code: Q6
                    type: longtext
                    label: {nl: "Nog iets?", fr: "Autre chose ?"}
                  - code: Q7
                    type: text
                    relevant: "answered(Q3)"
                    label: {nl: "Wie?", fr: "Qui ?"}
            """).orThrow();

    private static Question question(String code) {
        return INSTRUMENT.question(code).orElseThrow();
    }

    private static Questionnaire screen(Answers stored, String section, Language page, Questionnaire.RelevanceRule rule) {
        return new Questionnaire(INSTRUMENT, stored, section, () -> page, rule);
    }

    @Test
    void relevanceIsDecidedOnceForEachStateOfTheAnswersNotForEveryQuestionThePageAsks() {
        AtomicInteger decided = new AtomicInteger();
        Questionnaire screen = screen(Answers.none(), "een", Language.NL, (instrument, answers) -> {
            decided.incrementAndGet();
            return Relevance.of(instrument, answers);
        });

        for (int render = 0; render < 3; render++) {
            for (Question q : screen.getQuestions()) {
                screen.isRequired(q);
                screen.options(q);
            }
            screen.isFirst();
            screen.isLast();
            screen.getProgress();
            screen.getSections();
        }
        assertEquals(1, decided.get(), "one decision while nothing changed");
        assertEquals(List.of("Q1", "Q3"), screen.getQuestions().stream().map(Question::code).toList());

        screen.getValues().put("Q1", "JA");

        assertEquals(List.of("Q1", "Q2", "Q3"), screen.getQuestions().stream().map(Question::code).toList());
        screen.isLast();
        screen.getSteps();
        assertEquals(2, decided.get(), "decided again once, after an input changed");
    }

    @Test
    void theRowsFollowTheSectionShownAndTheMessagesEvenWhenNothingElseChanged() {
        Questionnaire screen = screen(Answers.none(), "een", Language.NL, Relevance::of);
        assertEquals(List.of("Q1", "Q2", "Q3"), codes(screen.getRows()));

        screen.open("steun");

        assertEquals(List.of("Q4", "Q5"), codes(screen.getRows()), "the rows of the section opened, not of the one before");

        screen.show(List.of(new Violation("Q4", MessageKey.REQUIRED, "kies er een")));
        Questionnaire.Row withMessage = screen.getRows().get(0);
        screen.show(List.of(new Violation("Q5", MessageKey.REQUIRED, "rangschik")));

        assertEquals("rangschik", screen.getRows().get(1).getError(), "a second message is shown too");
        assertEquals("kies er een", withMessage.getError());
        screen.open("steun");
        assertEquals(null, screen.getRows().get(0).getError(), "opening a section again clears its messages");
    }

    private static List<String> codes(List<Questionnaire.Row> rows) {
        return rows.stream().map(Questionnaire.Row::getCode).toList();
    }

    @Test
    void everyQuestionKeepsItsRowAndWhileAPostIsReadEveryQuestionAndOptionIsThere() {
        java.util.concurrent.atomic.AtomicBoolean reading = new java.util.concurrent.atomic.AtomicBoolean();
        Questionnaire screen = screen(Answers.none(), "een", Language.FR, Relevance::of);
        screen.readingInputs(reading::get);

        List<Questionnaire.Row> rows = screen.getRows();
        assertEquals(List.of("Q1", "Q2", "Q3"), rows.stream().map(Questionnaire.Row::getCode).toList(),
                "a hidden question keeps its place, so the inputs after it keep their names");
        assertEquals(List.of(true, false, true), rows.stream().map(Questionnaire.Row::isShown).toList());
        assertEquals("Expérience\u00a0?", rows.get(0).getLabel(), "the instrument's text, typeset in French");
        assertTrue(rows.get(0).isRequired());
        assertEquals("q-Q1-error", rows.get(0).getDescribedBy());

        reading.set(true);
        assertEquals(List.of(true, true, true), screen.getRows().stream().map(Questionnaire.Row::isShown).toList(),
                "while a post is read, Q2 (shown by what was typed, not yet stored) is read too");
        screen.getValues().put("Q1", "JA");
        reading.set(false);
        assertEquals(List.of(true, true, true), screen.getRows().stream().map(Questionnaire.Row::isShown).toList());

        Questionnaire steun = screen(Answers.none(), "steun", Language.NL, Relevance::of);
        steun.readingInputs(reading::get);
        steun.getValues().put("Q4", new Object[] {"TAAL"});
        Questionnaire.Row ranking = steun.getRows().get(1);
        assertTrue(ranking.isNothingToRank(), "one option of Q4 chosen: nothing to rank");
        reading.set(true);
        assertEquals(List.of("GELD", "TAAL", "COACH"),
                steun.getRows().get(1).getOptions().stream().map(Questionnaire.Choice::getCode).toList());
        assertFalse(steun.getRows().get(1).isNothingToRank(), "the ranking's input is read whatever was shown");
        reading.set(false);
        steun.getValues().put("Q4", new Object[] {"GELD", "TAAL"});
        steun.getValues().put("Q5", "TAAL");
        Questionnaire.Row ranked = steun.getRows().get(1);
        assertEquals(List.of("GELD", "TAAL"), ranked.getOptions().stream().map(Questionnaire.Choice::getCode).toList());
        assertEquals(List.of(0, 1), ranked.getOptions().stream().map(Questionnaire.Choice::getRank).toList());
        assertEquals(2, ranked.getRankLimit());
    }

    @Test
    void whatIsTypedOnThePageCountsAndTheRestIsAsStored() {
        Questionnaire screen = screen(Answers.of(Map.of("Q1", AnswerValue.Single.of("NEE"))), "steun", Language.NL,
                Relevance::of);
        assertEquals(List.of("een", "steun"), screen.getSections().stream().map(s -> s.id()).toList());
        assertTrue(screen.isLast(), "the last section is hidden while Q1 is NEE");
        assertEquals(2, screen.getStep());
        assertEquals(100, screen.getProgress());

        screen.getValues().put("Q4", new Object[] {"GELD", "TAAL"});
        assertEquals(List.of("GELD", "TAAL"), screen.options(question("Q5")).stream().map(Option::code).toList());
    }

    @Test
    void aRankingWithOneOptionAsksNothingAndRanksAtMostItsCount() {
        Questionnaire screen = screen(Answers.none(), "steun", Language.NL, Relevance::of);
        Question ranking = question("Q5");

        screen.getValues().put("Q4", new Object[] {"TAAL"});
        assertTrue(screen.isNothingToRank(ranking));
        assertFalse(screen.isRequired(ranking), "rank 1 of 1 is not demanded");

        screen.getValues().put("Q4", new Object[] {"GELD", "TAAL", "COACH"});
        assertFalse(screen.isNothingToRank(ranking));
        assertTrue(screen.isRequired(ranking));
        assertEquals(2, screen.rankLimit(ranking), "three shown, rankCount 2");

        screen.getValues().put("Q5", "COACH,GELD");
        Option coach = ranking.choices().option("COACH").orElseThrow();
        Option taal = ranking.choices().option("TAAL").orElseThrow();
        assertEquals(1, screen.rankOf(ranking, coach));
        assertEquals(0, screen.rankOf(ranking, taal));
        assertEquals(new AnswerValue.Ranking(List.of("COACH", "GELD")), screen.pageAnswers().answers().get("Q5"));

        screen.getValues().put("Q4", new Object[] {"GELD", "TAAL"});
        assertEquals("GELD", screen.rankValue(ranking), "an option no longer shown drops out and the next moves up");
        assertEquals(1, screen.rankOf(ranking, ranking.choices().option("GELD").orElseThrow()));
    }

    @Test
    void aSaveShowsTheStateItReturnsWithoutReadingTheResponseAgain() {
        Questionnaire screen = screen(Answers.none(), "een", Language.NL, Relevance::of);
        screen.getValues().put("Q1", "JA");
        screen.getValues().put("Q2", "12");
        screen.getValues().put("Q3", "Bouw Peeters");
        assertEquals(3, screen.pageAnswers().answers().size());

        screen.saved(Answers.of(Map.of("Q1", AnswerValue.Single.of("NEE"), "Q3", new AnswerValue.Text("Bouw Peeters nv"))),
                "steun", List.of(new Violation("Q4", MessageKey.REQUIRED, "Dit is een verplichte vraag.")));

        assertEquals("steun", screen.getSectionId());
        assertEquals("Steun", screen.getSectionTitle());
        assertEquals("NEE", screen.getValues().get("Q1"), "the inputs show what was stored");
        assertEquals("Bouw Peeters nv", screen.getValues().get("Q3"));
        assertFalse(screen.getValues().containsKey("Q2"), "an answer that was not kept is not shown");
        assertEquals(Map.of("Q4", "Dit is een verplichte vraag."), screen.getErrors());
        assertTrue(screen.isLast(), "relevance follows the stored answers: the last section is hidden");
    }

    @Test
    void anUnreadableInputIsRefusedWithItsMessageAndNothingElseChanges() {
        Questionnaire screen = screen(Answers.none(), "een", Language.NL, Relevance::of);
        screen.getValues().put("Q1", "JA");
        screen.getValues().put("Q2", "twaalf");

        Questionnaire.PageAnswers page = screen.pageAnswers();
        assertFalse(page.readable());
        screen.refused(page, key -> "tekst van " + key);

        assertEquals(Map.of("Q2", "tekst van respond.notANumber"), screen.getErrors());
        assertEquals("een", screen.getSectionId());
        assertEquals("twaalf", screen.getValues().get("Q2"), "what was typed stays to be corrected");
    }

    @Test
    void onAnEnglishPageTheInstrumentIsShownInDutchMarkedAsSuch() {
        Questionnaire english = screen(Answers.none(), "een", Language.EN, Relevance::of);
        Questionnaire french = screen(Answers.none(), "een", Language.FR, Relevance::of);

        assertEquals("Een", english.getSectionTitle());
        assertEquals("nl", english.getLang());
        assertTrue(english.isOtherLanguage());
        assertEquals("Un", french.getSectionTitle());
        assertEquals("Expérience\u00a0?", french.text(question("Q1").label()), "no line starts with the question mark");
        assertEquals("Ervaring?", english.text(question("Q1").label()));
        assertEquals("fr", french.getLang());
        assertFalse(french.isOtherLanguage());
    }

    @Test
    void onlyAnswersThatChangeWhatIsShownAskTheServerAtOnce() {
        Questionnaire screen = screen(Answers.none(), "een", Language.NL, Relevance::of);

        assertTrue(screen.isTrigger(question("Q1")), "Q2 and the last section depend on it");
        assertTrue(screen.isTrigger(question("Q4")), "the ranking's options follow it");
        assertFalse(screen.isTrigger(question("Q3")), "only a question on another page reads it");
        assertFalse(screen.isTrigger(question("Q5")));
    }
}
