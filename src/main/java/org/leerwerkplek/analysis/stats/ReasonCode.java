package org.leerwerkplek.analysis.stats;

/**
 * Why a test is (not) reported, or what was left out before testing. Each code documents the
 * {@link Reason#arguments()} it carries, in order, so that the web layer can render a localised
 * sentence (bundle key {@code reason.<CODE>}, see {@link Readings}).
 */
public enum ReasonCode {
    /** Reportable, Pearson's test: no expected count below 1, at most 20% below 5. Args: minExpected, shareExpectedBelow5. */
    COCHRAN_MET,
    /** Reportable, Fisher's exact test: a 2×2 table that fails Cochran's rule. Args: minExpected, shareExpectedBelow5. */
    FISHER_USED,
    /**
     * Reportable, weighted table: Pearson's test with Rao and Scott's second-order correction (R's svychisq).
     * Args: f, numeratorDf, denominatorDf, p.
     */
    RAO_SCOTT_USED,
    /** Not reportable: expected counts too small and Fisher's test not available. Args: minExpected, shareExpectedBelow5. */
    EXPECTED_TOO_SMALL,
    /** Not reportable: fewer than two rows or columns left to compare. Args: rows, columns. */
    NOT_TESTABLE,
    /** A row without any answer was dropped before testing. Args: label. */
    EMPTY_ROW_DROPPED,
    /** A column without any answer was dropped before testing. Args: label. */
    EMPTY_COLUMN_DROPPED,
    /** A subgroup with fewer respondents than the minimum was left out. Args: label, n, minimum. */
    SUBGROUP_TOO_SMALL,
    /** A category has a population share but no respondent, so no weight can restore it. Args: label, populationShare. */
    MISSING_IN_SAMPLE
}
