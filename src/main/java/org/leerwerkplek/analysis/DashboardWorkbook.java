package org.leerwerkplek.analysis;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.leerwerkplek.analysis.stats.CoChoice;
import org.leerwerkplek.analysis.stats.CrossTab;
import org.leerwerkplek.analysis.stats.FrequencyTable;
import org.leerwerkplek.analysis.stats.GoodnessOfFit;
import org.leerwerkplek.analysis.stats.LikertSummary;
import org.leerwerkplek.analysis.stats.MultipleResponseTable;
import org.leerwerkplek.platform.i18n.Messages;
import org.leerwerkplek.platform.tables.RecordSink;
import org.leerwerkplek.platform.tables.XlsxStream;
import org.leerwerkplek.surveys.definition.model.Language;

/**
 * Every table of the dashboard in one XLSX workbook: a sheet per section (profile, each
 * multiple-response set, each Likert ranking, breakdowns, representativeness, co-choice), each
 * table headed by its title and followed by its base, weighted or not as the dashboard was.
 */
public final class DashboardWorkbook {

    private final Locale locale;

    public DashboardWorkbook(Language language) {
        this.locale = Locale.forLanguageTag(language.code());
    }

    /**
     * Writes every table of {@code dashboard}, under the line that says how many respondents it
     * counts and which the filters left out ({@code counted}) and the lines that say what was read
     * ({@code scope}). Sheets are named after their tables' titles in the workbook's language.
     */
    public void write(Dashboard dashboard, String counted, List<String> scope, OutputStream out) throws IOException {
        SheetNames names = new SheetNames();
        XlsxStream workbook = new XlsxStream(out, false);
        String weighting = text(dashboard.weighted() ? "analysis.isWeighted" : "analysis.isUnweighted");
        RecordSink profile = workbook.sheet(names.next(text("analysis.profile")));
        line(profile, counted);
        scope.forEach(scopeLine -> line(profile, scopeLine));
        for (Dashboard.Frequencies f : dashboard.profile()) {
            line(profile, "");
            line(profile, f.code(), f.title());
            line(profile, text("analysis.option"), text("analysis.count"), "%", text("analysis.ciLow"),
                    text("analysis.ciHigh"));
            for (FrequencyTable.Entry e : f.table().categories()) {
                profile.field(e.label());
                numbers(profile, e.count(), e.percent(), e.ciLow(), e.ciHigh());
            }
            line(profile, text("analysis.base", f.table().base(), f.table().missing()));
            partialBase(profile, dashboard, f.base());
        }
        for (Dashboard.Set s : dashboard.sets()) {
            RecordSink sheet = workbook.sheet(names.next(s.title()));
            line(sheet, s.title(), weighting);
            line(sheet, text("analysis.option"), text("analysis.count"), text("analysis.percentOfCases"),
                    text("analysis.ciLow"), text("analysis.ciHigh"), text("analysis.percentOfResponses"));
            for (MultipleResponseTable.Entry e : s.table().options()) {
                sheet.field(e.label());
                numbers(sheet, e.count(), e.percentOfCases(), e.ciLow(), e.ciHigh(), e.percentOfResponses());
            }
            line(sheet, text("analysis.setBase", s.table().casesBase(), s.table().responsesBase()));
            partialBase(sheet, dashboard, s.base());
        }
        for (Dashboard.Likert l : dashboard.likerts()) {
            RecordSink sheet = workbook.sheet(names.next(text("analysis.labelled", text("analysis.ranking"), l.title())));
            line(sheet, text("analysis.labelled", text("analysis.ranking"), l.title()), weighting);
            line(sheet, "#", text("analysis.item"), text("analysis.topTwo"), text("analysis.ciLow"),
                    text("analysis.ciHigh"), text("analysis.mean"));
            for (LikertSummary.Rank r : l.summary().byTopTwo()) {
                sheet.number(Integer.toString(r.rank())).field(r.label());
                numbers(sheet, r.topTwoPercent(), r.ciLow(), r.ciHigh(), r.mean());
            }
            partialBase(sheet, dashboard, l.base());
        }
        RecordSink breakdowns = workbook.sheet(names.next(text("analysis.breakdowns")));
        for (Dashboard.Breakdown b : dashboard.breakdowns()) {
            line(breakdowns, b.title() + " — " + b.subgroupTitle());
            line(breakdowns, b.reading());
            CrossTab table = b.table();
            breakdowns.field(b.subgroupTitle());
            table.columns().forEach(c -> breakdowns.field(c.label()));
            table.columns().forEach(c -> breakdowns.field(text("analysis.rowPercent", c.label())));
            breakdowns.endRecord();
            for (CrossTab.Row row : table.rows()) {
                breakdowns.field(row.label());
                row.cells().forEach(c -> breakdowns.number(plain(c.count())));
                row.cells().forEach(c -> breakdowns.number(plain(c.rowPercent())));
                breakdowns.endRecord();
            }
            line(breakdowns, "χ²", table.chi2() == null ? "" : plain(table.chi2()), "df",
                    Integer.toString(table.df()), "p", table.p() == null ? "" : plain(table.p()), "Cramér’s V",
                    table.cramersV() == null ? "" : plain(table.cramersV()));
            line(breakdowns, b.reason());
            partialBase(breakdowns, dashboard, b.base());
            b.leftOut().forEach(why -> line(breakdowns, why));
            line(breakdowns, "");
        }
        RecordSink fits = workbook.sheet(names.next(text("analysis.representativeness")));
        for (Dashboard.Fit g : dashboard.representativeness()) {
            line(fits, g.title(), g.source());
            line(fits, text("analysis.option"), text("analysis.sample"), text("analysis.reference"),
                    text("analysis.residualShort"));
            for (GoodnessOfFit.Entry e : g.test().categories()) {
                fits.field(e.label());
                numbers(fits, e.percent(), e.referencePercent(), e.residual());
            }
            line(fits, "χ²", g.test().chi2() == null ? "" : plain(g.test().chi2()), "df",
                    Integer.toString(g.test().df()), "p", g.test().p() == null ? "" : plain(g.test().p()));
            line(fits, g.verdict());
            line(fits, "");
        }
        for (Dashboard.Pairs c : dashboard.coChoices()) {
            RecordSink sheet = workbook.sheet(names.next(text("analysis.labelled", text("analysis.coChoice"), c.title())));
            line(sheet, "A", "B", "n(A)", "n(B)", "n(A & B)", "P(B | A)");
            for (CoChoice.Pair pair : c.table().pairs()) {
                sheet.field(pair.labelA()).field(pair.labelB());
                numbers(sheet, pair.nA(), pair.nB(), pair.nAB(), pair.pBGivenA());
            }
        }
        workbook.finish();
    }

    private static void line(RecordSink sheet, String... texts) {
        for (String text : texts) {
            sheet.field(text);
        }
        try {
            sheet.endRecord();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void numbers(RecordSink sheet, double... values) {
        for (double value : values) {
            sheet.number(plain(value));
        }
        line(sheet);
    }

    private static String plain(double value) {
        return BigDecimal.valueOf(value).toPlainString();
    }

    /** With partial responses, the table's base and how many of them it counts, as on the page. */
    private void partialBase(RecordSink sheet, Dashboard dashboard, Tables.Base base) {
        if (dashboard.withPartials()) {
            line(sheet, Dashboard.baseText(base, true, locale));
        }
    }

    private String text(String key, Object... arguments) {
        return Messages.get(locale, key, arguments);
    }
}
