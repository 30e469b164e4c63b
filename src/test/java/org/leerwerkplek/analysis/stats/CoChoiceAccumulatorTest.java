package org.leerwerkplek.analysis.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.leerwerkplek.analysis.stats.Reference.assertClose;

import java.util.List;
import org.junit.jupiter.api.Test;

class CoChoiceAccumulatorTest {

    private static final List<Category> FORMS = List.of(
            new Category("MENTOR", "Mentor"), new Category("TAAL", "Taal"), new Category("COACH", "Coaching"),
            new Category("RSZ", "RSZ-voordeel"));

    /*
     * X = np.array(choices, bool); n = X.sum(0); both = X.T.astype(int) @ X.astype(int)
     * P(B|A) = both[a, b] / n[a]
     */
    @Test
    void countsFormsAndPairsInOnePass() {
        boolean[][] choices = {
            {true, true, false, false},
            {true, false, true, false},
            {true, true, true, false},
            {false, true, false, false},
            {false, false, false, false}};
        CoChoiceAccumulator accumulator = new CoChoiceAccumulator(FORMS, false);
        for (boolean[] choice : choices) {
            accumulator.add(choice);
        }

        CoChoice coChoice = accumulator.result();

        assertEquals(5, coChoice.cases());
        assertEquals(9, coChoice.pairs().size(), "RSZ was never chosen, so it is never A");
        CoChoice.Pair mentorTaal = coChoice.pairs().get(0);
        assertEquals("MENTOR", mentorTaal.codeA());
        assertEquals("TAAL", mentorTaal.codeB());
        assertEquals(3, mentorTaal.nA());
        assertEquals(3, mentorTaal.nB());
        assertEquals(2, mentorTaal.nAB());
        assertClose(2.0 / 3, mentorTaal.pBGivenA(), "P(Taal|Mentor)");
        CoChoice.Pair coachMentor = coChoice.pairs().stream()
                .filter(p -> p.codeA().equals("COACH") && p.codeB().equals("MENTOR")).findFirst().orElseThrow();
        assertEquals(2, coachMentor.nA());
        assertEquals(2, coachMentor.nAB());
        assertEquals(1.0, coachMentor.pBGivenA());
        CoChoice.Pair mentorRsz = coChoice.pairs().get(2);
        assertEquals("RSZ", mentorRsz.codeB());
        assertEquals(0, mentorRsz.nB());
        assertEquals(0.0, mentorRsz.pBGivenA());
    }

    @Test
    void refusesAVectorOfTheWrongLengthAndAnEmptyTable() {
        CoChoiceAccumulator accumulator = new CoChoiceAccumulator(FORMS, false);
        assertThrows(IllegalArgumentException.class, () -> accumulator.add(new boolean[] {true}));
        assertThrows(EmptyBaseException.class, accumulator::result);
    }
}
