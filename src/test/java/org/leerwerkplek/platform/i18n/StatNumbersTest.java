package org.leerwerkplek.platform.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class StatNumbersTest {

    private static final StatNumbers NL = StatNumbers.of(Locale.forLanguageTag("nl"));
    private static final StatNumbers FR = StatNumbers.of(Locale.FRENCH);
    private static final StatNumbers EN = StatNumbers.of(Locale.ENGLISH);

    @Test
    void pValuesHaveThreeDecimalsInTheReadersLocaleAndABoundBelowOneThousandth() {
        assertEquals("p = 0,368", NL.pClause(0.3678794411714422));
        assertEquals("p = 0,368", FR.pClause(0.3678794411714422));
        assertEquals("p = 0.368", EN.pClause(0.3678794411714422));
        assertEquals("p = 0,950", NL.pClause(0.95), "trailing zeros stay: every p has three decimals");
        assertEquals("p < 0,001", NL.pClause(1.0109852195379497e-43), "never 'p = < 0.001'");
        assertEquals("p < 0.001", EN.pClause(0.000999));
        assertEquals("p = 0,001", NL.pClause(0.001));
        assertEquals("< 0,001", FR.p(0.0002));
        assertEquals("0,002", NL.p(0.002182583433462973));
    }

    @Test
    void aChiSquareTestIsOneLineWithoutFloatingPointNoise() {
        assertEquals("χ² = 2,00; df = 2; p = 0,368", NL.chiSquareTest("χ²", 2.0000000000000004, 2, 0.3678794411714422));
        assertEquals("χ² = 198,00\u00a0; df = 2\u00a0; p < 0,001", FR.chiSquareTest("χ²", 198.0004673569169, 2, 1e-43));
        assertEquals("χ² = 2.00, df = 2, p = 0.368", EN.chiSquareTest("χ²", 2.0000000000000004, 2, 0.3678794411714422));
        assertEquals("Chi² = 14,61; df = 3", NL.chiSquareTest("Chi²", 14.609591278235639, 3, null));
    }

    @Test
    void noNegativeZero() {
        assertEquals("0,00", NL.statistic(-0.0004));
        assertEquals("0", NL.upTo(-0.0001, 1));
        assertEquals("0", EN.upTo(-0.0, 1));
        assertEquals("-1,96", NL.statistic(-1.959963984540054));
        assertEquals("-0,1", FR.upTo(-0.05, 1), "half up: away from zero");
    }

    @Test
    void countsPercentagesAndGroupingFollowTheLocale() {
        assertEquals("87,4", NL.count(87.4321));
        assertEquals("92", NL.count(92.0));
        assertEquals("30,5%", NL.percent(30.46, 1));
        assertEquals("30,5\u00a0%", FR.percent(30.46, 1), "French puts a no-break space before %");
        assertEquals("31%", EN.percent(30.5, 0));
        assertEquals("1.234", NL.integer(1234));
        assertEquals("1\u00a0234", FR.integer(1234), "a no-break space the PDF fonts carry, not U+202F");
        assertEquals("1,234", EN.integer(1234));
        assertEquals("2,50", NL.fixed(2.5, 2));
    }

    @Test
    void whatIsNoNumberReadsAsADashAndUnknownLanguagesReadDutch() {
        assertEquals("–", NL.statistic(Double.NaN));
        assertEquals("–", EN.count(Double.POSITIVE_INFINITY));
        assertEquals("0,5", StatNumbers.of(Locale.GERMAN).upTo(0.5, 1));
        assertEquals("0,5", StatNumbers.of("xx").upTo(0.5, 1));
    }
}
