package org.leerwerkplek.analysis.report;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPCellEvent;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.function.IntConsumer;
import org.leerwerkplek.analysis.Dashboard;
import org.leerwerkplek.analysis.Tables;
import org.leerwerkplek.analysis.stats.CoChoice;
import org.leerwerkplek.analysis.stats.CrossTab;
import org.leerwerkplek.analysis.stats.FrequencyTable;
import org.leerwerkplek.analysis.stats.GoodnessOfFit;
import org.leerwerkplek.analysis.stats.LikertSummary;
import org.leerwerkplek.analysis.stats.MultipleResponseTable;
import org.leerwerkplek.platform.i18n.Messages;
import org.leerwerkplek.platform.i18n.StatNumbers;
import org.leerwerkplek.surveys.definition.model.Language;

/**
 * The whole analysis of an instrument as a PDF: the dashboard's sections in order, each table with
 * its base and a bar per category (drawn in the table, so charts break across pages with their
 * rows), readings and the reasons for what is not reported. Texts in the report's language.
 */
public final class AnalysisReport {

    private static final Color BAR = new Color(0x1f, 0x6f, 0x8b);
    private static final Color BAR_SECOND = new Color(0xe8, 0xa3, 0x3d);
    private static final Font TITLE = new Font(Font.HELVETICA, 20, Font.BOLD);
    private static final Font HEADING = new Font(Font.HELVETICA, 14, Font.BOLD, BAR);
    private static final Font SUBHEADING = new Font(Font.HELVETICA, 11, Font.BOLD);
    private static final Font BODY = new Font(Font.HELVETICA, 9);
    private static final Font SMALL = new Font(Font.HELVETICA, 8, Font.NORMAL, Color.DARK_GRAY);
    private static final Font BOLD = new Font(Font.HELVETICA, 9, Font.BOLD);

    private final Locale locale;
    private final StatNumbers numbers;

    public AnalysisReport(Language language) {
        this.locale = Locale.forLanguageTag(language.code());
        this.numbers = StatNumbers.of(locale);
    }

    /**
     * Writes the report of {@code dashboard} for {@code title}, under the line that says how many
     * respondents it counts and which the filters left out ({@code counted}) and the lines that say
     * what was read ({@code scope}), to {@code out}; {@code progress} gets the share done, 0–100.
     */
    public void write(String title, Dashboard dashboard, String counted, List<String> scope, LocalDate date,
                      OutputStream out, IntConsumer progress) {
        Document document = new Document(PageSize.A4, 40, 40, 40, 40);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(title);
            document.open();
            document.add(paragraph(text("report.title"), TITLE));
            document.add(paragraph(title, HEADING));
            document.add(paragraph(text("report.date",
                    DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date)), BODY));
            document.add(paragraph(counted, BOLD));
            for (String line : scope) {
                document.add(paragraph(line, BODY));
            }
            if (dashboard.respondents() == 0) {
                document.add(paragraph(text("analysis.noneChosen"), BODY));
                document.close();
                progress.accept(100);
                return;
            }
            int sections = 6;
            progress.accept(5);
            heading(document, text("analysis.profile"));
            for (Dashboard.Frequencies f : dashboard.profile()) {
                subheading(document, f.title());
                bars(document, f.table().categories().stream().map(FrequencyTable.Entry::label).toList(),
                        f.table().categories().stream().map(FrequencyTable.Entry::count).toList(),
                        f.table().categories().stream().map(FrequencyTable.Entry::percent).toList(), BAR);
                note(document, text("analysis.base", number(f.table().base()), number(f.table().missing())));
                partialBase(document, dashboard, f.base());
            }
            progress.accept(100 / sections);
            for (Dashboard.Set s : dashboard.sets()) {
                heading(document, s.title());
                bars(document, s.table().options().stream().map(MultipleResponseTable.Entry::label).toList(),
                        s.table().options().stream().map(MultipleResponseTable.Entry::count).toList(),
                        s.table().options().stream().map(MultipleResponseTable.Entry::percentOfCases).toList(),
                        BAR_SECOND);
                note(document, text("analysis.setBase", number(s.table().casesBase()),
                        number(s.table().responsesBase())));
                partialBase(document, dashboard, s.base());
            }
            progress.accept(2 * 100 / sections);
            for (Dashboard.Likert l : dashboard.likerts()) {
                heading(document, text("analysis.labelled", text("analysis.ranking"), l.title()));
                List<LikertSummary.Rank> ranks = l.summary().byTopTwo();
                bars(document, ranks.stream().map(r -> r.rank() + ". " + r.label()).toList(),
                        ranks.stream().map(r -> r.mean()).toList(),
                        ranks.stream().map(LikertSummary.Rank::topTwoPercent).toList(), BAR);
                note(document, text("report.likertNote"));
                partialBase(document, dashboard, l.base());
            }
            progress.accept(3 * 100 / sections);
            if (!dashboard.breakdowns().isEmpty()) {
                heading(document, text("analysis.breakdowns"));
                note(document, text("analysis.breakdownsIntro"));
                for (Dashboard.Breakdown b : dashboard.breakdowns()) {
                    subheading(document, b.title() + " — " + b.subgroupTitle());
                    document.add(paragraph(b.reading(), BOLD));
                    List<CrossTab.Row> rows = b.table().rows();
                    bars(document, rows.stream().map(CrossTab.Row::label).toList(),
                            rows.stream().map(r -> r.cells().size() > 1 ? r.cells().get(1).count() : 0.0).toList(),
                            rows.stream().map(r -> r.cells().size() > 1 ? r.cells().get(1).rowPercent() : 0.0).toList(),
                            BAR);
                    note(document, b.reason());
                    partialBase(document, dashboard, b.base());
                    for (String why : b.leftOut()) {
                        note(document, why);
                    }
                }
            }
            progress.accept(4 * 100 / sections);
            if (!dashboard.representativeness().isEmpty()) {
                heading(document, text("analysis.representativeness"));
                for (Dashboard.Fit g : dashboard.representativeness()) {
                    subheading(document, g.title());
                    PdfPTable table = table(new float[] {4, 1.2f, 1.2f, 1.2f});
                    header(table, text("analysis.option"), text("analysis.sample"), text("analysis.reference"), "z");
                    for (GoodnessOfFit.Entry e : g.test().categories()) {
                        cells(table, e.label(), percent(e.percent()), percent(e.referencePercent()),
                                numbers.statistic(e.residual()));
                    }
                    document.add(table);
                    if (g.test().p() != null) {
                        note(document, numbers.chiSquareTest("Chi²", g.test().chi2(), g.test().df(),
                                g.test().p()));
                    }
                    note(document, g.verdict() + " " + text("analysis.labelled", text("analysis.source"), g.source()));
                }
            }
            progress.accept(5 * 100 / sections);
            for (Dashboard.Pairs c : dashboard.coChoices()) {
                heading(document, text("analysis.labelled", text("analysis.coChoice"), c.title()));
                PdfPTable table = table(new float[] {3, 3, 1, 1, 1});
                header(table, "A", "B", "n(A)", "n(A & B)", "P(B | A)");
                c.table().pairs().stream()
                        .sorted((x, y) -> Double.compare(y.nAB(), x.nAB()))
                        .limit(15)
                        .forEach(pair -> cells(table, pair.labelA(), pair.labelB(), number(pair.nA()),
                                number(pair.nAB()), percent(100 * pair.pBGivenA())));
                document.add(table);
            }
            document.close();
            progress.accept(100);
        } catch (DocumentException e) {
            throw new IllegalStateException("The report could not be written: " + e.getMessage(), e);
        }
    }

    /** With partial responses, the table's base and how many of them it counts, as on the page. */
    private void partialBase(Document document, Dashboard dashboard, Tables.Base base) throws DocumentException {
        if (dashboard.withPartials()) {
            note(document, Dashboard.baseText(base, true, locale));
        }
    }

    private void heading(Document document, String text) throws DocumentException {
        Paragraph heading = paragraph(text, HEADING);
        heading.setSpacingBefore(14);
        heading.setSpacingAfter(4);
        document.add(heading);
    }

    private void subheading(Document document, String text) throws DocumentException {
        Paragraph heading = paragraph(text, SUBHEADING);
        heading.setSpacingBefore(8);
        heading.setSpacingAfter(2);
        document.add(heading);
    }

    private void note(Document document, String text) throws DocumentException {
        document.add(paragraph(text, SMALL));
    }

    /** A table of label, bar (the percent drawn to scale), count and percent. */
    private void bars(Document document, List<String> labels, List<Double> counts, List<Double> percents, Color color)
            throws DocumentException {
        PdfPTable table = table(new float[] {4, 3, 0.9f, 0.9f});
        for (int i = 0; i < labels.size(); i++) {
            table.addCell(cell(labels.get(i), BODY, Element.ALIGN_LEFT));
            PdfPCell bar = new PdfPCell(new Phrase(" ", BODY));
            bar.setBorder(Rectangle.NO_BORDER);
            bar.setCellEvent(new Bar(percents.get(i), color));
            table.addCell(bar);
            table.addCell(cell(number(counts.get(i)), BODY, Element.ALIGN_RIGHT));
            table.addCell(cell(percent(percents.get(i)), BODY, Element.ALIGN_RIGHT));
        }
        document.add(table);
    }

    private static PdfPTable table(float[] widths) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setSpacingBefore(2);
        table.setSpacingAfter(4);
        table.setHeaderRows(0);
        return table;
    }

    private static void header(PdfPTable table, String... titles) {
        for (String title : titles) {
            PdfPCell cell = cell(title, BOLD, Element.ALIGN_LEFT);
            cell.setBorderWidthBottom(0.5f);
            table.addCell(cell);
        }
        table.setHeaderRows(1);
    }

    private static void cells(PdfPTable table, String... texts) {
        for (int i = 0; i < texts.length; i++) {
            table.addCell(cell(texts[i], BODY, i == 0 || i == 1 && texts.length == 5 ? Element.ALIGN_LEFT
                    : Element.ALIGN_RIGHT));
        }
    }

    private static PdfPCell cell(String text, Font font, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(new Chunk(pdf(text), font)));
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setHorizontalAlignment(alignment);
        cell.setPaddingBottom(3);
        return cell;
    }

    private static Paragraph paragraph(String text, Font font) {
        return new Paragraph(pdf(text), font);
    }

    private String number(double value) {
        return numbers.count(value);
    }

    private String percent(double value) {
        return numbers.percent(value, 1);
    }

    private String text(String key, Object... arguments) {
        return Messages.get(locale, key, arguments);
    }

    /**
     * A text as the report's standard fonts (WinAnsi) can print it: the narrow no-break space that
     * French number formats group with becomes a no-break space, which they carry.
     */
    private static String pdf(String text) {
        return text.replace('\u202f', '\u00a0');
    }

    /** Draws a bar of {@code percent} of the cell's width. */
    private record Bar(double percent, Color color) implements PdfPCellEvent {

        @Override
        public void cellLayout(PdfPCell cell, Rectangle position, PdfContentByte[] canvases) {
            PdfContentByte canvas = canvases[PdfPTable.BACKGROUNDCANVAS];
            float width = (float) (position.getWidth() * Math.max(0, Math.min(100, percent)) / 100);
            float height = Math.min(8, position.getHeight() - 4);
            canvas.saveState();
            canvas.setColorFill(color);
            canvas.rectangle(position.getLeft(), position.getBottom() + (position.getHeight() - height) / 2, width,
                    height);
            canvas.fill();
            canvas.restoreState();
        }
    }
}
