package org.leerwerkplek.analysis.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.leerwerkplek.surveys.definition.DefinitionParser;
import org.leerwerkplek.surveys.definition.model.AnswerValue;
import org.leerwerkplek.surveys.definition.model.Instrument;
import org.leerwerkplek.surveys.definition.model.Language;
import org.leerwerkplek.surveys.definition.model.Question;
import org.leerwerkplek.surveys.definition.validation.AnswerValidator;

/** The fallback answer fits every question of both shipped instruments, which hold every question type. */
class AnyAnswerTest {

    private final AnswerValidator validator = new AnswerValidator(Shipped.CLOCK);
    private final LocalDate today = LocalDate.now(Shipped.CLOCK);

    @Test
    void requiredQuestionsGetAValidAnswerOptionalOnesNone() {
        Instrument fiche = DefinitionParser.parse(Path.of("surveys/leerwerkplekfiche.yaml")).orThrow();
        int answered = 0;
        for (Instrument instrument : List.of(Shipped.werkgeversbevraging(), fiche)) {
            for (Question question : instrument.questions()) {
                for (long seed = 0; seed < 20; seed++) {
                    Draw draw = new Draw(new SplittableRandom(seed));
                    Optional<AnswerValue> answer = AnyAnswer.of(question, question.choices().all(), draw, today);
                    assertEquals(question.required(), answer.isPresent(), question.code());
                    assertEquals(List.of(), validator.validate(question, answer, Language.NL), question.code());
                    answered += answer.isPresent() ? 1 : 0;
                }
            }
        }
        assertTrue(answered > 0);
    }
}
