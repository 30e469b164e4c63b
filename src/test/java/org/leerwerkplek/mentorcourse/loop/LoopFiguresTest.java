package org.leerwerkplek.mentorcourse.loop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.leerwerkplek.companies.CompanyKnelpunten.FicheKnelpunten;

class LoopFiguresTest {

    private static final LocalDate JAN = LocalDate.of(2026, 1, 12);
    private static final LocalDate JUN = LocalDate.of(2026, 6, 8);
    private static final LocalDate NOV = LocalDate.of(2026, 11, 3);
    private static final Map<String, List<String>> MODULES = Map.of(
            "K11", List.of("leerproces-structureren", "feedback-geven"),
            "K14", List.of("proefperiode"),
            "K16", List.of());

    private final Map<Long, List<FicheKnelpunten>> fiches = new LinkedHashMap<>();
    private final Map<Long, List<Completion>> completions = new HashMap<>();

    private void company(long id, Object[]... fichesOfCompany) {
        List<FicheKnelpunten> list = new ArrayList<>();
        for (Object[] fiche : fichesOfCompany) {
            list.add(new FicheKnelpunten(id, (LocalDate) fiche[0], Set.of((String[]) fiche[1])));
        }
        fiches.put(id, list);
    }

    private static Object[] fiche(LocalDate date, String... codes) {
        return new Object[] {date, codes};
    }

    private void completed(long company, String module, LocalDate on) {
        completions.computeIfAbsent(company, c -> new ArrayList<>()).add(new Completion(company, company * 10, module, on));
    }

    @Test
    void eachCellOfTheTwoByTwoCountsTheCompaniesThatBelongInIt() {
        company(1, fiche(JAN, "K11"), fiche(JUN));              // module in between, gone
        completed(1, "feedback-geven", JAN.plusDays(30));
        company(2, fiche(JAN, "K11"), fiche(JUN, "K11"));       // module on the next visit's day, named again
        completed(2, "leerproces-structureren", JUN);
        company(3, fiche(JAN, "K11"), fiche(JUN, "K14"));       // no module, gone
        company(4, fiche(JAN, "K11"), fiche(JUN, "K11"));       // module on the first visit's day only: none in between
        completed(4, "feedback-geven", JAN);
        company(5, fiche(JAN, "K11"), fiche(JUN));              // a module for another knelpunt: none for K11
        completed(5, "proefperiode", JAN.plusDays(3));
        company(6, fiche(JAN, "K11"));                          // one fiche only: left out
        completed(6, "feedback-geven", JAN.plusDays(3));
        company(7, fiche(JAN, "K11"), fiche(JUN));              // module after the next visit: too late
        completed(7, "feedback-geven", JUN.plusDays(1));

        LoopFigures figures = LoopFigures.of(fiches, completions, MODULES);

        LoopFigures.Table k11 = figures.tables().get(0);
        assertEquals("K11", k11.knelpunt());
        assertEquals(1, k11.trainedGone());
        assertEquals(1, k11.trainedStayed());
        assertEquals(3, k11.untrainedGone(), "companies 3, 5 and 7");
        assertEquals(1, k11.untrainedStayed());
        assertEquals(6, k11.total(), "company 6 has one fiche and is left out");
        assertEquals(Optional.of(0.5), k11.goneShareTrained());
        assertEquals(Optional.of(0.75), k11.goneShareUntrained());
        assertEquals(List.of("K11"), figures.tables().stream().map(LoopFigures.Table::knelpunt).toList(),
                "K14 was only named on a last fiche: nothing to compare");
    }

    @Test
    void aCompanyCountsOncePerKnelpuntFromTheFirstFicheThatNamedItAndHasANextOne() {
        company(1, fiche(JAN, "K14"), fiche(JUN, "K14"), fiche(NOV));
        completed(1, "proefperiode", JUN.plusDays(10));         // between the second and third visits only
        company(2, fiche(JAN), fiche(JUN, "K14"), fiche(NOV));   // first named at the second visit
        completed(2, "proefperiode", NOV);                       // the third visit's day: in between

        List<LoopFigures.Pair> pairs = LoopFigures.pairs(fiches, completions, MODULES);

        assertEquals(List.of(new LoopFigures.Pair(1, "K14", false, false), new LoopFigures.Pair(2, "K14", true, true)),
                pairs);
    }

    @Test
    void aKnelpuntNoModuleAddressesAndCompaniesWithOneFicheGiveNoTable() {
        company(1, fiche(JAN, "K16"), fiche(JUN));
        company(2, fiche(JAN, "K11"));

        assertEquals(List.of(), LoopFigures.of(fiches, completions, MODULES).tables());
        assertEquals(List.of(), LoopFigures.of(Map.of(), Map.of(), MODULES).tables());
    }

    @Test
    void theTableIsReadOutOnlyWithFiveCompaniesInEachGroup() {
        assertEquals(LoopFigures.Reading.TOO_FEW, new LoopFigures.Table("K11", 4, 0, 2, 3).reading(), "4 with a module");
        // 3/5 = 60 % against 2/6 = 33 %
        assertEquals(LoopFigures.Reading.MORE_OFTEN, new LoopFigures.Table("K11", 3, 2, 2, 4).reading());
        // 1/5 = 20 % against 3/6 = 50 %
        assertEquals(LoopFigures.Reading.LESS_OFTEN, new LoopFigures.Table("K11", 1, 4, 3, 3).reading());
        // 2/5 = 40 % against 4/10 = 40 %
        assertEquals(LoopFigures.Reading.AS_OFTEN, new LoopFigures.Table("K11", 2, 3, 4, 6).reading());
        assertEquals(Optional.empty(), new LoopFigures.Table("K11", 0, 0, 1, 1).goneShareTrained());
    }
}
