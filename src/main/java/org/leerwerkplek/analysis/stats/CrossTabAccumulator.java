package org.leerwerkplek.analysis.stats;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds a cross-tab of subgroups (rows) by answer categories (columns) in one pass: {@link #add(int, int)}
 * per respondent, or {@link #addCount(int, int, long)} for counts already grouped (e.g. by SQL).
 */
public final class CrossTabAccumulator {

    private final List<Category> rows;
    private final List<Category> columns;
    private final boolean weighted;
    private final Tally[][] cells;

    /**
     * @param rows     the subgroups, e.g. company sizes
     * @param columns  the answer categories
     * @param weighted whether rows bring weights ({@link #add(int, int, double)}) or count 1 each
     */
    public CrossTabAccumulator(List<Category> rows, List<Category> columns, boolean weighted) {
        this.rows = List.copyOf(rows);
        this.columns = List.copyOf(columns);
        this.weighted = weighted;
        this.cells = new Tally[this.rows.size()][this.columns.size()];
        for (Tally[] row : cells) {
            for (int j = 0; j < row.length; j++) {
                row[j] = new Tally();
            }
        }
    }

    public void add(int row, int column) {
        add(row, column, 1.0);
    }

    public void add(int row, int column, double weight) {
        cells[row][column].add(Tally.checkWeight(weight, weighted));
    }

    /** Adds {@code count} unweighted respondents at once; for unweighted tables only. */
    public void addCount(int row, int column, long count) {
        if (weighted) {
            throw new IllegalStateException("A weighted table needs the weight of every respondent");
        }
        if (count < 0) {
            throw new IllegalArgumentException("A count cannot be negative: " + count);
        }
        cells[row][column].addUnweighted(count);
    }

    public boolean isEmpty() {
        for (Tally[] row : cells) {
            for (Tally cell : row) {
                if (cell.count() > 0) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Drops empty rows, subgroups below {@code options.minSubgroupSize()} and then empty columns (each named
     * in {@link CrossTab#dropped()}), and tests what is left.
     *
     * @throws EmptyBaseException when nothing was added
     */
    public CrossTab result(CrossTabOptions options) {
        if (isEmpty()) {
            throw new EmptyBaseException("a cross-tab");
        }
        List<Reason> dropped = new ArrayList<>();
        List<Integer> keptRows = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            long n = rowTally(i).count();
            if (n == 0) {
                dropped.add(Reason.of(ReasonCode.EMPTY_ROW_DROPPED, rows.get(i).label()));
            } else if (n < options.minSubgroupSize()) {
                dropped.add(Reason.of(ReasonCode.SUBGROUP_TOO_SMALL, rows.get(i).label(), n,
                        options.minSubgroupSize()));
            } else {
                keptRows.add(i);
            }
        }
        List<Integer> keptColumns = new ArrayList<>();
        for (int j = 0; j < columns.size(); j++) {
            long n = 0;
            for (int i : keptRows) {
                n += cells[i][j].count();
            }
            if (n == 0) {
                dropped.add(Reason.of(ReasonCode.EMPTY_COLUMN_DROPPED, columns.get(j).label()));
            } else {
                keptColumns.add(j);
            }
        }
        return new CrossTabAnalysis(this, keptRows, keptColumns, dropped, options).result();
    }

    private Tally rowTally(int row) {
        Tally tally = new Tally();
        for (Tally cell : cells[row]) {
            tally.add(cell);
        }
        return tally;
    }

    boolean weighted() {
        return weighted;
    }

    Category row(int index) {
        return rows.get(index);
    }

    Category column(int index) {
        return columns.get(index);
    }

    Tally cell(int row, int column) {
        return cells[row][column];
    }
}
