package org.leerwerkplek.analysis.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Weights, shares with their linearised standard errors and logit intervals, and the Rao–Scott tests agree
 * with R's {@code survey} package (checked with R 4.2.2, survey 4.1-1) to 1e-6 relative, on data this test
 * makes: post-stratification on one variable (with respondents who did not answer it) and on two,
 * raking on two and on three margins (with base weights), no calibration; a 2×2, a 3×4 and a sparse 3×4
 * table (an empty cell, small counts).
 *
 * <p>It writes the data as CSV, runs {@code Rscript} with a script it writes, and reads R's figures
 * ({@code key value} lines). Without Rscript on the PATH the test is skipped, except when {@code CI=true}:
 * then it fails (CI installs {@code r-base-core} and {@code r-cran-survey}).
 */
class SurveyPackageAgreementTest {

    private static final double RELATIVE = 1e-6;
    private static final double ABSOLUTE = 1e-12;
    private static final int N = 400;

    @TempDir
    static Path folder;

    private static Map<String, Double> r;
    private static final java.util.Set<String> compared = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private static final Data DATA = Data.make(N, 20261206L);

    @BeforeAll
    static void runR() throws IOException, InterruptedException {
        String rscript = onPath("Rscript");
        if (rscript == null) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail("Rscript is not on the PATH, but CI=true: install r-base-core and r-cran-survey");
            }
            Assumptions.abort("Rscript is not on the PATH: the agreement with R's survey package is not checked");
        }
        Path csv = folder.resolve("data.csv");
        Files.writeString(csv, DATA.csv(), StandardCharsets.UTF_8);
        Path script = folder.resolve("agreement.R");
        Files.writeString(script, script(csv), StandardCharsets.UTF_8);
        Process process = new ProcessBuilder(rscript, "--vanilla", script.toString())
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "Rscript did not finish");
        assertEquals(0, process.exitValue(), () -> "Rscript failed:\n" + output);
        r = new LinkedHashMap<>();
        for (String line : output.split("\n")) {
            String[] parts = line.trim().split(" ");
            if (parts.length == 2 && parts[0].startsWith("@")) {
                r.put(parts[0].substring(1), Double.parseDouble(parts[1]));
            }
        }
        assertFalse(r.isEmpty(), () -> "R printed no figures:\n" + output);
    }

    /** Every figure R printed was compared (when all five cases ran). */
    @org.junit.jupiter.api.AfterAll
    static void everyFigureCompared() {
        boolean allCasesRan = compared.stream().map(k -> k.substring(0, k.indexOf('.'))).distinct().count() == 5;
        if (r != null && allCasesRan) {
            assertEquals(new java.util.TreeSet<>(r.keySet()), new java.util.TreeSet<>(compared));
        }
    }

    @Test
    void postStratificationOnOneVariableWithRespondentsWhoDidNotAnswerIt() {
        Calibration calibration = Calibration.postStratify(new int[][] {DATA.a}, new int[] {3},
                new double[] {0.5, 0.3, 0.2}, List.of("a0", "a1", "a2"), DATA.ones());
        compareWeights("ps1", calibration);
        compareShares("ps1.y", DesignShares.of(DATA.y, 4, calibration));
        compareTest("ps1.eb", RaoScott.test(DATA.e, DATA.b, calibration));
    }

    @Test
    void postStratificationOnTwoVariables() {
        Calibration calibration = Calibration.postStratify(new int[][] {DATA.a2, DATA.b}, new int[] {3, 2},
                new double[] {0.2, 0.15, 0.1, 0.25, 0.2, 0.1}, List.of("1", "2", "3", "4", "5", "6"), DATA.ones());
        compareWeights("ps2", calibration);
        compareShares("ps2.y", DesignShares.of(DATA.y, 4, calibration));
        compareTest("ps2.xc", RaoScott.test(DATA.x, DATA.c, calibration));
    }

    @Test
    void rakingOnTwoMargins() {
        Calibration calibration = Calibration.rake(new int[][] {DATA.a2, DATA.b}, new int[] {3, 2},
                new double[][] {{0.5, 0.3, 0.2}, {0.45, 0.55}}, List.of(List.of("a", "b", "c"), List.of("d", "e")),
                DATA.ones(), 1e-8, 50);
        assertTrue(calibration.converged());
        compareWeights("rake2", calibration);
        compareShares("rake2.y", DesignShares.of(DATA.y, 4, calibration));
        compareTest("rake2.xc", RaoScott.test(DATA.x, DATA.c, calibration));
        compareTest("rake2.eb", RaoScott.test(DATA.e, DATA.b, calibration));
    }

    @Test
    void rakingOnThreeMarginsWithBaseWeightsAndASparseTable() {
        Calibration calibration = Calibration.rake(new int[][] {DATA.a2, DATA.b, DATA.c}, new int[] {3, 2, 4},
                new double[][] {{0.5, 0.3, 0.2}, {0.45, 0.55}, {0.1, 0.2, 0.3, 0.4}},
                List.of(List.of("a", "b", "c"), List.of("d", "e"), List.of("f", "g", "h", "i")),
                DATA.w, 1e-6, 10);
        close("rake3.converged", calibration.converged() ? 1 : 0);
        compareWeights("rake3", calibration);
        compareShares("rake3.x", DesignShares.of(DATA.x, 3, calibration));
        compareTest("rake3.st", RaoScott.test(DATA.s, DATA.t, calibration));
    }

    @Test
    void baseWeightsOnly() {
        Calibration calibration = Calibration.none(DATA.w);
        compareShares("none.y", DesignShares.of(DATA.y, 4, calibration));
        compareTest("none.eb", RaoScott.test(DATA.e, DATA.b, calibration));
        compareTest("none.st", RaoScott.test(DATA.s, DATA.t, calibration));
    }

    private static void compareWeights(String key, Calibration calibration) {
        for (int row = 0; row < 5; row++) {
            close(key + ".w" + row, calibration.weight(row));
        }
        double squares = 0;
        for (double w : calibration.weights()) {
            squares += w * w;
        }
        close(key + ".ww", squares);
    }

    private static void compareShares(String key, DesignShares shares) {
        for (int k = 0; k < shares.shares().size(); k++) {
            DesignShares.Share share = shares.shares().get(k);
            close(key + ".p" + k, share.share());
            close(key + ".se" + k, share.standardError());
            if (share.share() > 0 && share.share() < 1) {
                close(key + ".lo" + k, share.low());
                close(key + ".hi" + k, share.high());
            }
        }
    }

    private static void compareTest(String key, RaoScott test) {
        close(key + ".F", test.f());
        close(key + ".ndf", test.numeratorDf());
        close(key + ".ddf", test.denominatorDf());
        close(key + ".pF", test.pF());
        close(key + ".X2", test.pearson());
        close(key + ".pX2", test.pChisq());
    }

    private static void close(String key, double actual) {
        compared.add(key);
        Double expected = r.get(key);
        if (expected == null) {
            fail("R printed no " + key);
        }
        double difference = Math.abs(expected - actual);
        if (Double.isNaN(actual) || difference > ABSOLUTE && difference > RELATIVE * Math.abs(expected)) {
            fail(key + ": R says " + expected + ", we say " + actual + " (relative "
                    + difference / Math.abs(expected) + ")");
        }
    }

    private static String script(Path csv) {
        return """
                suppressMessages(library(survey))
                out <- function(key, x) cat(sprintf("@%s %.17g\\n", key, x))
                d <- read.csv("@CSV@", na.strings = "")
                f <- function(x, k) factor(x, levels = 0:(k - 1))
                d$aU <- factor(ifelse(is.na(d$a), "U", d$a), levels = c("0", "1", "2", "U"))
                d$a2 <- f(d$a2, 3); d$b <- f(d$b, 2); d$c <- f(d$c, 4)
                d$yf <- f(d$y, 4); d$xf <- f(d$x, 3); d$ef <- f(d$e, 2); d$sf <- f(d$s, 3); d$tf <- f(d$t, 4)
                weights.out <- function(key, des) {
                  w <- weights(des)
                  for (i in 1:5) out(paste0(key, ".w", i - 1), w[i])
                  out(paste0(key, ".ww"), sum(w^2))
                }
                shares.out <- function(key, des, var, k) {
                  sub <- des[!is.na(des$variables[[var]]), ]
                  m <- svymean(as.formula(paste0("~", var, "f")), sub, na.rm = TRUE)
                  for (j in 1:k) {
                    out(paste0(key, ".p", j - 1), coef(m)[j])
                    out(paste0(key, ".se", j - 1), SE(m)[j])
                    p <- coef(m)[j]
                    if (p > 0 && p < 1) {
                      ci <- svyciprop(as.formula(sprintf("~I(%s == %d)", var, j - 1)), sub)
                      out(paste0(key, ".lo", j - 1), confint(ci)[1])
                      out(paste0(key, ".hi", j - 1), confint(ci)[2])
                    }
                  }
                }
                test.out <- function(key, des, formula) {
                  t <- suppressWarnings(svychisq(formula, des, statistic = "F"))
                  out(paste0(key, ".F"), t$statistic); out(paste0(key, ".ndf"), t$parameter[1])
                  out(paste0(key, ".ddf"), t$parameter[2]); out(paste0(key, ".pF"), t$p.value)
                  t <- suppressWarnings(svychisq(formula, des, statistic = "Chisq"))
                  out(paste0(key, ".X2"), t$statistic); out(paste0(key, ".pX2"), t$p.value)
                }
                one <- svydesign(ids = ~1, weights = ~1, data = d)
                base <- svydesign(ids = ~1, weights = ~w, data = d)
                known <- sum(!is.na(d$a))
                ps1 <- postStratify(one, ~aU, data.frame(aU = factor(c("0", "1", "2", "U"), levels = levels(d$aU)),
                                    Freq = c(c(0.5, 0.3, 0.2) * known, sum(is.na(d$a)))))
                weights.out("ps1", ps1); shares.out("ps1.y", ps1, "y", 4); test.out("ps1.eb", ps1, ~ef + b)
                pop2 <- expand.grid(a2 = factor(0:2, levels = 0:2), b = factor(0:1, levels = 0:1))
                pop2$Freq <- c(0.2, 0.15, 0.1, 0.25, 0.2, 0.1) * nrow(d)
                ps2 <- postStratify(one, ~a2 + b, pop2)
                weights.out("ps2", ps2); shares.out("ps2.y", ps2, "y", 4); test.out("ps2.xc", ps2, ~xf + c)
                ma <- function(v) data.frame(a2 = factor(0:2, levels = 0:2), Freq = v)
                mb <- function(v) data.frame(b = factor(0:1, levels = 0:1), Freq = v)
                mc <- function(v) data.frame(c = factor(0:3, levels = 0:3), Freq = v)
                rake2 <- rake(one, list(~a2, ~b), list(ma(c(0.5, 0.3, 0.2) * nrow(d)), mb(c(0.45, 0.55) * nrow(d))),
                              control = list(maxit = 50, epsilon = 1e-8))
                weights.out("rake2", rake2); shares.out("rake2.y", rake2, "y", 4)
                test.out("rake2.xc", rake2, ~xf + c); test.out("rake2.eb", rake2, ~ef + b)
                W <- sum(d$w)
                converged <- TRUE
                rake3 <- withCallingHandlers(rake(base, list(~a2, ~b, ~c), list(ma(c(0.5, 0.3, 0.2) * W), mb(c(0.45, 0.55) * W),
                              mc(c(0.1, 0.2, 0.3, 0.4) * W)), control = list(maxit = 10, epsilon = 1e-6)),
                  warning = function(w) { converged <<- FALSE; invokeRestart("muffleWarning") })
                out("rake3.converged", as.numeric(converged))
                                weights.out("rake3", rake3); shares.out("rake3.x", rake3, "x", 3); test.out("rake3.st", rake3, ~sf + tf)
                shares.out("none.y", base, "y", 4); test.out("none.eb", base, ~ef + b); test.out("none.st", base, ~sf + tf)
                """.replace("@CSV@", csv.toString().replace("\\", "/"));
    }

    private static String onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String dir : path.split(File.pathSeparator)) {
            File file = new File(dir, program);
            if (file.canExecute()) {
                return file.getPath();
            }
        }
        return null;
    }

    /** Made-up respondents: weighting variables a (with gaps), a2, b, c; answers y (with gaps), x, e, s, t; base weight w. */
    private record Data(int[] a, int[] a2, int[] b, int[] c, int[] y, int[] x, int[] e, int[] s, int[] t, double[] w) {

        static Data make(int n, long seed) {
            Random random = new Random(seed);
            int[] a = new int[n], a2 = new int[n], b = new int[n], c = new int[n], y = new int[n], x = new int[n],
                    e = new int[n], s = new int[n], t = new int[n];
            double[] w = new double[n];
            for (int i = 0; i < n; i++) {
                a2[i] = pick(random, 0.25, 0.4);
                a[i] = random.nextDouble() < 0.08 ? -1 : a2[i];
                b[i] = random.nextDouble() < 0.35 + 0.15 * a2[i] ? 1 : 0;
                c[i] = Math.min(3, random.nextInt(3) + b[i]);
                int yy = Math.min(3, random.nextInt(3) + (a2[i] == 2 ? 1 : 0));
                y[i] = random.nextDouble() < 0.1 ? -1 : yy;
                x[i] = Math.min(2, random.nextInt(2) + (c[i] >= 2 ? 1 : 0));
                e[i] = random.nextDouble() < 0.3 + 0.2 * b[i] + 0.1 * a2[i] ? 1 : 0;
                s[i] = random.nextDouble() < 0.06 ? 2 : random.nextInt(2);
                t[i] = s[i] == 2 ? random.nextInt(3) : (random.nextDouble() < 0.05 ? 3 : random.nextInt(3));
                w[i] = 1 + random.nextInt(4) * 0.5 + 0.25 * b[i];
            }
            return new Data(a, a2, b, c, y, x, e, s, t, w);
        }

        private static int pick(Random random, double first, double second) {
            double u = random.nextDouble();
            return u < first ? 0 : u < first + second ? 1 : 2;
        }

        double[] ones() {
            double[] ones = new double[a.length];
            java.util.Arrays.fill(ones, 1);
            return ones;
        }

        String csv() {
            StringBuilder csv = new StringBuilder("a,a2,b,c,y,x,e,s,t,w\n");
            for (int i = 0; i < a.length; i++) {
                csv.append(a[i] < 0 ? "" : a[i]).append(',').append(a2[i]).append(',').append(b[i]).append(',')
                        .append(c[i]).append(',').append(y[i] < 0 ? "" : y[i]).append(',').append(x[i]).append(',')
                        .append(e[i]).append(',').append(s[i]).append(',').append(t[i]).append(',').append(w[i])
                        .append('\n');
            }
            return csv.toString();
        }
    }
}
