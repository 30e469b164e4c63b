package org.leerwerkplek.analysis.stats;

import java.util.ArrayList;
import java.util.List;

/**
 * Counts which support forms are chosen together, in one pass over the respondents' choice vectors
 * ({@link #add(boolean[])}): per form n(A) and per pair n(A∧B).
 */
public final class CoChoiceAccumulator {

    private final List<Category> forms;
    private final boolean weighted;
    private final double[] single;
    private final double[][] pairs;
    private final Tally cases = new Tally();

    public CoChoiceAccumulator(List<Category> forms, boolean weighted) {
        this.forms = List.copyOf(forms);
        this.weighted = weighted;
        this.single = new double[this.forms.size()];
        this.pairs = new double[this.forms.size()][this.forms.size()];
    }

    /** One respondent: {@code chosen[i]} tells whether form i was chosen. */
    public void add(boolean[] chosen) {
        add(chosen, 1.0);
    }

    public void add(boolean[] chosen, double weight) {
        if (chosen.length != single.length) {
            throw new IllegalArgumentException("Expected " + single.length + " choices, got " + chosen.length);
        }
        Tally.checkWeight(weight, weighted);
        cases.add(weight);
        for (int a = 0; a < chosen.length; a++) {
            if (chosen[a]) {
                single[a] += weight;
                for (int b = a + 1; b < chosen.length; b++) {
                    if (chosen[b]) {
                        pairs[a][b] += weight;
                    }
                }
            }
        }
    }

    public boolean isEmpty() {
        return cases.count() == 0;
    }

    /**
     * Every ordered pair (A, B) with A ≠ B and n(A) above 0; pairs whose A was never chosen have no
     * P(B|A) and are left out.
     *
     * @throws EmptyBaseException when no respondent was added
     */
    public CoChoice result() {
        if (isEmpty()) {
            throw new EmptyBaseException("a co-choice table");
        }
        List<CoChoice.Pair> result = new ArrayList<>();
        for (int a = 0; a < single.length; a++) {
            if (single[a] == 0) {
                continue;
            }
            for (int b = 0; b < single.length; b++) {
                if (a != b) {
                    double both = a < b ? pairs[a][b] : pairs[b][a];
                    result.add(new CoChoice.Pair(forms.get(a).code(), forms.get(a).label(), forms.get(b).code(),
                            forms.get(b).label(), single[a], single[b], both, both / single[a]));
                }
            }
        }
        return new CoChoice(weighted, cases.sum(), result);
    }
}
