package org.leerwerkplek.analysis.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leerwerkplek.analysis.demo.Tally.answered;
import static org.leerwerkplek.analysis.demo.Tally.chose;
import static org.leerwerkplek.analysis.demo.Tally.count;
import static org.leerwerkplek.analysis.demo.Tally.is;
import static org.leerwerkplek.analysis.demo.Tally.share;
import static org.leerwerkplek.analysis.demo.Tally.where;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.leerwerkplek.surveys.csv.CsvDialect;
import org.leerwerkplek.surveys.csv.ImportResult;
import org.leerwerkplek.surveys.csv.ResponseCsvReader;
import org.leerwerkplek.surveys.definition.DefinitionParser;
import org.leerwerkplek.surveys.definition.model.Relevance;
import org.leerwerkplek.surveys.definition.model.AnswerValue;
import org.leerwerkplek.surveys.definition.model.Choices;
import org.leerwerkplek.surveys.definition.model.DateRange;
import org.leerwerkplek.surveys.definition.model.Instrument;
import org.leerwerkplek.surveys.definition.model.Language;
import org.leerwerkplek.surveys.definition.model.LocalizedText;
import org.leerwerkplek.surveys.definition.model.NumberRange;
import org.leerwerkplek.surveys.definition.model.Option;
import org.leerwerkplek.surveys.definition.model.Question;
import org.leerwerkplek.surveys.definition.model.QuestionType;
import org.leerwerkplek.surveys.definition.model.Section;
import org.leerwerkplek.surveys.definition.validation.AnswerValidator;

/**
 * The demo data set of 305 employers with the default seed against the study's published figures
 * (seed 003, section 4), computed here from the stored answers; then validity, determinism,
 * streaming and the import file. The expected counts follow from the study's shares of 305, e.g.
 * {@code python3 -c "print(round(0.68*305), round(0.43*305), round(2*305/3))"} gives 207 131 203.
 */
class DemoResponsesTest {

    private static final List<String> SUPPORT_FORMS = List.of("FINANCIEEL", "PROEF_KANDIDAAT", "PROEF_WERKGEVER",
            "PRESELECTIE", "TAAL", "MENTOR", "COACHING", "ADMIN");

    private final DemoResponses demo = new DemoResponses(Shipped.CLOCK);
    private final List<DemoResponse> study = Shipped.study();

    private static Predicate<DemoResponse> small() {
        return is("Q02_GROOTTE", "W1_4");
    }

    private static Predicate<DemoResponse> twentyOrMore() {
        return is("Q02_GROOTTE", "W20_49").or(is("Q02_GROOTTE", "W50_99")).or(is("Q02_GROOTTE", "W100_PLUS"));
    }

    private static Predicate<DemoResponse> asksTrial() {
        return chose("Q20_ONDERSTEUNING", "PROEF_KANDIDAAT").or(chose("Q20_ONDERSTEUNING", "PROEF_WERKGEVER"));
    }

    @Test
    void theStudyHas305EmployersNumberedInOrder() {
        assertEquals(305, study.size());
        for (int i = 0; i < study.size(); i++) {
            assertEquals(i + 1, study.get(i).number());
        }
    }

    @Test
    void sixtyEightPercentNameTheNeedForIntake() {
        long intake = count(study, chose("Q13_MOTIEVEN", "INSTROOM"));
        assertEquals(207, intake);
        assertEquals(0.68 * 305, intake, 1.0);
    }

    @Test
    void fortyThreePercentNameTrainingFutureCraftsmen() {
        long craftsmen = count(study, chose("Q13_MOTIEVEN", "VAKLUI"));
        assertEquals(131, craftsmen);
        assertEquals(0.43 * 305, craftsmen, 1.0);
    }

    @Test
    void sixInTenOfThoseWantingFinancialSupportPreferTheRszAdvantage() {
        List<DemoResponse> asked = where(study, answered("Q22_FINANCIEEL_VORM"));
        assertEquals(count(study, chose("Q20_ONDERSTEUNING", "FINANCIEEL")), asked.size());
        assertEquals(171, asked.size());
        long rsz = count(asked, is("Q22_FINANCIEEL_VORM", "RSZ"));
        assertEquals(103, rsz);
        assertEquals(0.6 * asked.size(), rsz, 1.0);
        assertEquals(asked.size() - rsz, count(asked, is("Q22_FINANCIEEL_VORM", "CASH")));
    }

    @Test
    void all304But1ExpectABeginnerToPayOffWithinTwoYears() {
        BigDecimal two = BigDecimal.valueOf(2);
        assertEquals(304, count(study, r -> Tally.number(r, "Q07_RENDABEL").orElseThrow().compareTo(two) <= 0));
        List<DemoResponse> later = where(study, r -> Tally.number(r, "Q07_RENDABEL").orElseThrow().compareTo(two) > 0);
        assertEquals(1, later.size());
        DemoResponse painter = later.get(0);
        assertEquals(0, BigDecimal.valueOf(5).compareTo(Tally.number(painter, "Q07_RENDABEL").orElseThrow()));
        assertTrue(small().test(painter), "a contractor with 4 employees");
        assertTrue(is("Q04_HOOFDACTIVITEIT", "SCHILDERWERK").test(painter), "a painting contractor");
        assertTrue(Tally.number(painter, "Q01_ARBEIDERS").orElseThrow().intValue() <= 4);
        assertEquals(List.of(painter), where(study, answered("Q08_RENDABEL_TOELICHTING")),
                "only he is asked why it takes longer, and he answers");
    }

    @Test
    void aboutTwoThirdsReportGrowthFarAboveTheRegistersThirtyPercent() {
        long grown = count(study, is("Q06_EVOLUTIE", "GEGROEID"));
        assertEquals(203, grown);
        assertEquals(2.0 / 3.0, grown / 305.0, 1.0 / 305);
        long stable = count(study, is("Q06_EVOLUTIE", "STABIEL"));
        long shrunk = count(study, is("Q06_EVOLUTIE", "GESLONKEN"));
        assertEquals(305, grown + stable + shrunk);
        assertTrue(stable > shrunk, stable + " stable, " + shrunk + " shrunk");
    }

    @Test
    void nearlySixInTenEmployersWithFewerThanFiveStaffAskForATrialPeriod() {
        List<DemoResponse> smallOnes = where(study, small());
        List<DemoResponse> larger = where(study, small().negate());
        assertEquals(92, smallOnes.size());
        long smallAsking = count(smallOnes, asksTrial());
        assertEquals(53, smallAsking);
        assertEquals(0.58 * smallOnes.size(), smallAsking, 1.0);
        assertTrue(smallAsking < 0.6 * smallOnes.size(), "nearly, not quite, six in ten");
        double largerShare = share(larger, asksTrial());
        assertEquals(75.0 / 213, largerShare, 1e-9);
        assertTrue(share(smallOnes, asksTrial()) - largerShare >= 0.2, "the small ones clearly ask more");
    }

    @Test
    void moreThanHalfOfThoseAskingATrialForTheCandidateAlsoAskOneForTheEmployer() {
        List<DemoResponse> forCandidate = where(study, chose("Q20_ONDERSTEUNING", "PROEF_KANDIDAAT"));
        long both = count(forCandidate, chose("Q20_ONDERSTEUNING", "PROEF_WERKGEVER"));
        assertEquals(82, forCandidate.size());
        assertEquals(45, both);
        assertTrue(both > forCandidate.size() / 2.0 && both < 0.65 * forCandidate.size(), "ruim de helft");
    }

    @Test
    void theKnelpuntenHaveAVisibleRanking() {
        Question matrix = Shipped.werkgeversbevraging().question("Q15_KNELPUNTEN").orElseThrow();
        Map<String, Double> means = matrix.items().stream().collect(Collectors.toMap(i -> i.code(),
                i -> Tally.mean(study, "Q15_KNELPUNTEN", i.code())));
        List<String> ranked = means.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .map(Map.Entry::getKey).toList();
        assertTrue(Set.of("K03", "K04", "K05", "K06").containsAll(ranked.subList(0, 3)), "costs, administration, "
                + "planning and rules on top: " + ranked);
        assertTrue(Set.of("K09", "K11", "K12").containsAll(ranked.subList(9, 12)), "the workplace pedagogy and "
                + "instructors at the bottom: " + ranked);
        assertTrue(means.get(ranked.get(0)) - means.get(ranked.get(11)) >= 1.0, means.toString());
        assertEquals(12, means.values().stream().map(m -> Math.round(m * 100)).distinct().count(),
                "every knelpunt has its own mean: " + means);
        long dontKnow = study.stream().flatMap(r -> matrix.items().stream()
                .flatMap(i -> Tally.item(r, "Q15_KNELPUNTEN", i.code()).stream())).filter("WEET_NIET"::equals).count();
        assertTrue(dontKnow > 0 && dontKnow < 0.1 * 305 * 12, dontKnow + " times weet niet");
    }

    @Test
    void smallFirmsAgreeMoreAboutTrainingCultureStaffPolicyAndPlanningAndLackTimeMore() {
        List<DemoResponse> smallOnes = where(study, small());
        List<DemoResponse> large = where(study, twentyOrMore());
        for (String item : List.of("K01", "K02", "K03")) {
            double difference = Tally.mean(smallOnes, "Q15_KNELPUNTEN", item) - Tally.mean(large, "Q15_KNELPUNTEN", item);
            assertTrue(difference >= 0.4, item + ": " + difference);
        }
        double time = share(smallOnes, chose("Q17_DREMPELS_BEDRIJF", "TIJD"))
                - share(large, chose("Q17_DREMPELS_BEDRIJF", "TIJD"));
        assertTrue(time >= 0.2, "TIJD: " + time);
    }

    @Test
    void aFewSupportFormsArePopularAndTheirTopFourIsClear() {
        List<String> ranked = SUPPORT_FORMS.stream()
                .sorted(Comparator.comparingLong((String f) -> count(study, chose("Q20_ONDERSTEUNING", f))).reversed())
                .toList();
        assertEquals("FINANCIEEL", ranked.get(0));
        assertEquals(Set.of("FINANCIEEL", "ADMIN", "PROEF_WERKGEVER", "PROEF_KANDIDAAT"), Set.copyOf(ranked.subList(0, 4)));
        long fourth = count(study, chose("Q20_ONDERSTEUNING", ranked.get(3)));
        long fifth = count(study, chose("Q20_ONDERSTEUNING", ranked.get(4)));
        assertTrue(fourth - fifth >= 10, "a clear gap after the top four: " + fourth + " against " + fifth);
        long last = count(study, chose("Q20_ONDERSTEUNING", ranked.get(7)));
        assertTrue(last > 0 && last < 0.2 * 305, "every form is chosen by some: " + last);
        long none = count(study, chose("Q20_ONDERSTEUNING", "GEEN"));
        assertTrue(none > 0 && none < 0.15 * 305, none + " want no support");
    }

    @Test
    void whoFindsAdministrationAStumblingBlockAsksForSimplerAdministrationMoreOften() {
        Predicate<DemoResponse> agrees = r -> Tally.item(r, "Q15_KNELPUNTEN", "K05").filter(c -> c.matches("[45]"))
                .isPresent();
        double difference = share(where(study, agrees), chose("Q20_ONDERSTEUNING", "ADMIN"))
                - share(where(study, agrees.negate()), chose("Q20_ONDERSTEUNING", "ADMIN"));
        assertTrue(difference >= 0.15, "ADMIN: " + difference);
    }

    @Test
    void experienceGrowsWithCompanySize() {
        double smallShare = share(where(study, small()), is("Q09_ERVARING", "JA"));
        double largeShare = share(where(study, twentyOrMore()), is("Q09_ERVARING", "JA"));
        assertTrue(largeShare - smallShare >= 0.2, smallShare + " against " + largeShare);
        assertTrue(smallShare > 0.3, "a dashboard of the stelsels needs small firms with experience too");
    }

    @Test
    void everyResponsePassesTheInstrumentsOwnValidationInEveryLanguage() {
        Instrument instrument = Shipped.werkgeversbevraging();
        AnswerValidator validator = new AnswerValidator(Shipped.CLOCK);
        for (DemoResponse response : study) {
            for (Language language : instrument.languages()) {
                assertEquals(List.of(), validator.validate(instrument, response.answers(), language),
                        "response " + response.number());
            }
        }
    }

    @Test
    void onlyShownQuestionsAreAnsweredAndEveryShownRequiredQuestionIs() {
        Instrument instrument = Shipped.werkgeversbevraging();
        for (DemoResponse response : study) {
            Relevance relevance = Relevance.of(instrument, response.answers());
            for (String code : response.values().keySet()) {
                assertTrue(relevance.isShown(code), response.number() + " answers hidden " + code);
            }
            for (Question question : relevance.shownQuestions()) {
                if (question.required()) {
                    assertTrue(response.values().containsKey(question.code()),
                            response.number() + " leaves " + question.code() + " open");
                }
            }
            assertEquals(response.values().size(), instrument.questions().stream()
                    .filter(q -> relevance.answers().given(q.code()).isPresent()).count(),
                    "nothing is dropped as not visible");
        }
    }

    @Test
    void everyQuestionIsAnsweredBySomeone() {
        for (Question question : Shipped.werkgeversbevraging().questions()) {
            assertTrue(study.stream().anyMatch(answered(question.code())), question.code());
        }
    }

    @Test
    void theSameSeedGivesTheSameResponses() {
        Instrument instrument = Shipped.werkgeversbevraging();
        assertEquals(study, demo.generate(instrument, 305, DemoResponses.DEFAULT_SEED).toList());
        assertEquals(demo.generate(instrument, 700, 42L).toList(), demo.generate(instrument, 700, 42L).toList());
    }

    @Test
    void anotherSeedGivesOtherRespondentsButTheSameFigures() {
        List<DemoResponse> other = demo.generate(Shipped.werkgeversbevraging(), 305, 7L).toList();
        assertNotEquals(study, other);
        assertEquals(207, count(other, chose("Q13_MOTIEVEN", "INSTROOM")));
        assertEquals(131, count(other, chose("Q13_MOTIEVEN", "VAKLUI")));
        assertEquals(203, count(other, is("Q06_EVOLUTIE", "GEGROEID")));
        assertEquals(53, count(where(other, small()), asksTrial()));
        assertEquals(103, count(other, is("Q22_FINANCIEEL_VORM", "RSZ")));
        assertEquals(1, count(other, answered("Q08_RENDABEL_TOELICHTING")));
    }

    @Test
    void aHundredThousandResponsesAreStreamedWithTheStudysShares() {
        AtomicLong made = new AtomicLong();
        AtomicLong intake = new AtomicLong();
        AtomicLong craftsmen = new AtomicLong();
        AtomicLong grown = new AtomicLong();
        AtomicLong late = new AtomicLong();
        AtomicLong lastNumber = new AtomicLong();
        try (Stream<DemoResponse> responses = demo.generate(Shipped.werkgeversbevraging(), 100_000,
                DemoResponses.DEFAULT_SEED)) {
            responses.forEach(r -> {
                made.incrementAndGet();
                lastNumber.set(r.number());
                intake.addAndGet(chose("Q13_MOTIEVEN", "INSTROOM").test(r) ? 1 : 0);
                craftsmen.addAndGet(chose("Q13_MOTIEVEN", "VAKLUI").test(r) ? 1 : 0);
                grown.addAndGet(is("Q06_EVOLUTIE", "GEGROEID").test(r) ? 1 : 0);
                late.addAndGet(answered("Q08_RENDABEL_TOELICHTING").test(r) ? 1 : 0);
            });
        }
        assertEquals(100_000, made.get());
        assertEquals(100_000, lastNumber.get());
        assertEquals(0.68, intake.get() / 100_000.0, 0.002);
        assertEquals(0.43, craftsmen.get() / 100_000.0, 0.002);
        assertEquals(2.0 / 3.0, grown.get() / 100_000.0, 0.002);
        assertEquals(100_000 / 305.0, late.get(), 2.0);
    }

    @Test
    void smallAndOddCountsAreValidToo() {
        Instrument instrument = Shipped.werkgeversbevraging();
        AnswerValidator validator = new AnswerValidator(Shipped.CLOCK);
        assertEquals(List.of(), demo.generate(instrument, 0, 1L).toList());
        for (int count : List.of(1, 2, 10, 306)) {
            List<DemoResponse> responses = demo.generate(instrument, count, 3L).toList();
            assertEquals(count, responses.size());
            responses.forEach(r -> assertEquals(List.of(), validator.validate(instrument, r.answers(), Language.NL)));
        }
    }

    @Test
    void onlyTheEmployerQuestionnaireAndNoNegativeCount() {
        Instrument fiche = DefinitionParser.parse(Path.of("surveys/leerwerkplekfiche.yaml")).orThrow();
        assertThrows(IllegalArgumentException.class, () -> demo.generate(fiche, 10, 1L));
        assertThrows(IllegalArgumentException.class, () -> demo.generate(Shipped.werkgeversbevraging(), -1, 1L));
    }

    @Test
    void aRequiredQuestionAddedInALaterVersionIsAnsweredToo() {
        Question added = new Question("Q34_NIEUW", QuestionType.SINGLE, LocalizedText.dutch("Nieuwe vraag"),
                Optional.empty(), true, Optional.empty(), Map.of(), Choices.of(List.of(
                        new Option("EERSTE", LocalizedText.dutch("Eerste")),
                        new Option("TWEEDE", LocalizedText.dutch("Tweede")))),
                Optional.empty(), List.of(), NumberRange.DEFAULT, OptionalInt.empty(), DateRange.OPEN, 1);
        Instrument base = Shipped.werkgeversbevraging();
        List<Section> sections = new ArrayList<>(base.sections());
        Section last = sections.remove(sections.size() - 1);
        List<Question> questions = new ArrayList<>(last.questions());
        questions.add(added);
        sections.add(new Section(last.id(), last.title(), last.intro(), last.relevant(), questions, last.line()));
        Instrument later = version(base, 2, sections);
        List<DemoResponse> responses = demo.generate(later, 50, 1L).toList();
        assertEquals(50, count(responses, answered("Q34_NIEUW")));
        AnswerValidator validator = new AnswerValidator(Shipped.CLOCK);
        responses.forEach(r -> assertEquals(List.of(), validator.validate(later, r.answers(), Language.NL)));
    }

    @Test
    void aVersionWithoutAnOptionTheFiguresNeedIsRefusedWithTheReason() {
        Instrument base = Shipped.werkgeversbevraging();
        List<Section> sections = base.sections().stream().map(section -> new Section(section.id(), section.title(),
                section.intro(), section.relevant(), section.questions().stream()
                        .map(q -> q.code().equals("Q22_FINANCIEEL_VORM") ? withoutOption(q, "RSZ") : q).toList(),
                section.line())).toList();
        Instrument later = version(base, 2, sections);
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> demo.generate(later, 305, 1L).forEach(r -> { }));
        assertTrue(refused.getMessage().contains("werkgeversbevraging version 2"), refused.getMessage());
        assertTrue(refused.getMessage().contains("RSZ"), refused.getMessage());
    }

    private static Instrument version(Instrument base, int version, List<Section> sections) {
        return new Instrument(base.id(), version, base.languages(), base.title(), base.intro(), base.changes(),
                base.optionSets(), base.scales(), sections, base.analysis(), base.contentHash(), base.versionLine());
    }

    private static Question withoutOption(Question q, String code) {
        Choices c = q.choices();
        Choices fewer = new Choices(c.options().stream().filter(o -> !o.code().equals(code)).toList(), c.optionSet(),
                c.other(), c.none(), c.minChoices(), c.maxChoices(), c.rankCount(), c.filterOptionsBy());
        return new Question(q.code(), q.type(), q.label(), q.help(), q.required(), q.relevant(), q.messages(), fewer,
                q.scale(), q.items(), q.numberRange(), q.maxLength(), q.dateRange(), q.line());
    }

    @Test
    void theImportFileIsMarkedAndPassesTheImportChecksWithTheSameAnswers() throws IOException {
        Instrument instrument = Shipped.werkgeversbevraging();
        StringWriter out = new StringWriter();
        assertEquals(305, demo.writeCsv(instrument, 305, DemoResponses.DEFAULT_SEED, CsvDialect.STANDARD, out));
        String[] lines = out.toString().split("\r\n");
        List<String> header = List.of(lines[0].split(","));
        int channel = header.indexOf("channel");
        for (int i = 1; i < lines.length; i++) {
            assertEquals(DemoResponses.MARKER, lines[i].split(",", -1)[channel], "line " + (i + 1));
        }
        List<Map<String, AnswerValue>> imported = new ArrayList<>();
        ImportResult result = new ResponseCsvReader(instrument, Shipped.CLOCK)
                .read(new StringReader(out.toString()), r -> imported.add(r.answers()), n -> { });
        assertTrue(result.isValid(), () -> String.join("\n", result.report()));
        assertEquals(study.stream().map(DemoResponse::values).toList(), imported);
    }
}
