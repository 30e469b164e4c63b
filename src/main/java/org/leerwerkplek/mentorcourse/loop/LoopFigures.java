package org.leerwerkplek.mentorcourse.loop;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.leerwerkplek.companies.CompanyKnelpunten.FicheKnelpunten;

/**
 * The loop across companies: per knelpunt, the companies whose fiche named it and whose next
 * completed fiche came after it, in a 2×2 table by whether the knelpunt was gone at that next
 * fiche and whether the company's mentors completed a module addressing it in between (after the
 * naming visit's day, up to and including the next visit's day: {@link Completion#between}). Each company counts once per knelpunt, at the
 * first fiche that named it and has a next one; a company with only one completed fiche has no
 * next fiche and is left out, as is a knelpunt no module addresses (nothing to compare). A company
 * without mentors in the course counts as "no module completed". This is an association: the
 * table says nothing about what caused a knelpunt to go.
 *
 * @param tables one per knelpunt with at least one company, in code order; empty when no company
 *               has two completed fiches
 */
public record LoopFigures(List<Table> tables) {

    /** At least this many companies in each of the two groups before the shares are read out as a comparison. */
    public static final int FEWEST_TO_COMPARE = 5;

    /** How a table reads: the knelpunt went more often, less often or as often with a module completed; or too few companies. */
    public enum Reading { MORE_OFTEN, LESS_OFTEN, AS_OFTEN, TOO_FEW }

    public LoopFigures {
        tables = List.copyOf(tables);
    }

    /**
     * One knelpunt's 2×2 table of companies.
     *
     * @param trainedGone     mentors completed a matching module; the next fiche no longer named it
     * @param trainedStayed   mentors completed a matching module; the next fiche named it again
     * @param untrainedGone   no matching module completed; no longer named
     * @param untrainedStayed no matching module completed; named again
     */
    public record Table(String knelpunt, long trainedGone, long trainedStayed, long untrainedGone,
                        long untrainedStayed) {

        public long trained() {
            return trainedGone + trainedStayed;
        }

        public long untrained() {
            return untrainedGone + untrainedStayed;
        }

        public long gone() {
            return trainedGone + untrainedGone;
        }

        public long stayed() {
            return trainedStayed + untrainedStayed;
        }

        public long total() {
            return trained() + untrained();
        }

        /** The share of the companies with a completed module whose knelpunt was gone; empty without such companies. */
        public Optional<Double> goneShareTrained() {
            return share(trainedGone, trained());
        }

        /** The share of the companies without a completed module whose knelpunt was gone; empty without such companies. */
        public Optional<Double> goneShareUntrained() {
            return share(untrainedGone, untrained());
        }

        /** Whether both groups have at least {@link #FEWEST_TO_COMPARE} companies. */
        public boolean comparable() {
            return trained() >= FEWEST_TO_COMPARE && untrained() >= FEWEST_TO_COMPARE;
        }

        /** How the table reads; {@link Reading#TOO_FEW} unless {@link #comparable()}. */
        public Reading reading() {
            if (!comparable()) {
                return Reading.TOO_FEW;
            }
            long trainedSide = trainedGone * untrained();
            long untrainedSide = untrainedGone * trained();
            return trainedSide > untrainedSide ? Reading.MORE_OFTEN
                    : trainedSide < untrainedSide ? Reading.LESS_OFTEN : Reading.AS_OFTEN;
        }

        private static Optional<Double> share(long part, long whole) {
            return whole == 0 ? Optional.empty() : Optional.of((double) part / whole);
        }
    }

    /** One company's knelpunt between two consecutive completed fiches. */
    public record Pair(long companyId, String knelpunt, boolean trained, boolean gone) {
    }

    /**
     * The pairs the tables count: per company and knelpunt, the first fiche that named it and has a next one.
     *
     * @param fiches      completed fiches by company, each oldest first
     * @param completions modules completed by mentors, by their company
     * @param modules     knelpunt code to the ids of the modules that address it
     */
    public static List<Pair> pairs(Map<Long, List<FicheKnelpunten>> fiches,
                                   Map<Long, ? extends Collection<Completion>> completions,
                                   Map<String, List<String>> modules) {
        List<Pair> pairs = new ArrayList<>();
        fiches.forEach((companyId, ofCompany) -> {
            Collection<Completion> done = completions.containsKey(companyId) ? completions.get(companyId) : List.of();
            for (Map.Entry<String, List<String>> mapping : new TreeMap<>(modules).entrySet()) {
                if (mapping.getValue().isEmpty()) {
                    continue;
                }
                String knelpunt = mapping.getKey();
                for (int i = 0; i + 1 < ofCompany.size(); i++) {
                    if (ofCompany.get(i).codes().contains(knelpunt)) {
                        FicheKnelpunten named = ofCompany.get(i);
                        FicheKnelpunten next = ofCompany.get(i + 1);
                        boolean trained = done.stream().anyMatch(c -> mapping.getValue().contains(c.moduleId())
                                && c.between(named.date(), next.date()));
                        pairs.add(new Pair(companyId, knelpunt, trained, !next.codes().contains(knelpunt)));
                        break;
                    }
                }
            }
        });
        return pairs;
    }

    /** The tables of {@link #pairs}. */
    public static LoopFigures of(Map<Long, List<FicheKnelpunten>> fiches,
                                 Map<Long, ? extends Collection<Completion>> completions,
                                 Map<String, List<String>> modules) {
        Map<String, long[]> cells = new TreeMap<>();
        for (Pair pair : pairs(fiches, completions, modules)) {
            long[] cell = cells.computeIfAbsent(pair.knelpunt(), k -> new long[4]);
            cell[(pair.trained() ? 0 : 2) + (pair.gone() ? 0 : 1)]++;
        }
        return new LoopFigures(cells.entrySet().stream()
                .map(e -> new Table(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2], e.getValue()[3]))
                .toList());
    }
}
