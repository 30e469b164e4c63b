package org.leerwerkplek.companies.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.leerwerkplek.surveys.definition.DefinitionParser;
import org.leerwerkplek.surveys.definition.model.Instrument;
import org.leerwerkplek.surveys.definition.model.Question;

/** The register's codes are the fiche's codes, so register and fiches can be joined in analysis. */
class RegisterCodesTest {

    private static final Instrument FICHE = DefinitionParser.parse(Path.of("surveys/leerwerkplekfiche.yaml")).orThrow();

    private static Set<String> codes(String question) {
        Question q = FICHE.question(question).orElseThrow();
        return q.choices().options().stream().map(o -> o.code()).collect(Collectors.toSet());
    }

    private static Set<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).collect(Collectors.toSet());
    }

    @Test
    void subsectorsAreTheFicheActivitiesPlusInstallation() {
        Set<String> register = names(Subsector.values());
        assertTrue(register.containsAll(codes("F1_ACTIVITEITEN")), register.toString());
        register.removeAll(codes("F1_ACTIVITEITEN"));
        assertEquals(Set.of("INSTALLATIE"), register);
    }

    @Test
    void provincesIncludeEveryFicheRegion() {
        assertTrue(names(Province.values()).containsAll(codes("F1_REGIO")));
    }

    @Test
    void learningSystemsAreTheFicheSystems() {
        assertEquals(codes("F2_STELSELS"), names(LearningSystem.values()));
    }

    @Test
    void codesAreReadWithoutRegardToCaseOrSpaces() {
        assertEquals(Optional.of(Subsector.DAKWERKEN), Subsector.fromCode(" dakwerken "));
        assertEquals(Optional.of(Province.OOST_VLAANDEREN), Province.fromCode("Oost_Vlaanderen"));
        assertEquals(Optional.empty(), Subsector.fromCode("BAKKERIJ"));
        assertEquals(Optional.empty(), Province.fromCode(null));
    }

    @Test
    void sizeClassesFollowTheNumberOfEmployees() {
        assertEquals(SizeClass.FROM_0_TO_4, SizeClass.of(0));
        assertEquals(SizeClass.FROM_0_TO_4, SizeClass.of(4));
        assertEquals(SizeClass.FROM_5_TO_9, SizeClass.of(5));
        assertEquals(SizeClass.FROM_20_TO_49, SizeClass.of(49));
        assertEquals(SizeClass.FROM_100, SizeClass.of(100_000));
        assertThrows(IllegalArgumentException.class, () -> SizeClass.of(-1));
        for (int i = 1; i < SizeClass.values().length; i++) {
            assertEquals(SizeClass.values()[i - 1].highest() + 1, SizeClass.values()[i].lowest(), "no gaps");
        }
    }
}
