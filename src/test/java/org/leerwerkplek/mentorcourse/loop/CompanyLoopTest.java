package org.leerwerkplek.mentorcourse.loop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.leerwerkplek.companies.CompanyKnelpunten.FicheKnelpunten;

class CompanyLoopTest {

    private static final long COMPANY = 7;
    private static final LocalDate FIRST = LocalDate.of(2026, 3, 10);
    private static final LocalDate SECOND = LocalDate.of(2026, 9, 15);
    private static final Map<String, List<String>> MODULES = Map.of(
            "K11", List.of("leerproces-structureren", "feedback-geven"),
            "K14", List.of("proefperiode"));

    private static FicheKnelpunten fiche(LocalDate date, String... codes) {
        return new FicheKnelpunten(COMPANY, date, Set.of(codes));
    }

    private static Completion done(long mentor, String module, LocalDate on) {
        return new Completion(COMPANY, mentor, module, on);
    }

    @Test
    void aModuleCountsFromTheDayAfterTheVisitThatNamedTheKnelpuntUpToTheDayOfTheNextVisit() {
        CompanyLoop loop = CompanyLoop.of(List.of(fiche(FIRST, "K11"), fiche(SECOND)), List.of(
                done(1, "leerproces-structureren", FIRST.plusDays(1)),     // the day after the visit: counts
                done(2, "leerproces-structureren", SECOND),                // the next visit's day: counts
                done(3, "feedback-geven", FIRST),                          // the naming visit's day: the interval before it
                done(4, "feedback-geven", SECOND.plusDays(1)),             // after the next visit: not in between
                done(5, "proefperiode", FIRST.plusDays(5))),               // addresses K14, not K11
                MODULES);

        assertEquals(List.of(FIRST, SECOND), loop.visits());
        CompanyLoop.Row k11 = loop.rows().get(0);
        assertEquals("K11", k11.knelpunt());
        assertTrue(k11.cells().get(0).named());
        assertEquals(List.of(new CompanyLoop.ModuleCount("leerproces-structureren", 2)), k11.cells().get(0).completed());
        assertFalse(k11.cells().get(0).last());
        assertFalse(k11.cells().get(1).named(), "the second fiche no longer names it");
        assertEquals(List.of(), k11.cells().get(1).completed(), "no modules where the knelpunt was not named");
    }

    @Test
    void afterTheLastFicheTheModulesCompletedSinceCountAndOneMentorCountsOncePerModule() {
        LocalDate later = SECOND.plusMonths(4);
        CompanyLoop loop = CompanyLoop.of(List.of(fiche(FIRST, "K14"), fiche(SECOND, "K11", "K14")), List.of(
                done(1, "feedback-geven", later),
                done(1, "leerproces-structureren", later),
                done(2, "feedback-geven", later.plusDays(1)),
                done(3, "proefperiode", FIRST.plusDays(1)),
                done(4, "proefperiode", SECOND)), MODULES);

        assertEquals(List.of("K11", "K14"), loop.rows().stream().map(CompanyLoop.Row::knelpunt).toList(), "code order");
        CompanyLoop.Cell k11Last = loop.rows().get(0).cells().get(1);
        assertTrue(k11Last.last() && k11Last.named());
        assertEquals(List.of(new CompanyLoop.ModuleCount("leerproces-structureren", 1),
                new CompanyLoop.ModuleCount("feedback-geven", 2)), k11Last.completed(), "in the mapping's order");
        assertFalse(loop.rows().get(0).cells().get(0).named());
        assertEquals(List.of(new CompanyLoop.ModuleCount("proefperiode", 2)), loop.rows().get(1).cells().get(0).completed(),
                "mentors 3 and 4, the second on the day of the next visit");
        assertEquals(List.of(), loop.rows().get(1).cells().get(1).completed(), "nothing for K14 since the second visit");
    }

    @Test
    void withoutCompletedFichesOrKnelpuntenThereAreNoRows() {
        assertEquals(List.of(), CompanyLoop.of(List.of(), List.of(), MODULES).rows());
        CompanyLoop none = CompanyLoop.of(List.of(fiche(FIRST), fiche(SECOND)), List.of(), MODULES);
        assertEquals(List.of(FIRST, SECOND), none.visits());
        assertEquals(List.of(), none.rows());
    }
}
