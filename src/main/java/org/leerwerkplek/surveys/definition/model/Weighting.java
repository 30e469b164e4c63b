package org.leerwerkplek.surveys.definition.model;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How the analysis weights an instrument's respondents to known population shares (the
 * {@code analysis.weighting} block). Without the block, the analysis post-stratifies on the first
 * {@code population} reference share alone, as before.
 *
 * @param method        post-stratification (on the cross-classification of {@code variables}) or raking
 *                      (on their margins)
 * @param variables     the {@code single}/{@code yesno} questions weighted on, in order
 * @param cells         post-stratification on two or more variables: the population share of every
 *                      combination of their option codes (in {@code variables} order); empty otherwise,
 *                      the shares then come from each variable's {@code population} reference share
 * @param tolerance     raking: converged when no cell moves by this fraction of the total weight in an
 *                      iteration (R's {@code rake(control = list(epsilon = ...))})
 * @param maxIterations raking: at most this many iterations (R's {@code maxit})
 */
public record Weighting(Method method, List<String> variables, Map<List<String>, BigDecimal> cells,
                        BigDecimal tolerance, int maxIterations) {

    /** Default raking tolerance: 1e-6 of the total weight. */
    public static final BigDecimal DEFAULT_TOLERANCE = new BigDecimal("0.000001");
    /** Default raking iterations. */
    public static final int DEFAULT_MAX_ITERATIONS = 50;

    /** How the weights are made. */
    public enum Method {
        POSTSTRATIFY, RAKE
    }

    public Weighting {
        Objects.requireNonNull(method, "method");
        variables = List.copyOf(variables);
        cells = Collections.unmodifiableMap(new LinkedHashMap<>(cells));
        Objects.requireNonNull(tolerance, "tolerance");
    }
}
