package org.leerwerkplek.surveys.definition.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.leerwerkplek.surveys.definition.Shipped;

class InstrumentTest {

    private final Instrument werkgevers = Shipped.werkgeversbevraging();

    @Test
    void questionsInOrderAcrossSections() {
        List<Question> questions = werkgevers.questions();
        assertEquals("Q01_ARBEIDERS", questions.get(0).code());
        assertEquals("Q33_EMAIL", questions.get(questions.size() - 1).code());
        assertEquals(List.of("profiel", "ervaring", "stelsels", "motieven", "knelpunten", "drempels", "ondersteuning",
                "ambitie"), werkgevers.sections().stream().map(Section::id).toList());
    }

    @Test
    void questionSectionAndOptionByCode() {
        assertEquals(QuestionType.LIKERT, werkgevers.question("Q14_MEERWAARDE").orElseThrow().type());
        assertTrue(werkgevers.question("Q99").isEmpty());
        assertEquals("stelsels", werkgevers.sectionOf("Q11_AANTAL_LERENDEN").orElseThrow().id());
        assertEquals("Gelijk gebleven", werkgevers.option("Q06_EVOLUTIE", "STABIEL").orElseThrow().label()
                .in(Language.NL));
        assertEquals("Aucun soutien nécessaire", werkgevers.option("Q20_ONDERSTEUNING", "GEEN").orElseThrow().label()
                .in(Language.FR));
        assertTrue(werkgevers.option("Q06_EVOLUTIE", "GEEN").isEmpty());
        assertEquals("Opleidingsstelsels", werkgevers.section("stelsels").orElseThrow().title().in(Language.NL));
    }

    @Test
    void optionSetsAndScalesAsWritten() {
        assertEquals(List.of("activiteiten", "ondersteuningsvormen"), List.copyOf(werkgevers.optionSets().keySet()));
        assertEquals(8, werkgevers.optionSets().get("ondersteuningsvormen").size());
        assertEquals("1-5, na WEET_NIET", werkgevers.scales().get("eens5").describe());
        assertEquals("werkgeversbevraging.yaml", werkgevers.fileName());
        assertEquals(1, werkgevers.changes().size());
    }

    @Test
    void answerCodesPerType() {
        assertEquals(List.of("1", "2", "3", "4", "5", "WEET_NIET"),
                werkgevers.question("Q14_MEERWAARDE").orElseThrow().answerCodes());
        assertEquals(List.of(), werkgevers.question("Q01_ARBEIDERS").orElseThrow().answerCodes());
        assertEquals(List.of("INSTROOM", "VAKLUI", "OP_MAAT", "BETAALBAAR", "PRESELECTIE", "KANSENGROEPEN", "ANDERS"),
                werkgevers.question("Q13_MOTIEVEN").orElseThrow().answerCodes());
    }
}
