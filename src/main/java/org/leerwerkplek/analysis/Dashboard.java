package org.leerwerkplek.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.leerwerkplek.analysis.stats.CoChoice;
import org.leerwerkplek.analysis.stats.CrossTab;
import org.leerwerkplek.analysis.stats.CrossTabOptions;
import org.leerwerkplek.analysis.stats.FrequencyTable;
import org.leerwerkplek.analysis.stats.GoodnessOfFit;
import org.leerwerkplek.analysis.stats.LikertSummary;
import org.leerwerkplek.analysis.stats.MultipleResponseTable;
import org.leerwerkplek.analysis.stats.Reading;
import org.leerwerkplek.analysis.stats.Readings;
import org.leerwerkplek.platform.DomainException;
import org.leerwerkplek.platform.i18n.Messages;
import org.leerwerkplek.surveys.definition.model.Analysis;
import org.leerwerkplek.surveys.definition.model.MultipleResponseSet;
import org.leerwerkplek.surveys.definition.model.ReferenceShare;
import org.leerwerkplek.surveys.definition.model.Instrument;
import org.leerwerkplek.surveys.definition.model.Language;
import org.leerwerkplek.surveys.definition.model.Question;
import org.leerwerkplek.surveys.definition.model.QuestionType;

/**
 * Everything the analysis dashboard shows for one instrument, driven by the analysis metadata of
 * its definition: the profile of respondents (the subgroup variables), each multiple-response set,
 * every Likert matrix as a ranking, subgroup breakdowns of the most chosen members of sets that ask
 * for them (only reportable tables are shown; the others say why not), representativeness
 * against the reference shares, and co-choice within the sets broken down by subgroup.
 */
public record Dashboard(int respondents, boolean weighted, List<Frequencies> profile, List<Set> sets,
                        List<Likert> likerts, List<Breakdown> breakdowns, List<Fit> representativeness,
                        List<Pairs> coChoices, boolean withPartials, int partialRespondents) {

    /** A dashboard of submitted responses only. */
    public Dashboard(int respondents, boolean weighted, List<Frequencies> profile, List<Set> sets, List<Likert> likerts,
                     List<Breakdown> breakdowns, List<Fit> representativeness, List<Pairs> coChoices) {
        this(respondents, weighted, profile, sets, likerts, breakdowns, representativeness, coChoices, false, 0);
    }

    /** Each table's {@code base}: how many respondents it counts, and how many of them are partial responses. */
    public record Frequencies(String code, String title, FrequencyTable table, String chart, Tables.Base base) {
    }

    public record Set(String code, String title, MultipleResponseTable table, String chart, Tables.Base base) {
    }

    public record Likert(String code, String title, LikertSummary summary, String chart, Tables.Base base) {
    }

    /**
     * A subgroup breakdown of one option; {@code reading} is the plain-language sentence,
     * {@code readingHtml} the same sentence escaped for a page, its survey labels in a
     * {@code <span lang="nl">} where the page's language is not one of the survey's.
     */
    public record Breakdown(String subgroup, String subgroupTitle, String variable, String title, CrossTab table,
                            String reading, String readingHtml, String reason, List<String> leftOut, String chart,
                            String reasonHtml, List<String> leftOutHtml, Tables.Base base) {
    }

    /** A goodness-of-fit; {@code verdictHtml} is {@code verdict} for a page, marked as {@link Breakdown#readingHtml()}. */
    public record Fit(String code, String title, String source, GoodnessOfFit test, String verdict, String chart,
                      String verdictHtml, Tables.Base base) {

        public Fit(String code, String title, String source, GoodnessOfFit test, String verdict, String chart,
                   String verdictHtml) {
            this(code, title, source, test, verdict, chart, verdictHtml, new Tables.Base((int) Math.round(
                    test.categories().stream().mapToDouble(GoodnessOfFit.Entry::count).sum()), 0));
        }
    }

    public record Pairs(String code, String title, CoChoice table, Tables.Base base) {
    }

    /**
     * "n = 1.234" (or with partial responses "n = 1.234, waarvan 56 gedeeltelijk ingevuld"), the
     * numbers in {@code locale}: the line under each table.
     */
    public static String baseText(Tables.Base base, boolean withPartials, Locale locale) {
        return withPartials ? Messages.get(locale, "analysis.n.partial", base.n(), base.partial())
                : Messages.get(locale, "analysis.n", base.n());
    }

    /** Builds the dashboard from {@code tables}; {@code readings} renders the sentences in the page's language. */
    public static Dashboard of(Tables tables, CrossTabOptions options, Language language) {
        Instrument definition = tables.table().definition();
        Analysis meta = definition.analysis();
        Readings readings = Readings.forLocale(Locale.forLanguageTag(language.code()));
        List<Frequencies> profile = new ArrayList<>();
        for (String code : meta.subgroups()) {
            attempt(() -> {
                FrequencyTable table = tables.frequencies(code);
                profile.add(new Frequencies(code, title(tables, code, language), table, ChartJson.bars(
                        table.categories().stream().map(FrequencyTable.Entry::label).toList(),
                        List.of(new ChartJson.Series("%", table.categories().stream()
                                .map(FrequencyTable.Entry::percent).toList(), ChartJson.color(0))), true, false, language.code()),
                        tables.frequencyBase(code)));
            });
        }
        List<Set> sets = new ArrayList<>();
        List<Breakdown> breakdowns = new ArrayList<>();
        List<Pairs> pairs = new ArrayList<>();
        for (MultipleResponseSet set : meta.multipleResponseSets()) {
            Optional<Question> question = set.question().flatMap(definition::question)
                    .filter(q -> q.type() == QuestionType.MULTIPLE);
            if (question.isEmpty()) {
                continue;
            }
            String code = question.get().code();
            attempt(() -> {
                MultipleResponseTable table = tables.multipleResponse(code);
                sets.add(new Set(code, set.label().in(language), table, ChartJson.bars(
                        table.options().stream().map(MultipleResponseTable.Entry::label).toList(),
                        List.of(new ChartJson.Series(Messages.get(locale(language), "analysis.percentOfCases"), table.options().stream()
                                .map(MultipleResponseTable.Entry::percentOfCases).toList(), ChartJson.color(1))),
                        true, false, language.code()), tables.multipleResponseBase(code)));
            });
            if (set.subgroupTopN().isPresent()) {
                attempt(() -> pairs.add(new Pairs(code, set.label().in(language), tables.coChoice(code),
                        tables.coChoiceBase(code))));
                List<String> top = tables.mostChosen(code);
                for (String option : top.subList(0, Math.min(set.subgroupTopN().getAsInt(), top.size()))) {
                    for (String subgroup : meta.subgroups()) {
                        attempt(() -> breakdowns.add(breakdown(tables, subgroup, code + "." + option, options,
                                readings, language)));
                    }
                }
            }
        }
        List<Likert> likerts = new ArrayList<>();
        for (Question question : definition.questions()) {
            if (question.type() == QuestionType.LIKERT_MATRIX) {
                attempt(() -> {
                    LikertSummary summary = tables.likert(question.code());
                    List<LikertSummary.Rank> ranked = summary.byTopTwo();
                    List<String> labels = ranked.stream().map(LikertSummary.Rank::label).toList();
                    List<LikertSummary.Item> items = ranked.stream().map(r -> summary.items().stream()
                            .filter(i -> i.code().equals(r.code())).findFirst().orElseThrow()).toList();
                    likerts.add(new Likert(question.code(), question.label().in(language), summary, ChartJson.bars(labels,
                            List.of(new ChartJson.Series("−", items.stream().map(i -> -i.belowPercent()).toList(),
                                            "#c8553d"),
                                    new ChartJson.Series("0", items.stream().map(LikertSummary.Item::neutralPercent)
                                            .toList(), "#bbbbbb"),
                                    new ChartJson.Series("+", items.stream().map(LikertSummary.Item::abovePercent)
                                            .toList(), "#1f6f8b")), true, true, language.code()),
                            tables.likertBase(question.code())));
                });
            }
        }
        List<Fit> fits = new ArrayList<>();
        for (ReferenceShare reference : meta.referenceShares()) {
            if (tables.table().variable(reference.question()).isEmpty()) {
                continue;
            }
            attempt(() -> {
                GoodnessOfFit test = tables.goodnessOfFit(reference.question());
                fits.add(new Fit(reference.question(), title(tables, reference.question(), language),
                        reference.source().in(language), test, verdict(test, readings, UnaryOperator.identity()),
                        ChartJson.bars(test.categories().stream().map(GoodnessOfFit.Entry::label).toList(),
                                List.of(new ChartJson.Series(sampleLabel(language), test.categories().stream()
                                                .map(GoodnessOfFit.Entry::percent).toList(), ChartJson.color(0)),
                                        new ChartJson.Series(referenceLabel(language), test.categories().stream()
                                                .map(GoodnessOfFit.Entry::referencePercent).toList(),
                                                ChartJson.color(1))), false, false, language.code()),
                        markup(verdict(test, readings, Dashboard::mark), labelLanguage(definition, language)),
                        tables.frequencyBase(reference.question())));
            });
        }
        return new Dashboard(tables.respondents(), tables.isWeighted(), profile, sets, likerts, breakdowns, fits, pairs,
                tables.withPartials(), tables.partialRespondents());
    }

    private static Breakdown breakdown(Tables tables, String subgroup, String variable, CrossTabOptions options,
                                       Readings readings, Language language) {
        CrossTab table = tables.crossTab(subgroup, variable, options);
        String option = variable.substring(variable.indexOf('.') + 1);
        Question question = tables.question(variable.substring(0, variable.indexOf('.')));
        String optionLabel = question.option(option).map(o -> o.label().in(language)).orElse(option);
        List<String> labels = table.rows().stream().map(CrossTab.Row::label).toList();
        List<Double> chosen = table.rows().stream().map(r -> r.cells().size() > 1 ? r.cells().get(1).rowPercent() : 0.0)
                .toList();
        Reading reading = chosenColumn(table) < 0 ? table.reading() : table.readingFor(chosenColumn(table), options.alpha());
        String labelLanguage = labelLanguage(tables.table().definition(), language);
        return new Breakdown(subgroup, title(tables, subgroup, language), variable, optionLabel, table,
                readings.render(reading), markup(readings.render(reading, Dashboard::mark), labelLanguage),
                readings.render(table.reason()),
                table.dropped().stream().map(readings::render).toList(),
                ChartJson.bars(labels, List.of(new ChartJson.Series(optionLabel, chosen, ChartJson.color(2))), true,
                        false, language.code()),
                markup(readings.render(table.reason(), Dashboard::mark), labelLanguage),
                table.dropped().stream().map(r -> markup(readings.render(r, Dashboard::mark), labelLanguage)).toList(),
                tables.crossTabBase(subgroup, variable, table));
    }

    private static final char LABEL_START = '\u0001';
    private static final char LABEL_END = '\u0002';

    /** {@code text} escaped for HTML, its marked labels in a span of {@code labelLanguage} (unmarked when null). */
    static String markup(String text, String labelLanguage) {
        String escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
        return labelLanguage == null ? escaped.replace(String.valueOf(LABEL_START), "").replace(String.valueOf(LABEL_END), "")
                : escaped.replace(String.valueOf(LABEL_START), "<span lang=\"" + labelLanguage + "\">")
                        .replace(String.valueOf(LABEL_END), "</span>");
    }

    /** The column of those who chose the option, or -1 when nobody did. */
    private static int chosenColumn(CrossTab table) {
        for (int i = 0; i < table.columns().size(); i++) {
            if ("1".equals(table.columns().get(i).code())) {
                return i;
            }
        }
        return -1;
    }

    private static String verdict(GoodnessOfFit test, Readings readings, UnaryOperator<String> label) {
        return readings.render(test.reason(), label);
    }

    /** The survey's text {@code label} marked for {@link #markup}. */
    private static String mark(String label) {
        return LABEL_START + label + LABEL_END;
    }

    /** The language to mark the survey's texts with on a page in {@code language}: null where the survey speaks it. */
    private static String labelLanguage(Instrument definition, Language language) {
        return definition.languages().contains(language) ? null : Language.NL.code();
    }

    private static String title(Tables tables, String code, Language language) {
        return tables.question(code.contains(".") ? code.substring(0, code.indexOf('.')) : code).label().in(language);
    }

    private static String sampleLabel(Language language) {
        return Messages.get(locale(language), "analysis.sample");
    }

    private static String referenceLabel(Language language) {
        return Messages.get(locale(language), "analysis.reference");
    }

    private static Locale locale(Language language) {
        return Locale.forLanguageTag(language.code());
    }

    /** A table that cannot be made (an empty base) is left out of the dashboard; other failures are bugs. */
    private static void attempt(Runnable section) {
        try {
            section.run();
        } catch (DomainException e) {
            if (!"analysis.emptyBase".equals(e.messageKey())) {
                throw e;
            }
        }
    }

    /** The breakdowns whose test may be shown. */
    public List<Breakdown> reportableBreakdowns() {
        return breakdowns.stream().filter(b -> b.table().reportable()).toList();
    }

    /** The breakdowns that the counts do not carry, with why. */
    public List<Breakdown> unreportableBreakdowns() {
        return breakdowns.stream().filter(b -> !b.table().reportable()).toList();
    }
}
