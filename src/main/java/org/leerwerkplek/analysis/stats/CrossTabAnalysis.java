package org.leerwerkplek.analysis.stats;

import java.util.ArrayList;
import java.util.List;

/** The test of the rows and columns of a {@link CrossTabAccumulator} that were kept. */
final class CrossTabAnalysis {

    private final CrossTabAccumulator table;
    private final List<Integer> keptRows;
    private final List<Integer> keptColumns;
    private final List<Reason> dropped;
    private final CrossTabOptions options;

    CrossTabAnalysis(CrossTabAccumulator table, List<Integer> keptRows, List<Integer> keptColumns, List<Reason> dropped,
            CrossTabOptions options) {
        this.table = table;
        this.keptRows = keptRows;
        this.keptColumns = keptColumns;
        this.dropped = dropped;
        this.options = options;
    }

    CrossTab result() {
        int r = keptRows.size();
        int c = keptColumns.size();
        double[][] observed = new double[r][c];
        long[] rowN = new long[r];
        double[] rowTotals = new double[r];
        double[] columnTotals = new double[c];
        Tally all = new Tally();
        for (int i = 0; i < r; i++) {
            for (int j = 0; j < c; j++) {
                Tally cell = table.cell(keptRows.get(i), keptColumns.get(j));
                observed[i][j] = cell.sum();
                rowN[i] += cell.count();
                rowTotals[i] += cell.sum();
                columnTotals[j] += cell.sum();
                all.add(cell);
            }
        }
        double total = all.sum();
        double effectiveTotal = table.weighted() ? all.effectiveSize() : total;
        double scale = total == 0 ? 1 : effectiveTotal / total;

        double[][] expected = new double[r][c];
        double[][] testObserved = new double[r][c];
        double[][] testExpected = new double[r][c];
        for (int i = 0; i < r; i++) {
            for (int j = 0; j < c; j++) {
                expected[i][j] = rowTotals[i] * columnTotals[j] / total;
                testObserved[i][j] = observed[i][j] * scale;
                testExpected[i][j] = expected[i][j] * scale;
            }
        }

        List<CrossTab.Column> columns = new ArrayList<>(c);
        for (int j = 0; j < c; j++) {
            Category category = table.column(keptColumns.get(j));
            columns.add(new CrossTab.Column(category.code(), category.label(), columnTotals[j],
                    100 * columnTotals[j] / total));
        }
        List<CrossTab.Row> rows = new ArrayList<>(r);
        for (int i = 0; i < r; i++) {
            List<CrossTab.Cell> cells = new ArrayList<>(c);
            for (int j = 0; j < c; j++) {
                cells.add(new CrossTab.Cell(observed[i][j], 100 * observed[i][j] / rowTotals[i],
                        100 * observed[i][j] / columnTotals[j], expected[i][j],
                        (testObserved[i][j] - testExpected[i][j]) / Math.sqrt(testExpected[i][j])));
            }
            Category category = table.row(keptRows.get(i));
            rows.add(new CrossTab.Row(category.code(), category.label(), rowN[i], rowTotals[i],
                    100 * rowTotals[i] / total, cells));
        }

        if (r < 2 || c < 2) {
            Reason reason = Reason.of(ReasonCode.NOT_TESTABLE, r, c);
            return new CrossTab(table.weighted(), columns, rows, total, effectiveTotal, null, 0, null, null, null,
                    null, null, null, null, false, reason, dropped, Reading.notReportable(reason));
        }

        int df = (r - 1) * (c - 1);
        double chi2 = ChiSquare.pearson(testObserved, testExpected);
        double p = ChiSquare.upperTail(chi2, df);
        double cramersV = Math.sqrt(chi2 / (effectiveTotal * (Math.min(r, c) - 1)));
        double minExpected = Double.POSITIVE_INFINITY;
        int below5 = 0;
        for (double[] row : testExpected) {
            for (double e : row) {
                minExpected = Math.min(minExpected, e);
                if (e < 5) {
                    below5++;
                }
            }
        }
        double shareBelow5 = (double) below5 / (r * c);

        boolean twoByTwo = r == 2 && c == 2;
        Double yatesChi2 = null;
        Double yatesP = null;
        Double fisherP = null;
        if (twoByTwo) {
            yatesChi2 = ChiSquare.yates(testObserved, testExpected);
            yatesP = ChiSquare.upperTail(yatesChi2, 1);
            if (!table.weighted()) {
                fisherP = FisherExact.twoSidedP(Math.round(observed[0][0]), Math.round(observed[0][1]),
                        Math.round(observed[1][0]), Math.round(observed[1][1]));
            }
        }

        boolean cochranMet = minExpected >= 1 && shareBelow5 <= 0.2;
        ReasonCode code;
        if (cochranMet) {
            code = ReasonCode.COCHRAN_MET;
        } else if (fisherP != null) {
            code = ReasonCode.FISHER_USED;
        } else {
            code = ReasonCode.EXPECTED_TOO_SMALL;
        }
        Reason reason = Reason.of(code, minExpected, shareBelow5);
        boolean reportable = code != ReasonCode.EXPECTED_TOO_SMALL;
        int focus = focusColumn(rows, c);
        Reading reading = reportable
                ? Reading.compare(rows, columns.get(focus).label(), focus,
                        code == ReasonCode.FISHER_USED ? fisherP : p, options.alpha(), reason)
                : Reading.notReportable(reason);
        return new CrossTab(table.weighted(), columns, rows, total, effectiveTotal, chi2, df, p, yatesChi2, yatesP,
                fisherP, cramersV, minExpected, shareBelow5, reportable, reason, dropped, reading);
    }

    /** The column whose row percentages lie furthest apart (the first of equals). */
    private static int focusColumn(List<CrossTab.Row> rows, int columns) {
        int focus = 0;
        double widest = -1;
        for (int j = 0; j < columns; j++) {
            double low = Double.POSITIVE_INFINITY;
            double high = Double.NEGATIVE_INFINITY;
            for (CrossTab.Row row : rows) {
                low = Math.min(low, row.cells().get(j).rowPercent());
                high = Math.max(high, row.cells().get(j).rowPercent());
            }
            if (high - low > widest) {
                widest = high - low;
                focus = j;
            }
        }
        return focus;
    }
}
