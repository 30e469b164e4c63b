package org.leerwerkplek.analysis.stats;

import java.util.List;

/**
 * An r×c cross-tab of subgroups (rows, e.g. company size) by answer categories (columns), tested for
 * independence. It holds only the rows and columns that were tested; what was left out is in
 * {@code dropped}. There is no cross-tab without any answer ({@link EmptyBaseException}).
 *
 * <p>Test figures are {@code null} where they do not apply: {@code chi2}, {@code p}, {@code cramersV},
 * {@code minExpected} and {@code shareExpectedBelow5} when fewer than two rows or columns are left
 * ({@code df} is then 0); {@code yatesChi2}, {@code yatesP} outside 2×2 tables; {@code fisherP} outside
 * unweighted 2×2 tables.
 *
 * <p>Weighted tables show weighted counts and expected counts; their test uses the table rescaled to
 * Kish's effective sample size (every count × effectiveTotal / total), so {@code chi2},
 * {@code minExpected} and {@code shareExpectedBelow5} are on that scale. Unweighted, both scales agree.
 *
 * @param weighted             whether counts are sums of weights
 * @param columns              the tested answer categories with their totals
 * @param rows                 the tested subgroups with their cells
 * @param total                all tested answers (weighted: their weight)
 * @param effectiveTotal       Kish's effective size of {@code total}; equals it when unweighted
 * @param chi2                 Pearson's statistic without continuity correction
 * @param df                   (rows − 1)(columns − 1)
 * @param p                    P(χ² ≥ chi2) with df degrees of freedom
 * @param yatesChi2            Pearson's statistic with Yates' correction (2×2 only)
 * @param yatesP               its p-value (2×2 only)
 * @param fisherP              Fisher's exact two-sided p (unweighted 2×2 only)
 * @param cramersV             √(chi2 / (n · (min(r, c) − 1)))
 * @param minExpected          the smallest expected count
 * @param shareExpectedBelow5  the share of cells (0–1) with an expected count below 5
 * @param reportable           whether a test result may be shown (see {@code reason})
 * @param reason               which test holds and why, or why none does
 * @param dropped              rows and columns left out before testing, with why
 * @param reading              the plain-language reading of the table
 * @param raoScott             weighted tables: the design-based test with Rao and Scott's corrections (R's
 *                             {@code svychisq}), which the reason and reading then use; null otherwise
 */
public record CrossTab(boolean weighted, List<Column> columns, List<Row> rows, double total, double effectiveTotal,
        Double chi2, int df, Double p, Double yatesChi2, Double yatesP, Double fisherP, Double cramersV,
        Double minExpected, Double shareExpectedBelow5, boolean reportable, Reason reason, List<Reason> dropped,
        Reading reading, RaoScott raoScott) {

    public CrossTab {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        dropped = List.copyOf(dropped);
    }

    public CrossTab(boolean weighted, List<Column> columns, List<Row> rows, double total, double effectiveTotal,
            Double chi2, int df, Double p, Double yatesChi2, Double yatesP, Double fisherP, Double cramersV,
            Double minExpected, Double shareExpectedBelow5, boolean reportable, Reason reason, List<Reason> dropped,
            Reading reading) {
        this(weighted, columns, rows, total, effectiveTotal, chi2, df, p, yatesChi2, yatesP, fisherP, cramersV,
                minExpected, shareExpectedBelow5, reportable, reason, dropped, reading, null);
    }

    /**
     * This weighted table tested by Rao and Scott's second-order correction (the F test) instead of
     * Pearson's test on the effective size: where the counts carry a test (Cochran's rule on the effective
     * scale, as before), the reason becomes RAO_SCOTT_USED and the reading uses its p-value. Without a
     * test (cells too sparse for it) the table is not reportable (EXPECTED_TOO_SMALL).
     */
    public CrossTab withRaoScott(RaoScott test, double alpha) {
        if (test == null && reportable) {
            Reason none = Reason.of(ReasonCode.EXPECTED_TOO_SMALL, minExpected, shareExpectedBelow5);
            return new CrossTab(weighted, columns, rows, total, effectiveTotal, chi2, df, p, yatesChi2, yatesP, fisherP,
                    cramersV, minExpected, shareExpectedBelow5, false, none, dropped, Reading.notReportable(none), null);
        }
        if (test == null || !reportable) {
            return new CrossTab(weighted, columns, rows, total, effectiveTotal, chi2, df, p, yatesChi2, yatesP, fisherP,
                    cramersV, minExpected, shareExpectedBelow5, reportable, reason, dropped, reading, test);
        }
        Reason used = Reason.of(ReasonCode.RAO_SCOTT_USED, test.f(), test.numeratorDf(), test.denominatorDf(),
                test.pF());
        Reading read = reading.comparison() == null ? reading
                : Reading.compare(rows, reading.comparison().category(), focusColumn(reading.comparison().category()),
                        test.pF(), alpha, used);
        return new CrossTab(weighted, columns, rows, total, effectiveTotal, chi2, df, p, yatesChi2, yatesP, fisherP,
                cramersV, minExpected, shareExpectedBelow5, reportable, used, dropped, read, test);
    }

    private int focusColumn(String label) {
        for (int j = 0; j < columns.size(); j++) {
            if (columns.get(j).label().equals(label)) {
                return j;
            }
        }
        return 0;
    }

    /** The p-value that the reason points to (Pearson's or Fisher's), or {@code null} when not reportable. */
    public Double reportedP() {
        if (!reportable) {
            return null;
        }
        return reason.code() == ReasonCode.FISHER_USED ? fisherP
                : reason.code() == ReasonCode.RAO_SCOTT_USED ? raoScott.pF() : p;
    }

    /** The reading about one answer category (column index) instead of the default one. */
    public Reading readingFor(int column, double alpha) {
        return reportable ? Reading.compare(rows, columns.get(column).label(), column, reportedP(), alpha, reason)
                : Reading.notReportable(reason);
    }

    /**
     * @param total   answers in this category (weighted: their weight)
     * @param percent total / table total, 0–100
     */
    public record Column(String code, String label, double total, double percent) {
    }

    /**
     * @param n       respondents in the subgroup, unweighted
     * @param total   answers in the subgroup (weighted: their weight)
     * @param percent total / table total, 0–100
     * @param cells   one per column
     */
    public record Row(String code, String label, long n, double total, double percent, List<Cell> cells) {

        public Row {
            cells = List.copyOf(cells);
        }
    }

    /**
     * @param count         answers in this subgroup and category (weighted: their weight)
     * @param rowPercent    count / row total, 0–100
     * @param columnPercent count / column total, 0–100
     * @param expected      row total × column total / table total
     * @param residual      Pearson's standardised residual (count − expected) / √expected, on the test scale
     */
    public record Cell(double count, double rowPercent, double columnPercent, double expected, double residual) {
    }
}
