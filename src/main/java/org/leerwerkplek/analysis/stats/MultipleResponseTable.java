package org.leerwerkplek.analysis.stats;

import java.util.List;

/**
 * A multiple-response question with two different bases that are never mixed: percent of cases (of the
 * respondents who chose at least one option; sums to more than 100) and percent of responses (of all
 * choices made; sums to 100). There is no table when nobody chose anything ({@link EmptyBaseException}).
 *
 * @param weighted           whether counts are sums of weights
 * @param casesBase          respondents who chose at least one option (weighted: their weight)
 * @param responsesBase      choices made by them (weighted: weight × choices)
 * @param missing            respondents shown the question who chose nothing
 * @param effectiveCasesBase Kish's effective size of the cases base
 * @param options            one entry per option, in display order
 */
public record MultipleResponseTable(boolean weighted, double casesBase, double responsesBase, double missing,
        double effectiveCasesBase, List<Entry> options) {

    public MultipleResponseTable {
        options = List.copyOf(options);
    }

    /**
     * @param count              respondents who chose the option (weighted: their weight)
     * @param percentOfCases     count / casesBase, 0–100
     * @param percentOfResponses count / responsesBase, 0–100
     * @param ciLow              lower bound of the 95% Wilson interval of percentOfCases, 0–100
     * @param ciHigh             upper bound, 0–100
     */
    public record Entry(String code, String label, double count, double percentOfCases, double percentOfResponses,
            double ciLow, double ciHigh) {
    }
}
