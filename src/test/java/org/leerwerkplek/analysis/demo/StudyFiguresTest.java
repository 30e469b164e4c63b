package org.leerwerkplek.analysis.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.leerwerkplek.surveys.definition.model.ReferenceShare;
import org.leerwerkplek.surveys.definition.model.Instrument;
import org.leerwerkplek.surveys.definition.model.Option;

/** The figures agree with what the questionnaire itself records about the study. */
class StudyFiguresTest {

    private final Instrument instrument = Shipped.werkgeversbevraging();

    private ReferenceShare reference(String question) {
        return instrument.analysis().referenceShares().stream().filter(r -> r.question().equals(question)).findFirst()
                .orElseThrow();
    }

    @Test
    void theBenchmarksAreTheQuestionnairesOwn() {
        ReferenceShare motives = reference("Q13_MOTIEVEN");
        assertEquals(ReferenceShare.Kind.BENCHMARK, motives.kind());
        assertEquals(0, BigDecimal.valueOf(StudyFigures.INSTROOM).compareTo(motives.shares().get("INSTROOM")));
        assertEquals(0, BigDecimal.valueOf(StudyFigures.VAKLUI).compareTo(motives.shares().get("VAKLUI")));
        assertEquals(0, BigDecimal.valueOf(StudyFigures.RSZ).compareTo(reference("Q22_FINANCIEEL_VORM").shares()
                .get("RSZ")));
    }

    /** The register's 30 % growth describes the population; the sample reported about two thirds, and that is reproduced. */
    @Test
    void growthFollowsTheSampleNotTheRegister() {
        ReferenceShare register = reference("Q06_EVOLUTIE");
        assertEquals(ReferenceShare.Kind.POPULATION, register.kind());
        assertEquals(0, new BigDecimal("0.30").compareTo(register.shares().get("GEGROEID")));
        assertEquals(2.0 / 3.0, StudyFigures.GROWTH, 1e-12);
    }

    @Test
    void theCodesAreTheQuestionnairesOptionsInOrder() {
        assertEquals(StudyFigures.SIZE_CLASSES, codes("Q02_GROOTTE"));
        assertEquals(StudyFigures.EVOLUTIONS, codes("Q06_EVOLUTIE"));
        assertEquals(StudyFigures.SIZE_CLASSES.size(), StudyFigures.SIZE_SHARES.length);
    }

    @Test
    void sharesOfAWholeAddUpToOne() {
        assertEquals(1.0, Arrays.stream(StudyFigures.SIZE_SHARES).sum(), 1e-9);
        assertEquals(1.0, Arrays.stream(StudyFigures.TRIAL_SPLIT).sum(), 1e-9);
    }

    private List<String> codes(String question) {
        return instrument.question(question).orElseThrow().choices().options().stream().map(Option::code).toList();
    }
}
