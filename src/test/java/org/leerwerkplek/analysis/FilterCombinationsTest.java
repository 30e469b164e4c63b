package org.leerwerkplek.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.leerwerkplek.analysis.stats.CrossTabOptions;
import org.leerwerkplek.surveys.definition.model.AnswerValue;
import org.leerwerkplek.surveys.definition.model.Instrument;
import org.leerwerkplek.surveys.definition.model.Language;

/**
 * Every combination of the dashboard's filters gives a page: tables, or the empty state. The
 * 305 study employers are stored as demo data only, as on a fresh installation with the demo
 * loaded, where "weighted" and "without demo data" together once failed on the empty base of the
 * weighting question.
 */
class FilterCombinationsTest {

    private static ResponseTable onlyDemo;
    private static ResponseTable empty;

    @BeforeAll
    static void readTheStudyAsDemoData() {
        Instrument instrument = StudyFixture.questionnaire();
        List<Map<String, AnswerValue>> answers = StudyFixture.answers(instrument);
        onlyDemo = ResponseTable.of(instrument, 16);
        for (int i = 0; i < answers.size(); i++) {
            onlyDemo.add(i + 1, instrument, answers.get(i), true);
        }
        onlyDemo.finish();
        empty = ResponseTable.of(instrument, 16).finish();
    }

    /** The subgroup filters the dashboard offers: none, and every level of every subgroup variable. */
    private static List<Optional<String>> subgroups(ResponseTable table) {
        List<Optional<String>> subgroups = new ArrayList<>();
        subgroups.add(Optional.empty());
        for (String code : table.definition().analysis().subgroups()) {
            table.variable(code).orElseThrow().levels().forEach(level -> subgroups.add(Optional.of(code + "=" + level.code())));
        }
        return subgroups;
    }

    @Test
    void weightedWithoutDemoDataWhileOnlyDemoDataExistGivesTheEmptyState() {
        Selection selection = Selection.of("werkgeversbevraging", Language.NL).withSource(Tables.Source.REAL)
                .withWeighted(true);
        Tables tables = Tables.of(onlyDemo, selection, Optional.empty());
        Dashboard dashboard = Dashboard.of(tables, CrossTabOptions.DEFAULTS, Language.NL);
        assertEquals(0, dashboard.respondents());
        assertTrue(dashboard.profile().isEmpty() && dashboard.sets().isEmpty() && dashboard.likerts().isEmpty()
                && dashboard.breakdowns().isEmpty() && dashboard.representativeness().isEmpty()
                && dashboard.coChoices().isEmpty(), "nothing to show but the empty state");
        assertEquals("De tabellen tellen 0 van de 305 ingediende antwoorden. Niet meegeteld: 305 fictieve "
                + "demo-antwoorden.", new Scope(Locale.forLanguageTag("nl")).counted(selection, tables));
    }

    @Test
    void everyCombinationOfFiltersGivesTablesOrTheEmptyState() {
        Set<Long> waveOfTen = LongStream.rangeClosed(1, 10).boxed().collect(Collectors.toSet());
        List<Optional<Set<Long>>> waves = List.of(Optional.empty(), Optional.of(Set.of()), Optional.of(waveOfTen));
        int combinations = 0;
        for (ResponseTable table : List.of(onlyDemo, empty)) {
            for (Tables.Source source : Tables.Source.values()) {
                for (boolean weighted : new boolean[] {false, true}) {
                    for (Optional<Set<Long>> wave : waves) {
                        for (Optional<String> subgroup : subgroups(table)) {
                            Selection selection = Selection.of("werkgeversbevraging", Language.FR).withSource(source)
                                    .withWeighted(weighted).withWave(wave.isPresent() ? 7L : null)
                                    .withSubgroup(subgroup.orElse(null));
                            String what = source + (weighted ? " weighted" : "") + " wave " + wave.map(Set::size)
                                    + " " + subgroup.orElse("everyone") + " of " + table.size();
                            Tables tables = Tables.of(table, selection, wave);
                            Dashboard dashboard = Dashboard.of(tables, CrossTabOptions.DEFAULTS, Language.FR);
                            String line = new Scope(Locale.FRENCH).counted(selection, tables);
                            assertEquals(tables.respondents(), dashboard.respondents(), what);
                            assertEquals(tables.respondents() > 0, !dashboard.profile().isEmpty(), what);
                            assertTrue(line.startsWith("Les tableaux comptent "), what + ": " + line);
                            int leftOut = tables.filtered().stream().mapToInt(Tables.Filtered::leftOut).sum();
                            assertEquals(table.size(), tables.respondents() + leftOut,
                                    what + ": every respondent is counted or left out by one filter");
                            assertFalse(dashboard.weighted() && tables.respondents() == 0, what);
                            combinations++;
                        }
                    }
                }
            }
        }
        assertTrue(combinations > 100, combinations + " combinations");
    }

    @Test
    void theLineSaysWhatTheTablesCountAndWhatEachFilterLeftOut() {
        Selection small = Selection.of("werkgeversbevraging", Language.NL).withSubgroup("Q02_GROOTTE=W1_4");
        assertEquals("De tabellen tellen 92 van de 305 ingediende antwoorden, waarvan 92 fictieve demo-antwoorden. "
                + "Niet meegeteld: 213 antwoorden buiten ‘1 tot 4’. Tabellen ongewogen.", new Scope(Locale.forLanguageTag("nl"))
                .counted(small, Tables.of(onlyDemo, small, Optional.empty())));
        Selection everyone = Selection.of("werkgeversbevraging", Language.EN);
        assertEquals("The tables count all 305 submitted responses, of which 305 are fictitious demo responses. "
                + "Tables unweighted.",
                new Scope(Locale.ENGLISH).counted(everyone, Tables.of(onlyDemo, everyone, Optional.empty())));
        Selection wave = Selection.of("werkgeversbevraging", Language.FR).withWave(3L).withWeighted(true);
        assertEquals("Les tableaux comptent 1 des 305 réponses soumises, dont 1 réponse fictive de démonstration. "
                        + "Non comptées\u00a0: 304 réponses hors de la vague. Tableaux pondérés\u00a0: post-stratification sur "
                        + "‘Comment le nombre de travailleurs de votre entreprise a-t-il évolué depuis 2012\u00a0?’\u00a0; "
                        + "intervalles de confiance et tests tiennent compte de la pondération (comme le package R survey).",
                new Scope(Locale.FRENCH).counted(wave, Tables.of(onlyDemo, wave, Optional.of(Set.of(5L)))));
        Selection nobody = Selection.of("werkgeversbevraging", Language.NL).withWeighted(true);
        assertEquals("De tabellen tellen geen ingediende antwoorden.",
                new Scope(Locale.forLanguageTag("nl")).counted(nobody, Tables.of(empty, nobody, Optional.empty())));
    }
}
