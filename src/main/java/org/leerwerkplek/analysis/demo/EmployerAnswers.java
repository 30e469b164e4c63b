package org.leerwerkplek.analysis.demo;

import static org.leerwerkplek.analysis.demo.Draw.odds;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.leerwerkplek.surveys.definition.condition.Condition;
import org.leerwerkplek.surveys.definition.model.AnswerValue;
import org.leerwerkplek.surveys.definition.model.Answers;
import org.leerwerkplek.surveys.definition.model.Option;
import org.leerwerkplek.surveys.definition.model.Question;

/**
 * The answers of one synthetic employer to the werkgeversbevraging, question by question in the
 * order they are shown. The {@link Profile} fixes the answers behind the study's figures; the
 * rest is drawn with plausible shares and a few links between answers that the study describes
 * or that make the dashboard readable:
 * <ul>
 *   <li>experience with workplace learning, a trained mentor and the number of learners grow with
 *       company size;</li>
 *   <li>small firms agree more with the knelpunten about training culture, ad hoc staff policy and
 *       short-term planning (K01–K03) and name lack of time (Q17 TIJD) and uncertain return
 *       (RENDEMENT) more often;</li>
 *   <li>the twelve knelpunten have clearly different mean agreement (costs, administration and
 *       planning on top, the instructors and the pedagogy of the workplace at the bottom), and
 *       employers without experience more often answer "weet niet" on the school items;</li>
 *   <li>employers who find administration a stumbling block (K05 agree) choose simpler
 *       administration (Q20 ADMIN, Q19 ADMINISTRATIE) more often;</li>
 *   <li>a trained mentor makes interest in a follow-up offer (Q27) more likely; growth and
 *       experience shape the ambition (Q30).</li>
 * </ul>
 * Questions it has no story for get {@link AnyAnswer}.
 */
final class EmployerAnswers {

    /** Main activity (Q04) with its weight; the other activities of Q03 are added at random. */
    private static final List<Draw.Odds> MAIN_ACTIVITIES = List.of(odds("RUWBOUW", 0.30), odds("DAKWERKEN", 0.12),
            odds("SCHRIJNWERK", 0.14), odds("TEGELWERK", 0.10), odds("PLEISTERWERK", 0.08), odds("SCHILDERWERK", 0.12),
            odds("GRONDWERKEN", 0.10), odds("ANDERS", 0.04));
    private static final double SIDE_ACTIVITY = 0.15;
    private static final String PAINTER = "SCHILDERWERK";

    private static final List<Draw.Odds> REGIONS = List.of(odds("ANTWERPEN", 0.25), odds("LIMBURG", 0.13),
            odds("OOST_VLAANDEREN", 0.22), odds("VLAAMS_BRABANT", 0.14), odds("WEST_VLAANDEREN", 0.20),
            odds("BRUSSEL", 0.06));

    /** Q07 for the 304 in 305 who expect a beginner to pay off within two years. */
    private static final List<Draw.Odds> PAYBACK_YEARS = List.of(odds("0.5", 0.08), odds("1", 0.35),
            odds("1.5", 0.22), odds("2", 0.35));

    /** Per size class (Q02 order): chance of experience, the most arbeiders, the most learners. */
    private static final double[] EXPERIENCE = {0.50, 0.65, 0.75, 0.85, 0.90, 0.95};
    private static final int[] FEWEST_WORKERS = {1, 3, 6, 12, 30, 60};
    private static final int[] MOST_WORKERS = {4, 9, 19, 49, 99, 400};
    private static final int[] MOST_LEARNERS = {2, 3, 4, 6, 10, 25};
    /** Q17 TIJD per size class: small firms lack time most. */
    private static final double[] NO_TIME = {0.60, 0.48, 0.36, 0.26, 0.22, 0.20};

    private static final List<Draw.Odds> SYSTEMS = List.of(odds("DBSO", 0.40), odds("SYNTRA_LEERTIJD", 0.35),
            odds("DUAAL_LEREN", 0.40), odds("PACT_SYNTRA", 0.08), odds("GRADUAAT", 0.06),
            odds("VOLWASSENENONDERWIJS", 0.07), odds("IBO", 0.30), odds("VDAB_CURSIST", 0.25),
            odds("INSTAPSTAGE", 0.10), odds("INFORMEEL", 0.20), odds("ANDERS", 0.03));
    private static final List<Draw.Odds> OTHER_MOTIVES = List.of(odds("OP_MAAT", 0.30), odds("BETAALBAAR", 0.22),
            odds("PRESELECTIE", 0.35), odds("KANSENGROEPEN", 0.15), odds("ANDERS", 0.03));

    /**
     * Q15: mean agreement per knelpunt before the answers are cut to the 1–5 scale, about 0.15
     * apart once the small-firm effect on K01–K03 (0.14 on average) is added, and wider at the top
     * where the cut at 5 pulls the means together: K04, K05, K03, K06, K01, K08, K10, K02, K07,
     * K12, K09, K11.
     */
    private static final Map<String, Double> KNELPUNT_MEANS = Map.ofEntries(Map.entry("K01", 3.34),
            Map.entry("K02", 2.93), Map.entry("K03", 3.76), Map.entry("K04", 4.35), Map.entry("K05", 4.1),
            Map.entry("K06", 3.62), Map.entry("K07", 2.92), Map.entry("K08", 3.33), Map.entry("K09", 2.63),
            Map.entry("K10", 3.2), Map.entry("K11", 2.48), Map.entry("K12", 2.78));
    private static final List<String> SMALL_FIRM_KNELPUNTEN = List.of("K01", "K02", "K03");
    private static final List<String> SCHOOL_KNELPUNTEN = List.of("K07", "K08", "K09", "K10", "K11", "K12");
    private static final double[] SMALL_FIRM_EFFECT = {0.5, 0.25, 0.0, -0.15, -0.35, -0.5};

    private static final List<Draw.Odds> CANDIDATE_THRESHOLDS = List.of(odds("MOTIVATIE", 0.45), odds("TE_JONG", 0.15),
            odds("TE_OUD", 0.08), odds("TAAL", 0.20), odds("BASIS", 0.15), odds("LEERVAARDIGHEID", 0.12),
            odds("FYSIEK", 0.08), odds("AFSTAND", 0.10), odds("PRAKTIJKKENNIS", 0.35), odds("WERVING", 0.40),
            odds("ANDERS", 0.02));
    private static final List<Draw.Odds> SCHOOL_THRESHOLDS = List.of(odds("CONTACT", 0.30), odds("AFSTAND", 0.15),
            odds("AANSLUITING", 0.30), odds("INSTRUCTEURS", 0.12), odds("OPLEIDINGSPLAN", 0.20),
            odds("MATERIEEL", 0.15), odds("VERWACHTINGEN", 0.20), odds("ANDERS", 0.02));

    /** Q21: how strongly each support form pulls to the top of the ranking. */
    private static final Map<String, Double> PRIORITY = Map.of("FINANCIEEL", 3.0, "ADMIN", 2.0,
            "PROEF_WERKGEVER", 2.0, "PROEF_KANDIDAAT", 1.5, "PRESELECTIE", 1.5);

    private static final Map<String, List<String>> OTHER_TEXTS = Map.of(
            "Q03_ACTIVITEITEN", List.of("Isolatiewerken", "Afbraakwerken", "Gevelrenovatie", "Betonherstel", "Steigerbouw"),
            "Q10_STELSELS", List.of("Zomerjob van een leerling", "Stage via een school uit Nederland"),
            "Q13_MOTIEVEN", List.of("De opvolging in ons familiebedrijf voorbereiden", "De sector iets teruggeven"),
            "Q16_DREMPELS_KANDIDAAT", List.of("Kandidaten haken af na de eerste winter"),
            "Q17_DREMPELS_BEDRIJF", List.of("Geen geschikte werf in de buurt van de school"),
            "Q18_DREMPELS_SCHOOL", List.of("Het lesrooster past niet bij de werfuren"),
            "Q19_DREMPELS_REGELS", List.of("Onduidelijk hoe de leerling verzekerd is"),
            "Q20_ONDERSTEUNING", List.of("Een vast aanspreekpunt bij de sector"),
            "Q23_PRESELECTIE_DOOR", List.of("Ons sociaal secretariaat"));

    private static final String LATE_PAYBACK_REASON = "Een beginnende schilder moet veel ondergronden en afwerkingen "
            + "leren kennen; pas na een paar jaar kan hij zelfstandig bij klanten werken.";
    private static final List<String> REMARKS = List.of(
            "Minder papierwerk zou ons helpen om opnieuw leerlingen op te nemen.",
            "De school mag gerust vaker op de werf langskomen.",
            "Onze laatste leerling werkt nu vast bij ons.",
            "Voor een klein bedrijf is de begeleiding op de werf zwaar.",
            "Graag meer duidelijkheid over de premies.");

    private final Profile profile;
    private final Draw draw;
    private final int number;
    private final LocalDate today;
    private final String mainActivity;
    private final String activityText;
    private final double agreement;

    /**
     * @param number the respondent's number in the generated set, 1-based; used in the e-mail address
     * @param today the date for date questions bounded by {@code today}
     */
    EmployerAnswers(Profile profile, Draw draw, int number, LocalDate today) {
        this.profile = profile;
        this.draw = draw;
        this.number = number;
        this.today = today;
        this.mainActivity = profile.latePayback() ? PAINTER : draw.pick(MAIN_ACTIVITIES);
        this.activityText = draw.oneOf(OTHER_TEXTS.get("Q03_ACTIVITEITEN"));
        this.agreement = 0.4 * draw.gaussian();
    }

    /**
     * The answer to {@code question}, which is shown with {@code shown} as its options, given the
     * answers so far; empty to leave it unanswered.
     */
    Optional<AnswerValue> answer(Question question, List<Option> shown, Answers soFar) {
        switch (question.code()) {
            case "Q01_ARBEIDERS":
                return number(profile.latePayback() ? 4 : draw.between(FEWEST_WORKERS[profile.sizeRank()],
                        MOST_WORKERS[profile.sizeRank()]));
            case "Q02_GROOTTE":
                return single(profile.sizeClass());
            case "Q03_ACTIVITEITEN":
                return Optional.of(activities(question));
            case "Q04_HOOFDACTIVITEIT":
                return Optional.of(new AnswerValue.Single(mainActivity, otherText(question, List.of(mainActivity),
                        activityText)));
            case "Q05_REGIO":
                return single(draw.pick(REGIONS));
            case "Q06_EVOLUTIE":
                return single(profile.evolution());
            case "Q07_RENDABEL":
                return Optional.of(AnswerValue.Numeric.of(profile.latePayback()
                        ? Integer.toString(StudyFigures.LATE_PAYBACK_YEARS) : draw.pick(PAYBACK_YEARS)));
            case "Q08_RENDABEL_TOELICHTING":
                return text(LATE_PAYBACK_REASON);
            case "Q09_ERVARING":
                return yesNo(draw.chance(EXPERIENCE[profile.sizeRank()]));
            case "Q10_STELSELS":
                return Optional.of(multiple(question, atLeastOne(draw.each(SYSTEMS), SYSTEMS), Integer.MAX_VALUE));
            case "Q11_AANTAL_LERENDEN":
                return learners();
            case "Q12_MENTOROPLEIDING":
                return yesNo(draw.chance(0.30 + 0.08 * profile.sizeRank()));
            case "Q13_MOTIEVEN":
                return Optional.of(motives(question));
            case "Q14_MEERWAARDE":
                return Optional.of(draw.chance(0.02) ? new AnswerValue.Likert(naCode(question))
                        : AnswerValue.Likert.of(point(4.0 + (is(soFar, "Q09_ERVARING", "JA") ? 0.3 : -0.4))));
            case "Q15_KNELPUNTEN":
                return Optional.of(knelpunten(question, is(soFar, "Q09_ERVARING", "JA")));
            case "Q16_DREMPELS_KANDIDAAT":
                return Optional.of(multiple(question, draw.each(CANDIDATE_THRESHOLDS), 3));
            case "Q17_DREMPELS_BEDRIJF":
                return Optional.of(multiple(question, draw.each(companyThresholds(soFar)), 3));
            case "Q18_DREMPELS_SCHOOL":
                return Optional.of(multiple(question, draw.each(SCHOOL_THRESHOLDS), 3));
            case "Q19_DREMPELS_REGELS":
                return Optional.of(multiple(question, draw.each(ruleThresholds(soFar)), 3));
            case "Q20_ONDERSTEUNING":
                return Optional.of(support(question, soFar));
            case "Q21_PRIORITEIT":
                return Optional.of(priorities(shown));
            case "Q22_FINANCIEEL_VORM":
                return single(profile.rsz() ? "RSZ" : "CASH");
            case "Q23_PRESELECTIE_DOOR":
                return Optional.of(multiple(question, atLeastOne(draw.each(List.of(odds("CONSTRUCTIV", 0.50),
                        odds("VDAB", 0.55), odds("SCHOOL", 0.30), odds("ANDERS", 0.03))), List.of(odds("VDAB", 1))),
                        Integer.MAX_VALUE));
            case "Q24_PRESELECTIE_ROL":
                return single(draw.chance(0.65) ? "PARTNER_SELECTEERT" : "HULP_PROFIEL");
            case "Q25_TAAL_PLOEG":
                return yesNo(draw.chance(0.40));
            case "Q26_ADMIN_VORM":
                return single(draw.pick(List.of(odds("ONLINE", 0.45), odds("PAPIER", 0.38),
                        odds("GEEN_VOORKEUR", 0.17))));
            case "Q27_OPVOLGAANBOD":
                return yesNo(draw.chance(is(soFar, "Q12_MENTOROPLEIDING", "JA") ? 0.60 : 0.35));
            case "Q28_OPVOLG_FREQUENTIE":
                return single(draw.pick(List.of(odds("MAANDELIJKS", 0.15), odds("DRIEMAANDELIJKS", 0.35),
                        odds("HALFJAARLIJKS", 0.30), odds("JAARLIJKS", 0.20))));
            case "Q29_OPVOLG_INHOUD":
                return single(draw.pick(List.of(odds("DIDACTIEK", 0.35), odds("TECHNIEK", 0.25), odds("BEIDE", 0.40))));
            case "Q30_AMBITIE":
                return single(ambition(is(soFar, "Q09_ERVARING", "JA")));
            case "Q31_OPMERKINGEN":
                return draw.chance(0.12) ? text(draw.oneOf(REMARKS)) : Optional.empty();
            case "Q32_VERDIEPING":
                return yesNo(draw.chance(0.30));
            case "Q33_EMAIL":
                return text(String.format(Locale.ROOT, "demo-%06d@leerwerkplek.invalid", number));
            default:
                return AnyAnswer.of(question, shown, draw, today);
        }
    }

    private AnswerValue activities(Question question) {
        List<String> chosen = new ArrayList<>();
        for (Draw.Odds activity : MAIN_ACTIVITIES) {
            if (activity.code().equals(mainActivity) || !activity.code().equals("ANDERS") && draw.chance(SIDE_ACTIVITY)) {
                chosen.add(activity.code());
            }
        }
        return new AnswerValue.Multiple(inOptionOrder(question, chosen), otherText(question, chosen, activityText));
    }

    private Optional<AnswerValue> learners() {
        if (draw.chance(0.15)) {
            return Optional.empty();
        }
        return number(draw.chance(0.10) ? 0 : draw.between(1, MOST_LEARNERS[profile.sizeRank()]));
    }

    private AnswerValue motives(Question question) {
        List<String> chosen = new ArrayList<>();
        if (profile.instroom()) {
            chosen.add("INSTROOM");
        }
        if (profile.vaklui()) {
            chosen.add("VAKLUI");
        }
        chosen.addAll(draw.each(OTHER_MOTIVES));
        return multiple(question, atLeastOne(chosen, OTHER_MOTIVES), Integer.MAX_VALUE);
    }

    private AnswerValue knelpunten(Question question, boolean experienced) {
        Map<String, String> items = new LinkedHashMap<>();
        String na = naCode(question);
        for (Option item : question.items()) {
            String code = item.code();
            boolean school = SCHOOL_KNELPUNTEN.contains(code);
            if (draw.chance(school && !experienced ? 0.10 : 0.03)) {
                items.put(code, na);
                continue;
            }
            double mean = KNELPUNT_MEANS.getOrDefault(code, 3.0)
                    + (SMALL_FIRM_KNELPUNTEN.contains(code) ? SMALL_FIRM_EFFECT[profile.sizeRank()] : 0.0);
            items.put(code, Integer.toString(point(mean)));
        }
        return new AnswerValue.Matrix(items);
    }

    private List<Draw.Odds> companyThresholds(Answers soFar) {
        boolean small = profile.small();
        return List.of(odds("TIJD", NO_TIME[profile.sizeRank()]), odds("PLANNING", small ? 0.35 : 0.25),
                odds("KOSTEN", 0.30), odds("RENDEMENT", small ? 0.30 : 0.12), odds("DIDACTIEK", 0.15),
                odds("PLOEGGENOTEN", 0.10),
                odds("KENNIS_STELSELS", is(soFar, "Q09_ERVARING", "JA") ? 0.12 : 0.30), odds("ANDERS", 0.02));
    }

    private List<Draw.Odds> ruleThresholds(Answers soFar) {
        return List.of(odds("STAGE_KORT", 0.15), odds("VERSNIPPERD", 0.25),
                odds("ADMINISTRATIE", administrationHurts(soFar) ? 0.60 : 0.20), odds("REGELGEVING", 0.35),
                odds("PREMIE_AANVRAAG", 0.25), odds("EVALUATIE", 0.20), odds("ANDERS", 0.02));
    }

    private AnswerValue support(Question question, Answers soFar) {
        List<String> chosen = new ArrayList<>();
        if (profile.financieel()) {
            chosen.add("FINANCIEEL");
        }
        if (profile.trial().candidate()) {
            chosen.add("PROEF_KANDIDAAT");
        }
        if (profile.trial().employer()) {
            chosen.add("PROEF_WERKGEVER");
        }
        chosen.addAll(draw.each(List.of(odds("PRESELECTIE", 0.18), odds("TAAL", 0.08 + 0.03 * profile.sizeRank()),
                odds("MENTOR", is(soFar, "Q12_MENTOROPLEIDING", "JA") ? 0.25 : 0.15), odds("COACHING", 0.10),
                odds("ADMIN", administrationHurts(soFar) ? 0.55 : 0.25), odds("ANDERS", 0.02))));
        return multiple(question, chosen, Integer.MAX_VALUE);
    }

    /** Up to three of the chosen support forms, most wanted first; trial periods weigh more for small firms. */
    private AnswerValue priorities(List<Option> shown) {
        List<Draw.Odds> weights = new ArrayList<>();
        for (Option option : shown) {
            double weight = PRIORITY.getOrDefault(option.code(), 1.0);
            if (profile.small() && option.code().startsWith("PROEF_")) {
                weight *= 1.5;
            }
            weights.add(odds(option.code(), weight));
        }
        int limit = Math.min(3, shown.size());
        return new AnswerValue.Ranking(draw.order(weights, draw.chance(0.75) ? limit : draw.between(1, limit)));
    }

    private String ambition(boolean experienced) {
        if (!experienced) {
            return draw.chance(0.55) ? "STARTEN" : "GEEN_PLANNEN";
        }
        boolean grown = profile.evolution().equals(StudyFigures.EVOLUTIONS.get(0));
        return draw.pick(List.of(odds("UITBREIDEN", grown ? 0.42 : 0.25), odds("BEHOUDEN", 0.45),
                odds("AFBOUWEN", grown ? 0.06 : 0.18), odds("GEEN_PLANNEN", 0.07)));
    }

    /** A point of the 1–5 scale around {@code mean}: the respondent's general agreement plus noise, cut to the scale. */
    private int point(double mean) {
        long value = Math.round(mean + agreement + 0.9 * draw.gaussian());
        return (int) Math.max(1, Math.min(5, value));
    }

    /**
     * {@code chosen} cut to {@code max} (keeping a random part), in option order, with the
     * question's {@code none} option when nothing is chosen and its "namely" text when
     * {@code other} is.
     */
    private AnswerValue multiple(Question question, List<String> chosen, int max) {
        List<String> kept = chosen;
        if (chosen.size() > max) {
            kept = draw.order(chosen.stream().map(c -> odds(c, 1)).toList(), max);
        }
        if (kept.isEmpty()) {
            kept = List.of(question.choices().none().orElseThrow(() -> new IllegalStateException(
                    question.code() + " has no answer and no none option")).code());
        }
        List<String> ordered = inOptionOrder(question, kept);
        return new AnswerValue.Multiple(ordered, otherText(question, ordered,
                draw.oneOf(OTHER_TEXTS.getOrDefault(question.code(), List.of(AnyAnswer.TEXT)))));
    }

    /** {@code chosen}, or one code drawn from {@code fallback} when it is empty. */
    private List<String> atLeastOne(List<String> chosen, List<Draw.Odds> fallback) {
        return chosen.isEmpty() ? List.of(draw.pick(fallback)) : chosen;
    }

    private static boolean administrationHurts(Answers soFar) {
        return soFar.number(Condition.Reference.to("Q15_KNELPUNTEN", "K05"))
                .map(n -> n.compareTo(BigDecimal.valueOf(4)) >= 0).orElse(false);
    }

    private static boolean is(Answers soFar, String question, String code) {
        return soFar.code(Condition.Reference.to(question)).map(code::equals).orElse(false);
    }

    private static List<String> inOptionOrder(Question question, List<String> codes) {
        return question.choices().codes().stream().filter(codes::contains).toList();
    }

    private static Optional<String> otherText(Question question, List<String> codes, String text) {
        return question.choices().other().filter(o -> codes.contains(o.code())).map(o -> text);
    }

    private static String naCode(Question question) {
        return question.scale().flatMap(s -> s.na()).orElseThrow(() -> new IllegalStateException(
                question.code() + " has no na point")).code();
    }

    private static Optional<AnswerValue> single(String code) {
        return Optional.of(AnswerValue.Single.of(code));
    }

    private static Optional<AnswerValue> yesNo(boolean yes) {
        return single(yes ? "JA" : "NEE");
    }

    private static Optional<AnswerValue> number(int value) {
        return Optional.of(new AnswerValue.Numeric(BigDecimal.valueOf(value)));
    }

    private static Optional<AnswerValue> text(String text) {
        return Optional.of(new AnswerValue.Text(text));
    }
}
