package org.leerwerkplek.fieldwork;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.leerwerkplek.surveys.definition.DefinitionParser;
import org.leerwerkplek.surveys.definition.model.Instrument;

class GroupLabelsTest {

    private static final Optional<Instrument> QUESTIONNAIRE = Optional.of(
            DefinitionParser.parse(Path.of("surveys/werkgeversbevraging.yaml")).orThrow());

    @Test
    void codesOfTheInstrumentAndTheRegisterReadAsWordsInTheReadersLanguage() {
        GroupLabels dutch = new GroupLabels(QUESTIONNAIRE, Locale.forLanguageTag("nl"));
        GroupLabels french = new GroupLabels(QUESTIONNAIRE, Locale.FRENCH);
        assertEquals(new GroupLabels.Label("1 tot 4", null), dutch.label(Dimension.SIZE_CLASS, "W1_4"));
        assertEquals(new GroupLabels.Label("1 à 4", null), french.label(Dimension.SIZE_CLASS, "W1_4"));
        assertEquals("Dakwerken", dutch.label(Dimension.SUBSECTOR, "DAKWERKEN").text());
        assertEquals("Brussels Hoofdstedelijk Gewest", dutch.label(Dimension.REGION, "BRUSSEL").text());
        assertEquals("0–4 werknemers", dutch.label(Dimension.SIZE_CLASS, "FROM_0_TO_4").text(), "the register's class");
    }

    @Test
    void englishReadersGetTheRegistersEnglishOrTheInstrumentsDutchMarkedAsDutch() {
        GroupLabels english = new GroupLabels(QUESTIONNAIRE, Locale.ENGLISH);
        assertEquals(new GroupLabels.Label("1 tot 4", "nl"), english.label(Dimension.SIZE_CLASS, "W1_4"));
        GroupLabels.Label roofing = english.label(Dimension.SUBSECTOR, "DAKWERKEN");
        assertEquals(null, roofing.lang());
        assertEquals(false, roofing.text().equals("DAKWERKEN"), roofing.text());
    }

    @Test
    void groupsAreOrderedFromSmallToLargeNotByCode() {
        GroupLabels dutch = new GroupLabels(QUESTIONNAIRE, Locale.forLanguageTag("nl"));
        List<Representativeness.Group> groups = List.of(group("FROM_100"), group("FROM_0_TO_4"), group("FROM_5_TO_9"));
        assertEquals(List.of("FROM_0_TO_4", "FROM_5_TO_9", "FROM_100"), dutch.ordered(Dimension.SIZE_CLASS, groups)
                .stream().map(Representativeness.Group::value).toList());
        assertEquals(List.of("W5_9", "W100_PLUS", "klein"), dutch.ordered(Dimension.SIZE_CLASS,
                List.of(group("klein"), group("W100_PLUS"), group("W5_9"))).stream()
                .map(Representativeness.Group::value).toList(), "the instrument's order, then other values");
    }

    private static Representativeness.Group group(String value) {
        return new Representativeness.Group(value, 1, 10, 10, 0, false);
    }

    @Test
    void aRegionOutsideTheInstrumentsCodesReadsAsAWordNotAsACode() {
        // a CSV's region VLAANDEREN is no province of the register nor an answer of the questionnaire
        assertEquals(new GroupLabels.Label("Vlaanderen", null),
                new GroupLabels(QUESTIONNAIRE, Locale.FRENCH).label(Dimension.REGION, "VLAANDEREN"));
        assertEquals("Niet gekend", new GroupLabels(Optional.empty(), Locale.forLanguageTag("nl"))
                .label(Dimension.REGION, "NIET_GEKEND").text());
    }

    @Test
    void freeValuesOfACsvStayAsGiven() {
        assertEquals(new GroupLabels.Label("klein", null),
                new GroupLabels(QUESTIONNAIRE, Locale.FRENCH).label(Dimension.SIZE_CLASS, "klein"));
        assertEquals(new GroupLabels.Label("W1_4", null),
                new GroupLabels(Optional.empty(), Locale.FRENCH).label(Dimension.SIZE_CLASS, "W1_4"));
    }
}
