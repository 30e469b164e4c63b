package org.leerwerkplek.analysis.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReadingsTest {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    private static CrossTab trialPeriodBySize(long smallYes, long smallNo, long largeYes, long largeNo) {
        CrossTabAccumulator accumulator = new CrossTabAccumulator(
                List.of(new Category("KLEIN", "Kleine werkgevers"), new Category("GROOT", "grote werkgevers")),
                List.of(new Category("PROEF", "proefperiode"), new Category("GEEN", "geen proefperiode")), false);
        accumulator.addCount(0, 0, smallYes);
        accumulator.addCount(0, 1, smallNo);
        accumulator.addCount(1, 0, largeYes);
        accumulator.addCount(1, 1, largeNo);
        return accumulator.result(CrossTabOptions.DEFAULTS);
    }

    @Test
    void aDifferenceReadsInEachLanguage() {
        // chi2_contingency([[29,21],[31,69]], correction=False).pvalue = 0.0014627165866811515
        Reading reading = trialPeriodBySize(29, 21, 31, 69).reading();
        assertEquals(ReadingKind.DIFFERENCE, reading.kind());

        assertEquals("Kleine werkgevers kiezen vaker ‘proefperiode’ dan grote werkgevers (58% tegen 31%); "
                + "dit verschil is waarschijnlijk geen toeval (p = 0,001).", Readings.forLocale(DUTCH).render(reading));
        assertEquals("Kleine werkgevers choose ‘proefperiode’ more often than grote werkgevers (58% vs 31%); "
                + "this difference is unlikely to be chance (p = 0.001).",
                Readings.forLocale(Locale.ENGLISH).render(reading));
        assertEquals("Kleine werkgevers choisissent plus souvent «\u00a0proefperiode\u00a0» que grote werkgevers "
                + "(58\u00a0% contre 31\u00a0%)\u00a0; il est peu probable que cette différence soit due au hasard "
                + "(p = 0,001).",
                Readings.forLocale(Locale.FRENCH).render(reading));
    }

    @Test
    void aWeightedTableSaysItUsedTheRaoScottTestInEachLanguage() {
        RaoScott test = new RaoScott(2, 2, 10.5, 1.4, 7.5, 1.0, 149.0, 0.0069, 7.5, 1, 0.0062);
        Reading reading = trialPeriodBySize(29, 21, 31, 69).withRaoScott(test, 0.05).reading();
        assertEquals(ReasonCode.RAO_SCOTT_USED, reading.reason().code());
        assertEquals("Kleine werkgevers choose ‘proefperiode’ more often than grote werkgevers (58% vs 31%); "
                + "this difference is unlikely to be chance (p = 0.007). Weighted table: Pearson's chi-square test "
                + "with Rao and Scott's second-order correction for the weighting (F = 7.50 on 1.00 and 149.0 degrees "
                + "of freedom, as R's survey package computes it).", Readings.forLocale(Locale.ENGLISH).render(reading));
        assertTrue(Readings.forLocale(DUTCH).render(reading).contains("tweede-ordecorrectie van Rao en Scott"));
        assertTrue(Readings.forLocale(Locale.FRENCH).render(reading).contains("correction de second ordre de Rao et Scott"));
    }

    @Test
    void verySmallPValuesAreShownAsBelowOnePerMille() {
        // chi2_contingency([[58,42],[31,69]], correction=False).pvalue = 0.00012219030866924315
        Reading reading = trialPeriodBySize(58, 42, 31, 69).reading();

        assertEquals("Kleine werkgevers choose ‘proefperiode’ more often than grote werkgevers (58% vs 31%); "
                + "this difference is unlikely to be chance (p < 0.001).",
                Readings.forLocale(Locale.ENGLISH).render(reading));
    }

    @Test
    void noClearDifferenceSaysItMayBeChance() {
        // chi2_contingency([[22,18],[20,20]], correction=False).pvalue = 0.6543165528058585
        Reading reading = trialPeriodBySize(22, 18, 20, 20).reading();

        assertEquals(ReadingKind.NO_CLEAR_DIFFERENCE, reading.kind());
        assertEquals("Kleine werkgevers (55%) and grote werkgevers (50%) differ on ‘proefperiode’, "
                + "but the difference may be chance (p = 0.654).", Readings.forLocale(Locale.ENGLISH).render(reading));
    }

    @Test
    void aTableWithoutTestSaysWhy() {
        Reading reading = trialPeriodBySize(10, 5, 40, 30).reading();

        assertEquals(ReadingKind.NOT_REPORTABLE, reading.kind());
        assertEquals("No test for this table: 1 row and 2 columns are left; a test compares at least two of each.",
                Readings.forLocale(Locale.ENGLISH).render(reading));
        CrossTab table = trialPeriodBySize(10, 5, 40, 30);
        assertEquals("Subgroep ‘Kleine werkgevers’ is weggelaten: 15 respondenten, minder dan 30.",
                Readings.forLocale(DUTCH).render(table.dropped().get(0)));
    }

    @Test
    void reasonsWithFiguresUseTheLocale() {
        Reason reason = Reason.of(ReasonCode.FISHER_USED, 2.625, 0.75);

        assertEquals("Expected counts are too small for the chi-square test (smallest 2.6, 75% below 5); "
                + "Fisher's exact test was used.", Readings.forLocale(Locale.ENGLISH).render(reason));
        assertEquals("De verwachte frequenties zijn te klein voor de chikwadraattoets (kleinste 2,6, 75% onder 5); "
                + "de exacte toets van Fisher is gebruikt.", Readings.forLocale(DUTCH).render(reason));
    }

    @Test
    void otherLanguagesFallBackToDutch() {
        assertEquals(Readings.forLocale(DUTCH).render(Reason.of(ReasonCode.EMPTY_ROW_DROPPED, "x")),
                Readings.forLocale(Locale.GERMAN).render(Reason.of(ReasonCode.EMPTY_ROW_DROPPED, "x")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"nl", "fr", "en"})
    void everyKindAndCodeHasATemplate(String language) {
        ResourceBundle bundle = ResourceBundle.getBundle(Readings.BUNDLE, Locale.forLanguageTag(language),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        for (ReadingKind kind : ReadingKind.values()) {
            assertNotNull(bundle.getString("reading." + kind.name()));
        }
        for (ReasonCode code : ReasonCode.values()) {
            assertNotNull(bundle.getString("reason." + code.name()));
        }
    }
}
