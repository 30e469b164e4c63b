package org.leerwerkplek.analysis.stats;

import java.util.List;

/**
 * Support forms chosen together. There is none without respondents ({@link EmptyBaseException}).
 *
 * @param weighted whether counts are sums of weights
 * @param cases    respondents counted (weighted: their weight)
 * @param pairs    every ordered pair (A, B) whose A was chosen at least once, in form order
 */
public record CoChoice(boolean weighted, double cases, List<Pair> pairs) {

    public CoChoice {
        pairs = List.copyOf(pairs);
    }

    /**
     * @param nA       respondents who chose A
     * @param nB       respondents who chose B
     * @param nAB      respondents who chose both
     * @param pBGivenA nAB / nA, the probability (0–1) that a respondent choosing A also chooses B
     */
    public record Pair(String codeA, String labelA, String codeB, String labelB, double nA, double nB, double nAB,
            double pBGivenA) {
    }
}
