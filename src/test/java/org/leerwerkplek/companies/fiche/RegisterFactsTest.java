package org.leerwerkplek.companies.fiche;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.leerwerkplek.companies.register.CompanyDetails;
import org.leerwerkplek.companies.register.EnterpriseNumber;
import org.leerwerkplek.companies.register.LearningSystem;
import org.leerwerkplek.companies.register.Province;
import org.leerwerkplek.companies.register.Subsector;
import org.leerwerkplek.surveys.definition.DefinitionParser;
import org.leerwerkplek.surveys.definition.model.AnswerValue;
import org.leerwerkplek.surveys.definition.model.Instrument;

class RegisterFactsTest {

    private static final Instrument FICHE = DefinitionParser.parse(Path.of("surveys/leerwerkplekfiche.yaml")).orThrow();

    private static CompanyDetails company(Province province, Set<Subsector> subsectors, Optional<Integer> employees,
                                          Set<LearningSystem> systems) {
        return new CompanyDetails(EnterpriseNumber.parse("0403170701"), "Bouw Peeters", "", "", "", province, subsectors,
                employees, !systems.isEmpty(), systems, Optional.empty(), List.of());
    }

    @Test
    void theRegistersFactsAnswerTheFichesQuestions() {
        Map<String, AnswerValue> facts = RegisterFacts.of(FICHE, company(Province.ANTWERPEN,
                EnumSet.of(Subsector.RUWBOUW, Subsector.DAKWERKEN), Optional.of(12),
                EnumSet.of(LearningSystem.DUAAL_LEREN, LearningSystem.IBO)), code -> "?");

        assertEquals(new AnswerValue.Text("Bouw Peeters"), facts.get("F1_BEDRIJFSNAAM"));
        assertEquals(new AnswerValue.Numeric(BigDecimal.valueOf(12)), facts.get("F1_WERKNEMERS"));
        assertEquals(AnswerValue.Multiple.of("RUWBOUW", "DAKWERKEN"), facts.get("F1_ACTIVITEITEN"));
        assertEquals(AnswerValue.Single.of("ANTWERPEN"), facts.get("F1_REGIO"));
        assertEquals(AnswerValue.Multiple.of("DUAAL_LEREN", "IBO"), facts.get("F2_STELSELS"));
    }

    @Test
    void anActivityTheFicheHasNoOptionForIsAnsweredAsOtherWithItsNameAndUnknownFactsAreLeftOpen() {
        Map<String, AnswerValue> facts = RegisterFacts.of(FICHE, company(Province.LUIK,
                EnumSet.of(Subsector.INSTALLATIE, Subsector.TEGELWERK), Optional.empty(), Set.of()),
                code -> code.equals("INSTALLATIE") ? "Installatiewerken" : null);

        assertEquals(new AnswerValue.Multiple(List.of("TEGELWERK", "ANDERS"), Optional.of("Installatiewerken")),
                facts.get("F1_ACTIVITEITEN"));
        assertFalse(facts.containsKey("F1_REGIO"), "the fiche asks for a Flemish province or Brussels only");
        assertFalse(facts.containsKey("F1_WERKNEMERS"), "not known in the register");
        assertFalse(facts.containsKey("F2_STELSELS"));
    }
}
