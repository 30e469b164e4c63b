package org.leerwerkplek.surveys.definition.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.leerwerkplek.surveys.definition.Shipped;
import org.leerwerkplek.surveys.definition.model.AnswerValue;
import org.leerwerkplek.surveys.definition.model.AnswerValue.Multiple;
import org.leerwerkplek.surveys.definition.model.AnswerValue.Numeric;
import org.leerwerkplek.surveys.definition.model.AnswerValue.Ranking;
import org.leerwerkplek.surveys.definition.model.AnswerValue.Single;
import org.leerwerkplek.surveys.definition.model.Answers;
import org.leerwerkplek.surveys.definition.model.Option;
import org.leerwerkplek.surveys.definition.model.Question;

class RelevanceTest {

    private static Relevance werkgevers(Map<String, AnswerValue> answers) {
        return Relevance.of(Shipped.werkgeversbevraging(), Answers.of(answers));
    }

    @Test
    void withoutAnswersConditionalPartsAreHidden() {
        Relevance relevance = werkgevers(Map.of());
        assertTrue(relevance.isSectionShown("profiel"));
        assertFalse(relevance.isSectionShown("stelsels"));
        assertFalse(relevance.isShown("Q10_STELSELS"));
        assertFalse(relevance.isShown("Q08_RENDABEL_TOELICHTING"));
        assertFalse(relevance.isShown("Q21_PRIORITEIT"));
        assertFalse(relevance.isShown("Q04_HOOFDACTIVITEIT"), "no activity chosen, so no option remains");
        assertTrue(relevance.isShown("Q01_ARBEIDERS"));
        assertEquals(List.of(), relevance.shownQuestions("stelsels"));
    }

    @Test
    void aSectionConditionShowsTheWholePage() {
        Relevance relevance = werkgevers(Map.of("Q09_ERVARING", Single.of("JA")));
        assertTrue(relevance.isSectionShown("stelsels"));
        assertEquals(List.of("Q10_STELSELS", "Q11_AANTAL_LERENDEN", "Q12_MENTOROPLEIDING"),
                relevance.shownQuestions("stelsels").stream().map(Question::code).toList());
        assertTrue(relevance.isShown("Q18_DREMPELS_SCHOOL"));
    }

    @Test
    void aQuestionConditionOnANumber() {
        assertTrue(werkgevers(Map.of("Q07_RENDABEL", Numeric.of("2.5"))).isShown("Q08_RENDABEL_TOELICHTING"));
        assertFalse(werkgevers(Map.of("Q07_RENDABEL", Numeric.of("2"))).isShown("Q08_RENDABEL_TOELICHTING"));
    }

    @Test
    void filterOptionsByShowsOnlyTheOptionsChosenBefore() {
        Relevance relevance = werkgevers(Map.of("Q03_ACTIVITEITEN", Multiple.of("RUWBOUW", "DAKWERKEN", "ANDERS")));
        assertTrue(relevance.isShown("Q04_HOOFDACTIVITEIT"));
        assertEquals(List.of("RUWBOUW", "DAKWERKEN", "ANDERS"),
                relevance.shownOptions("Q04_HOOFDACTIVITEIT").stream().map(Option::code).toList());
        assertEquals(12, werkgevers(Map.of()).shownOptions("Q16_DREMPELS_KANDIDAAT").size(),
                "an unfiltered question shows all options, other and none included");
    }

    @Test
    void answersOfHiddenQuestionsAreDiscardedAndCountAsUnanswered() {
        Relevance relevance = werkgevers(Map.of(
                "Q09_ERVARING", Single.of("NEE"),
                "Q10_STELSELS", Multiple.of("DBSO")));
        assertEquals(Optional.empty(), relevance.answers().answer("Q10_STELSELS"));
        assertEquals(Optional.of(Single.of("NEE")), relevance.answers().answer("Q09_ERVARING"));

        Relevance fiche = Relevance.of(Shipped.fiche(), Answers.of(Map.of(
                "F2_KANDIDAAT", Single.of("NEE"),
                "F2_KANDIDAAT_ANDERSTALIG", Single.of("JA"))));
        assertFalse(fiche.isShown("F2_KANDIDAAT_ANDERSTALIG"));
        assertFalse(fiche.isShown("F3_TAAL_PLOEG"), "the hidden 'anderstalig: ja' no longer shows the question");
    }

    @Test
    void choicesFilteredAwayAreDiscarded() {
        Relevance relevance = werkgevers(Map.of(
                "Q03_ACTIVITEITEN", Multiple.of("DAKWERKEN"),
                "Q04_HOOFDACTIVITEIT", Single.of("RUWBOUW"),
                "Q20_ONDERSTEUNING", Multiple.of("FINANCIEEL", "TAAL"),
                "Q21_PRIORITEIT", Ranking.of("TAAL", "ADMIN", "FINANCIEEL")));
        assertEquals(Optional.empty(), relevance.answers().answer("Q04_HOOFDACTIVITEIT"));
        assertEquals(Optional.of(Ranking.of("TAAL", "FINANCIEEL")), relevance.answers().answer("Q21_PRIORITEIT"));
    }

    @Test
    void aHiddenQuestionIsNotRequired() {
        Question email = Shipped.werkgeversbevraging().question("Q33_EMAIL").orElseThrow();
        assertTrue(email.required());
        assertFalse(werkgevers(Map.of("Q32_VERDIEPING", Single.of("NEE"))).isRequired(email));
        assertTrue(werkgevers(Map.of("Q32_VERDIEPING", Single.of("JA"))).isRequired(email));
    }

    @Test
    void aRankingAsksForAnAnswerOnlyWhenThereAreTwoOptionsToRank() {
        Question prioriteit = Shipped.werkgeversbevraging().question("Q21_PRIORITEIT").orElseThrow();
        assertTrue(prioriteit.required());
        Relevance one = werkgevers(Map.of("Q20_ONDERSTEUNING", Multiple.of("FINANCIEEL")));
        Relevance two = werkgevers(Map.of("Q20_ONDERSTEUNING", Multiple.of("FINANCIEEL", "TAAL")));

        assertTrue(one.isShown("Q21_PRIORITEIT"));
        assertEquals(1, one.shownOptions("Q21_PRIORITEIT").size());
        assertFalse(one.isRequired(prioriteit), "rank 1 of 1 is nothing to ask");
        assertTrue(two.isRequired(prioriteit));
    }

    @Test
    void shownQuestionsAreInOrder() {
        List<Question> shown = werkgevers(Map.of("Q09_ERVARING", Single.of("JA"))).shownQuestions();
        assertEquals("Q01_ARBEIDERS", shown.get(0).code());
        assertEquals("Q32_VERDIEPING", shown.get(shown.size() - 1).code());
    }

    @Test
    void theSameAnswerWhetherTheInstrumentWasDecidedLastOrNot() {
        Instrument werkgevers = Shipped.werkgeversbevraging();
        Instrument fiche = Shipped.fiche();
        Answers answers = Answers.of(Map.of("Q09_ERVARING", Single.of("JA"),
                "Q03_ACTIVITEITEN", Multiple.of("RUWBOUW", "ANDERS"), "Q04_HOOFDACTIVITEIT", Single.of("DAKWERKEN")));
        Relevance first = Relevance.of(werkgevers, answers);
        Relevance.of(fiche, Answers.of(Map.of("F2_KANDIDAAT", Single.of("NEE"))));
        Relevance again = Relevance.of(werkgevers, answers);
        Relevance sameAgain = Relevance.of(werkgevers, answers);
        for (Relevance relevance : List.of(first, again, sameAgain)) {
            assertTrue(relevance.isSectionShown("stelsels"));
            assertFalse(relevance.isSectionShown("no-such-section"));
            assertFalse(relevance.isShown("NO_SUCH_QUESTION"));
            assertEquals(List.of("RUWBOUW", "ANDERS"),
                    relevance.shownOptions("Q04_HOOFDACTIVITEIT").stream().map(Option::code).toList());
            assertEquals(Optional.empty(), relevance.answer("Q04_HOOFDACTIVITEIT"), "an option filtered away");
            assertEquals(Optional.of(Single.of("JA")), relevance.answer("Q09_ERVARING"));
            assertEquals(List.of(), relevance.shownOptions("NO_SUCH_QUESTION"));
        }
        assertEquals(first.shownQuestions(), again.shownQuestions());
    }
}
