package org.leerwerkplek.companies.suitability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.leerwerkplek.companies.suitability.Assessment.Evidence;
import org.leerwerkplek.surveys.definition.condition.Condition;
import org.leerwerkplek.surveys.definition.model.AnswerValue;
import org.leerwerkplek.surveys.definition.model.AnswerValue.Likert;
import org.leerwerkplek.surveys.definition.model.AnswerValue.Matrix;
import org.leerwerkplek.surveys.definition.model.AnswerValue.Multiple;
import org.leerwerkplek.surveys.definition.model.AnswerValue.Numeric;
import org.leerwerkplek.surveys.definition.model.AnswerValue.Single;
import org.leerwerkplek.surveys.definition.model.Answers;
import org.leerwerkplek.surveys.definition.model.Language;

class SuitabilityRulesTest {

    /** A company that meets every criterion and asks for nothing. */
    private static Map<String, AnswerValue> strongCompany() {
        Map<String, AnswerValue> answers = new HashMap<>();
        answers.put("F1_WERKNEMERS", Numeric.of("12"));
        answers.put("F2_ERVARING", Single.of("JA"));
        answers.put("F2_KANDIDAAT", Single.of("JA"));
        answers.put("F2_KANDIDAAT_ANDERSTALIG", Single.of("NEE"));
        answers.put("F2_KANDIDAAT_PROFIEL", new Matrix(Map.of("LEERVAARDIGHEID", "4", "BASIS", "3", "FYSIEK", "4",
                "MOTIVATIE", "4", "PRAKTIJK", "3")));
        answers.put("F2_MENTOR", Single.of("JA"));
        answers.put("F2_MENTOR_OPLEIDING", Single.of("JA"));
        answers.put("F2_PLOEG_VOORBEREID", Single.of("JA"));
        answers.put("F2_BEGELEIDING", new Matrix(Map.of("TIJD", "3", "DIDACTIEK", "4", "PLOEG", "3",
                "INVESTERING", "4", "VERWACHTINGEN", "3")));
        answers.put("F2_SCHOOL_CONTACT", Single.of("REGELMATIG"));
        answers.put("F2_SCHOOL", new Matrix(Map.of("AFSPRAKEN", "3", "OPVOLGING", "3", "CONTACTPERSOON", "4")));
        answers.put("F2_ADMIN_LAST", Likert.of(1));
        answers.put("F2_KENNIS_STELSELS", Likert.of(3));
        answers.put("F2_DREMPELS_REGELS", Multiple.of("GEEN"));
        answers.put("F3_KNELPUNTEN", Multiple.of("GEEN"));
        answers.put("F3_ONDERSTEUNING", Multiple.of("GEEN"));
        answers.put("F3_OPVOLG_INTERESSE", Single.of("NEE"));
        return answers;
    }

    private static Assessment assess(Map<String, AnswerValue> answers) {
        return Shipped.rules().assess(Shipped.fiche(), Answers.of(answers));
    }

    @Test
    void aStrongCompanyIsSuitableWithoutSupport() {
        Assessment assessment = assess(strongCompany());
        assertEquals(1, assessment.rulesVersion());
        assertEquals(List.of("STERK", "STERK", "STERK", "STERK"), assessment.criteria().stream()
                .map(c -> c.decision().orElseThrow().level().code()).toList());
        assertEquals("GESCHIKT", assessment.overall().orElseThrow().level().code());
        assertEquals(List.of(), assessment.proposals());
    }

    @Test
    void aLevelComesWithTheAnswersThatLedToIt() {
        Assessment.Decision leercapaciteit = assess(strongCompany()).criteria().get(0).decision().orElseThrow();
        assertFalse(leercapaciteit.byDefault());
        assertEquals(List.of(
                new Evidence("F2_KANDIDAAT_PROFIEL.LEERVAARDIGHEID", Optional.of("4")),
                new Evidence("F2_KANDIDAAT_PROFIEL.BASIS", Optional.of("3")),
                new Evidence("F2_KANDIDAAT_PROFIEL.FYSIEK", Optional.of("4")),
                new Evidence("F2_KANDIDAAT_PROFIEL.MOTIVATIE", Optional.of("4"))), leercapaciteit.evidence());
    }

    @Test
    void theFirstMatchingLevelWins() {
        Map<String, AnswerValue> answers = strongCompany();
        answers.put("F2_KANDIDAAT_PROFIEL", new Matrix(Map.of("LEERVAARDIGHEID", "ONBEKEND", "BASIS", "4",
                "FYSIEK", "4", "MOTIVATIE", "4")));
        Assessment assessment = assess(answers);
        assertEquals("ONBEKEND", assessment.level("LEERCAPACITEIT_KANDIDAAT").orElseThrow().code());
        assertEquals("STERK", assessment.level("BEGELEIDINGSCAPACITEIT_BEDRIJF").orElseThrow().code(),
                "STERK is listed before VOLDOENDE, whose condition holds too");
    }

    @Test
    void theDefaultLevelWhenNoConditionHolds() {
        Map<String, AnswerValue> answers = strongCompany();
        answers.put("F2_MENTOR", Single.of("NEE"));
        Assessment assessment = assess(answers);
        Assessment.Decision begeleiding = assessment.criteria().get(1).decision().orElseThrow();
        assertEquals("ZWAK", begeleiding.level().code());
        assertTrue(begeleiding.byDefault());
        assertEquals(new Evidence("F2_MENTOR", Optional.of("NEE")), begeleiding.evidence().get(0));
        assertTrue(begeleiding.evidence().contains(new Evidence("F2_MENTOR_OPLEIDING", Optional.empty())),
                "F2_MENTOR_OPLEIDING is hidden when there is no mentor, so it counts as unanswered");
        assertEquals("NOG_NIET_GESCHIKT", assessment.overall().orElseThrow().level().code());
        assertEquals(List.of(new Evidence("BEGELEIDINGSCAPACITEIT_BEDRIJF", Optional.of("ZWAK")),
                new Evidence("LEERCAPACITEIT_KANDIDAAT", Optional.of("STERK")),
                new Evidence("SAMENWERKING_SCHOOL", Optional.of("STERK")),
                new Evidence("LAAGDREMPELIGE_REGELGEVING", Optional.of("STERK"))),
                assessment.overall().orElseThrow().evidence());
    }

    @Test
    void aCompanyWithoutExperienceHasNoSchoolCooperationYet() {
        Map<String, AnswerValue> answers = strongCompany();
        answers.put("F2_ERVARING", Single.of("NEE"));
        Assessment assessment = assess(answers);
        assertEquals("NOG_GEEN", assessment.level("SAMENWERKING_SCHOOL").orElseThrow().code());
        assertEquals("GESCHIKT", assessment.overall().orElseThrow().level().code());
    }

    @Test
    void supportFormsAreProposedOnceWithTheReasonsOfAllTheirRules() {
        Map<String, AnswerValue> answers = strongCompany();
        answers.put("F1_WERKNEMERS", Numeric.of("3"));
        answers.put("F2_MENTOR", Single.of("NEE"));
        answers.put("F3_ONDERSTEUNING", Multiple.of("PROEF_KANDIDAAT"));
        answers.put("F3_KNELPUNTEN", Multiple.of("K04", "K11"));
        Assessment assessment = assess(answers);
        assertEquals(List.of("PROEFPERIODE", "MENTOROPLEIDING", "FINANCIEEL_RSZ"), assessment.proposals().stream()
                .map(p -> p.form().code()).toList());
        Assessment.ProposedSupport proef = assessment.proposals().get(0);
        assertEquals(List.of("Het bedrijf vraagt een proefperiode.",
                "Kleine werkgever (minder dan 5 werknemers): zoekt vooraf zekerheid over het rendement van de "
                        + "opleidingsinvestering."),
                proef.reasons().stream().map(r -> r.in(Language.NL)).toList());
        assertEquals(List.of("Les responsables sur le lieu de travail connaissent mal les pratiques pédagogiques (obstacle), "
                        + "ou la capacité didactique de l'accompagnateur est limitée.",
                "Le critère essentiel de capacité d'encadrement est faible."),
                assessment.proposals().get(1).reasons().stream().map(r -> r.in(Language.FR)).toList());
        assertTrue(assessment.proposes("FINANCIEEL_RSZ"));
        assertFalse(assessment.proposes("FINANCIEEL_CASH"));
    }

    @Test
    void anEmptyFicheIsNotJudgedAndNamesTheAnswersItNeeds() {
        Assessment assessment = assess(Map.of("F0_ADVISEUR", new AnswerValue.Text("adv1")));

        assertTrue(assessment.criteria().stream().noneMatch(Assessment.CriterionResult::isAssessed));
        assertEquals(Optional.empty(), assessment.overall(), "no verdict before the criteria can be assessed");
        assertEquals(List.of(), assessment.proposals(), "nothing is proposed from questions not answered");
        assertFalse(assessment.isComplete());
        assertEquals(List.of(Condition.Reference.to("F2_MENTOR"), Condition.Reference.to("F2_BEGELEIDING", "TIJD"),
                Condition.Reference.to("F2_BEGELEIDING", "DIDACTIEK"), Condition.Reference.to("F2_BEGELEIDING", "PLOEG"),
                Condition.Reference.to("F2_BEGELEIDING", "INVESTERING")),
                assessment.criteria().get(1).missing(), "F2_MENTOR_OPLEIDING is not asked while F2_MENTOR is open");
        assertTrue(assessment.missing().containsAll(List.of(Condition.Reference.to("F2_KANDIDAAT"),
                Condition.Reference.to("F2_ERVARING"), Condition.Reference.to("F2_ADMIN_LAST"))), assessment.missing().toString());
    }

    @Test
    void aCriterionIsAssessedOnceItsQuestionsAreAnsweredAndTheOthersWait() {
        Map<String, AnswerValue> answers = new HashMap<>();
        answers.put("F2_MENTOR", Single.of("NEE"));
        answers.put("F2_PLOEG_VOORBEREID", Single.of("JA"));
        answers.put("F2_BEGELEIDING", new Matrix(Map.of("TIJD", "2", "DIDACTIEK", "2", "PLOEG", "3", "INVESTERING", "2")));
        Assessment assessment = assess(answers);

        assertEquals("ZWAK", assessment.level("BEGELEIDINGSCAPACITEIT_BEDRIJF").orElseThrow().code());
        assertEquals(Optional.empty(), assessment.level("LEERCAPACITEIT_KANDIDAAT"));
        assertEquals(Optional.empty(), assessment.overall(), "the verdict waits for every criterion it reads");
        assertEquals(List.of("MENTOROPLEIDING"), assessment.proposals().stream().map(p -> p.form().code()).toList(),
                "weak guidance capacity proposes mentor training; nothing rests on an unanswered question");
    }

    @Test
    void aProposalThatHoldsWhateverTheOpenAnswersWillBeIsMade() {
        Map<String, AnswerValue> answers = new HashMap<>();
        answers.put("F2_BEGELEIDING", new Matrix(Map.of("PLOEG", "1")));
        answers.put("F3_ONDERSTEUNING", Multiple.of("PROEF_WERKGEVER"));
        Assessment assessment = assess(answers);

        assertEquals(List.of("PROEFPERIODE", "EXTERNE_COACHING"), assessment.proposals().stream()
                .map(p -> p.form().code()).toList(),
                "asked for a trial period; the team does not back it (\"PLOEG <= 2 or ...\" holds already)");
        assertEquals(1, assessment.proposals().get(0).reasons().size(),
                "not also for a small employer: the number of employees is not answered");
    }

    @Test
    void aCompletedFicheHasNothingMissing() {
        Assessment assessment = assess(strongCompany());

        assertTrue(assessment.isComplete());
        assertEquals(List.of(), assessment.missing());
        assertTrue(assessment.criteria().stream().allMatch(c -> c.missing().isEmpty()));
    }

    /** Readers see knelpunten by name (the fiche's option labels), never by code: no reason names one by its code. */
    @Test
    void noReasonNamesAKnelpuntByItsCode() {
        java.util.regex.Pattern code = java.util.regex.Pattern.compile("\\bK[0-9]{2}\\b");
        for (Proposal proposal : Shipped.rules().proposals()) {
            for (Language language : List.of(Language.NL, Language.FR)) {
                String reason = proposal.reason().in(language);
                assertFalse(code.matcher(reason).find(), proposal.support() + ": " + reason);
            }
        }
    }

    @Test
    void theRulesOnlyAssessTheirOwnInstrumentVersion() {
        assertThrows(IllegalArgumentException.class,
                () -> Shipped.rules().assess(Shipped.werkgeversbevraging(), Answers.none()));
    }
}
