package org.leerwerkplek.mentorcourse.loop;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.leerwerkplek.companies.CompanyKnelpunten.FicheKnelpunten;

/**
 * One company's loop from knelpunten to training: per knelpunt named on one of its completed
 * fiches, whether each fiche named it, and after each fiche that named it, the modules addressing
 * it that the company's mentors completed until the next fiche (after the last fiche: up to now), as
 * {@link Completion#between} counts the days.
 * A company without completed fiches has no visits and no rows.
 *
 * @param visits the dates of the completed fiches, oldest first
 * @param rows   one per knelpunt named at least once, in code order
 */
public record CompanyLoop(List<LocalDate> visits, List<Row> rows) {

    public CompanyLoop {
        visits = List.copyOf(visits);
        rows = List.copyOf(rows);
    }

    /** A knelpunt over the visits: one cell per visit, in the order of {@code visits}. */
    public record Row(String knelpunt, List<Cell> cells) {

        public Row {
            cells = List.copyOf(cells);
        }
    }

    /**
     * A knelpunt at one visit.
     *
     * @param named     whether that visit's fiche named it
     * @param completed when named: the modules addressing it that the company's mentors completed
     *                  after that visit until the next ({@link Completion#between}), in the course mapping's order (most direct
     *                  first), each with how many mentors completed it; empty when not named
     * @param last      whether this is the last visit (its modules run up to now)
     */
    public record Cell(boolean named, List<ModuleCount> completed, boolean last) {

        public Cell {
            completed = List.copyOf(completed);
        }
    }

    /** A module and how many of the company's mentors completed it in the interval. */
    public record ModuleCount(String moduleId, long mentors) {
    }

    /**
     * The loop of one company.
     *
     * @param fiches      the company's completed fiches, oldest first
     * @param completions the modules its mentors completed
     * @param modules     knelpunt code to the ids of the modules that address it (the course's mapping)
     */
    public static CompanyLoop of(List<FicheKnelpunten> fiches, Collection<Completion> completions,
                                 Map<String, List<String>> modules) {
        Set<String> named = new TreeSet<>();
        fiches.forEach(fiche -> named.addAll(fiche.codes()));
        List<Row> rows = new ArrayList<>();
        for (String knelpunt : named) {
            List<Cell> cells = new ArrayList<>();
            for (int i = 0; i < fiches.size(); i++) {
                boolean last = i == fiches.size() - 1;
                if (!fiches.get(i).codes().contains(knelpunt)) {
                    cells.add(new Cell(false, List.of(), last));
                    continue;
                }
                LocalDate from = fiches.get(i).date();
                LocalDate until = last ? null : fiches.get(i + 1).date();
                Map<String, Set<Long>> mentors = new LinkedHashMap<>();
                for (String moduleId : modules.getOrDefault(knelpunt, List.of())) {
                    completions.stream().filter(c -> c.moduleId().equals(moduleId) && c.between(from, until))
                            .forEach(c -> mentors.computeIfAbsent(moduleId, id -> new TreeSet<>()).add(c.mentorId()));
                }
                cells.add(new Cell(true, mentors.entrySet().stream()
                        .map(e -> new ModuleCount(e.getKey(), e.getValue().size())).toList(), last));
            }
            rows.add(new Row(knelpunt, cells));
        }
        return new CompanyLoop(fiches.stream().map(FicheKnelpunten::date).toList(), rows);
    }
}
