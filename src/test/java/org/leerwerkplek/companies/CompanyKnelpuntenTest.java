package org.leerwerkplek.companies;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.leerwerkplek.surveys.definition.model.AnswerValue;
import org.leerwerkplek.surveys.definition.model.Answers;

class CompanyKnelpuntenTest {

    @Test
    void theTickedKnelpuntCodesCountInCodeOrder() {
        Answers fiche = Answers.of(Map.of(CompanyKnelpunten.QUESTION,
                new AnswerValue.Multiple(List.of("K11", "K03", "ANDERS"), Optional.of("te weinig tijd"))));

        assertEquals(List.of("K03", "K11"), List.copyOf(CompanyKnelpunten.ticked(fiche)));
    }

    @Test
    void noneAndAnUnansweredQuestionGiveNoKnelpunten() {
        assertEquals(Set.of(), CompanyKnelpunten.ticked(Answers.of(Map.of(CompanyKnelpunten.QUESTION,
                AnswerValue.Multiple.of("GEEN")))));
        assertEquals(Set.of(), CompanyKnelpunten.ticked(Answers.none()));
        assertEquals(Set.of(), CompanyKnelpunten.ticked(Answers.of(Map.of("F3_ONDERSTEUNING",
                AnswerValue.Multiple.of("K01")))));
    }
}
