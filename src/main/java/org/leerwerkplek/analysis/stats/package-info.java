/**
 * Statistics over answer counts: plain Java, no container types, Commons Math only here.
 *
 * <p>Conventions that every class in this package follows:
 * <ul>
 *   <li>Rows are fed one at a time into an accumulator ({@code add(...)}); {@code result()} builds an
 *       immutable record whose component names are the JSON names. Accumulators are not thread-safe.</li>
 *   <li>Fields named {@code ...Percent}, {@code percent...} and {@code ciLow}/{@code ciHigh} are on a
 *       0–100 scale; fields named {@code ...Share} are fractions 0–1.</li>
 *   <li>No result holds NaN or infinity. A base without any answer makes {@code result()} throw
 *       {@link org.leerwerkplek.analysis.stats.EmptyBaseException} (callers ask {@code isEmpty()} first);
 *       a table that has answers but cannot carry a test says so with {@code reportable = false} and a
 *       {@link org.leerwerkplek.analysis.stats.Reason}. Figures that do not apply (a Fisher p-value for a
 *       3×3 table) are {@code null}.</li>
 *   <li>Weights: an accumulator is either unweighted (every row counts 1) or weighted (every row brings a
 *       positive weight, e.g. a post-stratification weight). Results say which with {@code weighted}.
 *       Intervals and tests on weighted counts use Kish's effective sample size
 *       n<sub>eff</sub> = (Σw)² / Σw², which equals n when all weights are 1.</li>
 * </ul>
 */
package org.leerwerkplek.analysis.stats;
