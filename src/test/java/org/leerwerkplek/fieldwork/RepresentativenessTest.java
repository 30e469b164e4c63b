package org.leerwerkplek.fieldwork;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Submitted responses per group against the invited population. */
class RepresentativenessTest {

    @Test
    void aSampleInLineWithTheInvitedFits() {
        Representativeness.Test test = Representativeness.test(Dimension.SIZE_CLASS, "invited",
                Map.of("small", 50L, "large", 50L), Map.of("small", 500.0, "large", 500.0));

        assertEquals(Representativeness.Verdict.FITS, test.verdict());
        assertEquals(0.0, test.chi2(), 1e-12);
        assertEquals(1.0, test.p(), 1e-12);
        assertFalse(test.groups().stream().anyMatch(Representativeness.Group::underRepresented));
    }

    /**
     * 20 small and 80 large submitted against invited shares of 50/50: chi2 = (30² / 50) × 2 = 36,
     * df 1, p = 1.97e-9 (R: pchisq(36, 1, lower.tail = FALSE)); residual of small = -30 / √50 = -4.24.
     */
    @Test
    void aLaggingGroupIsMarkedAndTheVerdictSaysItDiffers() {
        Representativeness.Test test = Representativeness.test(Dimension.SIZE_CLASS, "invited",
                Map.of("small", 20L, "large", 80L), Map.of("small", 500.0, "large", 500.0));

        assertEquals(Representativeness.Verdict.DIFFERS, test.verdict());
        assertEquals(36.0, test.chi2(), 1e-9);
        assertEquals(1.97e-9, test.p(), 0.01e-9);
        Representativeness.Group small = test.groups().stream().filter(g -> g.value().equals("small")).findFirst()
                .orElseThrow();
        assertTrue(small.underRepresented());
        assertEquals(-4.2426, small.residual(), 1e-4);
        assertEquals(20.0, small.percent(), 1e-9);
        assertEquals(50.0, small.referencePercent(), 1e-9);
    }

    @Test
    void withoutSubmittedResponsesThereIsNoTest() {
        Representativeness.Test test = Representativeness.test(Dimension.REGION, "invited", Map.of(),
                Map.of("WVL", 3.0, "OVL", 4.0));

        assertEquals(Representativeness.Verdict.NO_DATA, test.verdict());
        assertTrue(test.groups().isEmpty());
    }

    @Test
    void fewAnswersAreTooFewToTest() {
        Representativeness.Test test = Representativeness.test(Dimension.REGION, "invited",
                Map.of("WVL", 1L, "OVL", 1L), Map.of("WVL", 10.0, "OVL", 10.0, "ANT", 10.0));

        assertEquals(Representativeness.Verdict.TOO_FEW, test.verdict());
        assertEquals(3, test.groups().size());
    }
}
