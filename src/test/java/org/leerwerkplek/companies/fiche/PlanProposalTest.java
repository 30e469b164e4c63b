package org.leerwerkplek.companies.fiche;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.leerwerkplek.companies.suitability.Assessment;
import org.leerwerkplek.companies.suitability.SuitabilityParser;
import org.leerwerkplek.companies.suitability.SuitabilityRules;
import org.leerwerkplek.surveys.definition.DefinitionParser;
import org.leerwerkplek.surveys.definition.model.AnswerValue;
import org.leerwerkplek.surveys.definition.model.Answers;
import org.leerwerkplek.surveys.definition.model.Instrument;
import org.leerwerkplek.surveys.definition.model.Language;

class PlanProposalTest {

    private static final Instrument FICHE = DefinitionParser.parse(Path.of("surveys/leerwerkplekfiche.yaml")).orThrow();
    private static final SuitabilityRules RULES =
            SuitabilityParser.parse(Path.of("surveys/leerwerkplekfiche.suitability.yaml"), FICHE).orThrow();
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    /** A small company with an untrained mentor that asks for a trial period and fears the cost (K04). */
    private static Assessment smallCompany() {
        Map<String, AnswerValue> answers = new HashMap<>();
        answers.put("F1_WERKNEMERS", AnswerValue.Numeric.of("3"));
        answers.put("F2_ERVARING", AnswerValue.Single.of("NEE"));
        answers.put("F2_KANDIDAAT", AnswerValue.Single.of("NEE"));
        answers.put("F2_MENTOR", AnswerValue.Single.of("JA"));
        answers.put("F2_MENTOR_OPLEIDING", AnswerValue.Single.of("NEE"));
        answers.put("F2_PLOEG_VOORBEREID", AnswerValue.Single.of("JA"));
        answers.put("F2_BEGELEIDING", new AnswerValue.Matrix(Map.of("TIJD", "3", "DIDACTIEK", "3", "PLOEG", "3",
                "INVESTERING", "3", "VERWACHTINGEN", "3")));
        answers.put("F2_ADMIN_LAST", AnswerValue.Likert.of(2));
        answers.put("F2_DREMPELS_REGELS", AnswerValue.Multiple.of("GEEN"));
        answers.put("F3_KNELPUNTEN", AnswerValue.Multiple.of("K04"));
        answers.put("F3_ONDERSTEUNING", AnswerValue.Multiple.of("PROEF_WERKGEVER"));
        answers.put("F3_OPVOLG_INTERESSE", AnswerValue.Single.of("NEE"));
        return RULES.assess(FICHE, Answers.of(answers));
    }

    @Test
    void everyProposedFormBecomesAnActionOwnedByTheAdvisorDueWithinAMonth() {
        List<PlanProposal.ProposedAction> plan = PlanProposal.propose(smallCompany(), Set.of(), "adviseur-an", TODAY);

        assertEquals(List.of("PROEFPERIODE", "MENTOROPLEIDING", "FINANCIEEL_RSZ"),
                plan.stream().map(a -> a.form().code()).toList());
        assertTrue(plan.stream().allMatch(a -> a.owner().equals("adviseur-an")));
        assertTrue(plan.stream().allMatch(a -> a.due().equals(LocalDate.of(2026, 12, 31))));
        assertEquals(2, plan.get(0).reasons().size(), "asked for a trial period and fewer than 5 employees");
        assertTrue(plan.get(0).reasons().get(1).in(Language.NL).contains("minder dan 5"));
    }

    @Test
    void formsAlreadyAcceptedOrRejectedAreNotProposedAgain() {
        List<PlanProposal.ProposedAction> plan = PlanProposal.propose(smallCompany(),
                Set.of("PROEFPERIODE", "FINANCIEEL_RSZ"), "adviseur-an", TODAY);

        assertEquals(List.of("MENTOROPLEIDING"), plan.stream().map(a -> a.form().code()).toList());
    }
}
