package org.leerwerkplek.analysis.stats;

import java.util.List;
import java.util.Objects;

/**
 * The plain-language reading of a cross-tab, rendered per language by {@link Readings}: e.g.
 * "Small employers choose a trial period more often than large ones (58% vs 31%); this difference is
 * unlikely to be chance (p = 0.003)".
 *
 * @param kind       what the table says
 * @param comparison the two subgroups furthest apart on one answer category; {@code null} when not reportable
 * @param reason     the test used (or why there is none), as in the table
 */
public record Reading(ReadingKind kind, Comparison comparison, Reason reason) {

    public Reading {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reason, "reason");
        if ((comparison == null) != (kind == ReadingKind.NOT_REPORTABLE)) {
            throw new IllegalArgumentException("Only a reportable reading has a comparison");
        }
    }

    /**
     * @param category      the label of the answer category compared
     * @param higherGroup   the subgroup that chose it most often
     * @param higherPercent its row percentage, 0–100
     * @param lowerGroup    the subgroup that chose it least often
     * @param lowerPercent  its row percentage, 0–100
     * @param p             the p-value of the test that the reason names
     */
    public record Comparison(String category, String higherGroup, double higherPercent, String lowerGroup,
            double lowerPercent, double p) {
    }

    static Reading notReportable(Reason reason) {
        return new Reading(ReadingKind.NOT_REPORTABLE, null, reason);
    }

    /**
     * Compares the subgroup with the highest row percentage in {@code column} (the first of equals) with the
     * one with the lowest (the last of equals), so two different subgroups are named even when all are equal.
     */
    static Reading compare(List<CrossTab.Row> rows, String category, int column, double p, double alpha,
            Reason reason) {
        CrossTab.Row higher = rows.get(0);
        CrossTab.Row lower = rows.get(rows.size() - 1);
        for (CrossTab.Row row : rows) {
            double percent = row.cells().get(column).rowPercent();
            if (percent > higher.cells().get(column).rowPercent()) {
                higher = row;
            }
            if (percent <= lower.cells().get(column).rowPercent()) {
                lower = row;
            }
        }
        Comparison comparison = new Comparison(category, higher.label(), higher.cells().get(column).rowPercent(),
                lower.label(), lower.cells().get(column).rowPercent(), p);
        return new Reading(p < alpha ? ReadingKind.DIFFERENCE : ReadingKind.NO_CLEAR_DIFFERENCE, comparison, reason);
    }
}
