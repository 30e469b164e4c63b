package org.leerwerkplek.surveys.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.leerwerkplek.surveys.definition.model.AnswerValue;
import org.leerwerkplek.surveys.definition.model.Instrument;

class ResponseCsvReaderTest {

    private final Instrument werkgevers = Instruments.werkgeversbevraging();
    private final CsvLayout layout = CsvLayout.of(werkgevers);
    private final ResponseCsvReader reader = new ResponseCsvReader(werkgevers, Instruments.CLOCK);
    private final List<ImportedResponse> accepted = new ArrayList<>();
    private final List<Integer> progress = new ArrayList<>();

    /** The cells of {@link SampleResponse#werkgevers()}, a valid row; its Q31 text spans two lines. */
    private Map<String, String> row() {
        return new LinkedHashMap<>(SampleResponse.cells(werkgevers, SampleResponse.werkgevers()));
    }

    @SafeVarargs
    private String file(Map<String, String>... rows) {
        return SampleResponse.csv(layout.names(), ',', List.of(rows));
    }

    private ImportResult read(String text) throws IOException {
        return reader.read(new StringReader(text), accepted::add, progress::add);
    }

    /** The 1-based position of a column in a file with the layout's column order. */
    private int col(String name) {
        return layout.indexOf(name).getAsInt() + 1;
    }

    private ImportError at(int line, String column, String message) {
        return new ImportError(line, col(column), column, message);
    }

    /** Reads a file of one row changed by {@code change} and checks that exactly {@code expected} is reported. */
    private void assertRowErrors(Map<String, String> changes, ImportError... expected) throws IOException {
        Map<String, String> row = row();
        row.putAll(changes);
        ImportResult result = read(file(row));
        assertEquals(List.of(expected), result.errors(), () -> String.join("\n", result.report()));
        assertFalse(result.isValid());
        assertEquals(1, result.rows());
        assertEquals(0, result.accepted());
        assertTrue(accepted.isEmpty(), "nothing handed over from a wrong file");
    }

    // ---- a correct file ------------------------------------------------------------------------

    @Test
    void acceptsACorrectFileAndHandsOverEveryRow() throws IOException {
        Map<String, String> second = row();
        second.put("Q01_ARBEIDERS", "40");
        ImportResult result = read(file(row(), second));
        assertTrue(result.isValid(), () -> String.join("\n", result.report()));
        assertEquals(2, result.rows());
        assertEquals(2, result.accepted());
        assertEquals(SampleResponse.werkgevers(), accepted.get(0).answers());
        assertEquals(AnswerValue.Numeric.of("40"), accepted.get(1).answers().get("Q01_ARBEIDERS"));
        assertEquals(List.of(2, 4), accepted.stream().map(ImportedResponse::line).toList(),
                "the first row's text spans lines 2-3, so the second starts on line 4");
        assertEquals(List.of(2), progress, "once at the end");
    }

    @Test
    void acceptsColumnsInAnyOrderAndWithoutTheOptionalResponseColumns() throws IOException {
        List<String> columns = new ArrayList<>(layout.names());
        columns.removeAll(List.of("response_id", "status", "channel", "submitted_at"));
        Collections.reverse(columns);
        ImportResult result = read(SampleResponse.csv(columns, ',', List.of(row())));
        assertTrue(result.isValid(), () -> String.join("\n", result.report()));
        assertEquals(SampleResponse.werkgevers(), accepted.get(0).answers());
    }

    @Test
    void readsSemicolonsAByteOrderMarkAndDecimalCommas() throws IOException {
        Map<String, String> row = row();
        row.put("Q07_RENDABEL", "1,5");
        String text = "\uFEFF" + SampleResponse.csv(layout.names(), ';', List.of(row));
        ImportResult result = read(text);
        assertTrue(result.isValid(), () -> String.join("\n", result.report()));
        assertEquals(SampleResponse.werkgevers(), accepted.get(0).answers());
    }

    @Test
    void readsLfLineEnds() throws IOException {
        ImportResult result = read(file(row()).replace("\r\n", "\n"));
        assertTrue(result.isValid(), () -> String.join("\n", result.report()));
        assertEquals(new AnswerValue.Text("=HYPERLINK(\"http://x\")\nen meer; of niet"),
                accepted.get(0).answers().get("Q31_OPMERKINGEN"));
    }

    @Test
    void trimsCodesButNotTexts() throws IOException {
        Map<String, String> row = row();
        row.put("Q02_GROOTTE", " W10_19 ");
        row.put("Q01_ARBEIDERS", " 12");
        row.put("Q31_OPMERKINGEN", "  met spaties  ");
        ImportResult result = read(file(row));
        assertTrue(result.isValid(), () -> String.join("\n", result.report()));
        assertEquals(AnswerValue.Single.of("W10_19"), accepted.get(0).answers().get("Q02_GROOTTE"));
        assertEquals(new AnswerValue.Text("  met spaties  "), accepted.get(0).answers().get("Q31_OPMERKINGEN"));
    }

    @Test
    void skipsBlankLinesAndLinesOfSeparators() throws IOException {
        String header = String.join(",", layout.names()) + "\r\n";
        String record = file(row()).substring(header.length());
        String separatorsOnly = ",".repeat(layout.size() - 1) + "\r\n";
        ImportResult result = read(header + "\r\n" + separatorsOnly + record + record + "\r\n");
        assertTrue(result.isValid(), () -> String.join("\n", result.report()));
        assertEquals(2, result.rows());
        assertEquals(List.of(4, 6), accepted.stream().map(ImportedResponse::line).toList(),
                "header 1, blank 2, separators 3, records of two lines each on 4 and 6");
    }

    @Test
    void aMultipleWithOnlyZerosOrEmptyCellsIsNotAnswered() throws IOException {
        Map<String, String> row = row();
        layout.columnsOf("Q10_STELSELS").forEach(c -> row.put(c.name(), c.kind() == CsvColumn.Kind.CHOSEN ? "0" : ""));
        row.put("Q03_ACTIVITEITEN.TEGELWERK", "");
        ImportResult result = read(file(row));
        assertTrue(result.isValid(), () -> String.join("\n", result.report()));
        assertFalse(accepted.get(0).answers().containsKey("Q10_STELSELS"), "hidden, and all 0: not an answer");
    }

    // ---- the header ----------------------------------------------------------------------------

    @Test
    void refusesAnEmptyFile() throws IOException {
        ImportResult result = read("");
        assertEquals(List.of(new ImportError(1, 0, "", "the file is empty; the first line must name the columns"
                + " (an export of werkgeversbevraging version 1 without responses is a template)")), result.errors());
    }

    @Test
    void refusesAnUnknownColumnAndReadsNoRows() throws IOException {
        List<String> columns = new ArrayList<>(layout.names());
        columns.add("Q99_EXTRA");
        ImportResult result = read(SampleResponse.csv(columns, ',', List.of(row())));
        assertEquals(List.of(new ImportError(1, 136, "Q99_EXTRA",
                "unknown column: werkgeversbevraging version 1 has no column Q99_EXTRA")), result.errors());
        assertEquals(0, result.rows());
        assertTrue(accepted.isEmpty());
    }

    @Test
    void refusesARepeatedColumnAndReportsTheOneMissing() throws IOException {
        List<String> columns = new ArrayList<>(layout.names());
        columns.set(col("Q05_REGIO") - 1, "Q02_GROOTTE");
        ImportResult result = read(SampleResponse.csv(columns, ',', List.of(row())));
        assertEquals(List.of(
                new ImportError(1, col("Q05_REGIO"), "Q02_GROOTTE", "the column appears twice (first in column "
                        + col("Q02_GROOTTE") + ")"),
                new ImportError(1, 0, "Q05_REGIO", "the column Q05_REGIO is missing")), result.errors());
    }

    @Test
    void refusesAFileWithoutVersionOrAnAnswerColumn() throws IOException {
        List<String> columns = new ArrayList<>(layout.names());
        columns.remove("version");
        columns.remove("Q21_PRIORITEIT.TAAL");
        ImportResult result = read(SampleResponse.csv(columns, ',', List.of(row())));
        assertEquals(List.of(
                new ImportError(1, 0, "version", "the column version is missing"),
                new ImportError(1, 0, "Q21_PRIORITEIT.TAAL", "the column Q21_PRIORITEIT.TAAL is missing")),
                result.errors());
    }

    @Test
    void aHeaderWithABrokenQuoteIsReportedOnce() throws IOException {
        ImportResult result = read("response_id,\"version,Q01_ARBEIDERS\n1,1,12\n");
        assertEquals(List.of(new ImportError(1, 2, "", "the quote opened on line 1 is never closed")), result.errors());
    }

    @Test
    void shortensAVeryLongUnknownColumnName() throws IOException {
        List<String> columns = new ArrayList<>(layout.names());
        columns.add("X".repeat(500));
        ImportResult result = read(SampleResponse.csv(columns, ',', List.of()));
        assertEquals("X".repeat(77) + "…", result.errors().get(0).columnName());
    }

    @Test
    void refusesAColumnWithoutName() throws IOException {
        List<String> columns = new ArrayList<>(layout.names());
        columns.add(" ");
        ImportResult result = read(SampleResponse.csv(columns, ',', List.of()));
        assertEquals(List.of(new ImportError(1, 136, "", "the column has no name")), result.errors());
    }

    // ---- the shape of a row --------------------------------------------------------------------

    @Test
    void refusesARowWithTooFewOrTooManyFields() throws IOException {
        String header = String.join(",", layout.names()) + "\r\n";
        String full = file(row()).substring(header.length());
        String shorter = full.substring(0, full.lastIndexOf(',')) + "\r\n";
        String longer = full.replace("\r\n1,1,", "\r\n1,1,").substring(0, full.length() - 2) + ",extra\r\n";
        ImportResult result = read(header + shorter + longer);
        String last = layout.names().get(layout.size() - 1);
        assertEquals(List.of(
                new ImportError(2, 135, last, "the row has 134 fields but the header has 135"),
                new ImportError(4, 136, "", "the row has 136 fields but the header has 135")), result.errors());
    }

    @Test
    void refusesAnotherOrNoVersion() throws IOException {
        assertRowErrors(Map.of("version", "2"),
                at(2, "version", "version 2 does not match: this import is of werkgeversbevraging version 1"));
    }

    @Test
    void refusesAnEmptyVersion() throws IOException {
        assertRowErrors(Map.of("version", ""),
                at(2, "version", "the version is empty; this import is of werkgeversbevraging version 1"));
    }

    @Test
    void reportsAQuoteNeverClosed() throws IOException {
        String text = file(row()) + "1,\"1,SUBMITTED\r\n";
        ImportResult result = read(text);
        assertEquals(List.of(new ImportError(4, 2, "version", "the quote opened on line 4 is never closed")),
                result.errors());
    }

    @Test
    void reportsTextAfterAClosingQuote() throws IOException {
        Map<String, String> row = row();
        String text = file(row).replace("\r\n1,1,SUBMITTED", "\r\n1,\"1\"x,SUBMITTED");
        ImportResult result = read(text);
        assertEquals(1, result.errors().size());
        assertEquals(2, result.errors().get(0).line());
        assertEquals(2, result.errors().get(0).column());
        assertTrue(result.errors().get(0).message().startsWith("unexpected text after the closing quote"));
    }

    @Test
    void reportsAFileThatIsNotUtf8() throws IOException {
        byte[] utf8 = file(row(), row()).getBytes(StandardCharsets.UTF_8);
        byte[] bytes = Arrays.copyOf(utf8, utf8.length + 3);
        bytes[utf8.length] = 'c';
        bytes[utf8.length + 1] = (byte) 0xE9;
        bytes[utf8.length + 2] = '\n';
        ImportResult result = reader.read(new ByteArrayInputStream(bytes), accepted::add, progress::add);
        assertFalse(result.isValid());
        assertEquals(1, result.errors().size());
        assertTrue(result.errors().get(0).message().startsWith("the file is not UTF-8 text"), result.errors().toString());
        long lineEnds = new String(utf8, StandardCharsets.UTF_8).chars().filter(c -> c == '\n').count();
        assertEquals(lineEnds + 1, result.errors().get(0).line(), "the physical line of the byte E9, after the rows");
        assertTrue(result.errors().get(0).message().contains("0xE9"), result.errors().toString());
    }

    // ---- values a column cannot hold -----------------------------------------------------------

    @Test
    void refusesAnUnknownOption() throws IOException {
        assertRowErrors(Map.of("Q02_GROOTTE", "W3"), at(2, "Q02_GROOTTE",
                "unknown option W3: Q02_GROOTTE has W1_4, W5_9, W10_19, W20_49, W50_99, W100_PLUS"));
    }

    @Test
    void codesAreCaseSensitive() throws IOException {
        assertRowErrors(Map.of("Q09_ERVARING", "nee"), at(2, "Q09_ERVARING", "unknown option nee: Q09_ERVARING has JA, NEE"));
    }

    @Test
    void refusesAnythingButZeroOrOneForAMultipleOption() throws IOException {
        assertRowErrors(Map.of("Q03_ACTIVITEITEN.DAKWERKEN", "ja"), at(2, "Q03_ACTIVITEITEN.DAKWERKEN",
                "expected 1 (chosen) or 0 (not chosen) but found \"ja\""));
    }

    @Test
    void refusesAnUnreadableNumber() throws IOException {
        assertRowErrors(Map.of("Q01_ARBEIDERS", "1 200"), at(2, "Q01_ARBEIDERS",
                "\"1 200\" is not a number (write it like 12 or 1.5, without thousands separators)"));
    }

    @Test
    void refusesAPointOffTheScale() throws IOException {
        assertRowErrors(Map.of("Q14_MEERWAARDE", "6", "Q15_KNELPUNTEN.K03", "weet niet"),
                at(2, "Q14_MEERWAARDE", "6 is not on the scale of Q14_MEERWAARDE (1-5, na WEET_NIET)"),
                at(2, "Q15_KNELPUNTEN.K03", "weet niet is not on the scale of Q15_KNELPUNTEN (1-5, na WEET_NIET)"));
    }

    @Test
    void refusesARankThatIsNotAPositiveWholeNumber() throws IOException {
        assertRowErrors(Map.of("Q21_PRIORITEIT.ADMIN", "0", "Q21_PRIORITEIT.FINANCIEEL", "first"),
                at(2, "Q21_PRIORITEIT.FINANCIEEL", "expected a rank 1, 2, 3 … (or empty when not ranked) but found \"first\""),
                at(2, "Q21_PRIORITEIT.ADMIN", "expected a rank 1, 2, 3 … (or empty when not ranked) but found \"0\""));
    }

    @Test
    void refusesARankGivenTwice() throws IOException {
        assertRowErrors(Map.of("Q21_PRIORITEIT.ADMIN", "1", "Q21_PRIORITEIT.FINANCIEEL", "1"),
                at(2, "Q21_PRIORITEIT.ADMIN", "rank 1 is given twice (also to FINANCIEEL in column "
                        + col("Q21_PRIORITEIT.FINANCIEEL") + ")"));
    }

    @Test
    void refusesAGapInTheRanks() throws IOException {
        assertRowErrors(Map.of("Q21_PRIORITEIT.ADMIN", "1", "Q21_PRIORITEIT.FINANCIEEL", "3"),
                at(2, "Q21_PRIORITEIT.FINANCIEEL",
                        "rank 3 is given but only 2 options are ranked: ranks must run 1, 2, 3 … without gaps"));
    }

    @Test
    void refusesAnOtherTextWithoutTheOtherOption() throws IOException {
        assertRowErrors(Map.of("Q03_ACTIVITEITEN#OTHER", "kelders", "Q04_HOOFDACTIVITEIT#OTHER", "ruwbouw"),
                at(2, "Q03_ACTIVITEITEN#OTHER", "a text is given but option ANDERS of Q03_ACTIVITEITEN is not chosen"),
                at(2, "Q04_HOOFDACTIVITEIT#OTHER", "a text is given but option ANDERS of Q04_HOOFDACTIVITEIT is not chosen"));
    }

    @Test
    void refusesADateNotWrittenIso() throws IOException {
        Instrument fiche = Instruments.fiche();
        ResponseCsvReader ficheReader = new ResponseCsvReader(fiche, Instruments.CLOCK);
        CsvLayout ficheLayout = CsvLayout.of(fiche);
        int column = ficheLayout.indexOf("F0_DATUM").getAsInt() + 1;
        Map<String, String> cells = SampleResponse.cells(fiche, new ValidAnswers(fiche, 1).next());
        List<Map<String, String>> rows = new ArrayList<>();
        for (String date : List.of("22/11/2026", "2026-02-30", "2026-12-01", "2026-11-25")) {
            Map<String, String> row = new LinkedHashMap<>(cells);
            row.put("F0_DATUM", date);
            rows.add(row);
        }
        String text = SampleResponse.csv(ficheLayout.names(), ',', rows);
        ImportResult result = ficheReader.validate(new StringReader(text));
        List<Integer> lines = new ArrayList<>();
        CsvRecordReader records = CsvRecordReader.detecting(new StringReader(text));
        records.next();
        for (int i = 0; i < 4; i++) {
            lines.add(records.next().orElseThrow().line());
        }
        assertEquals(List.of(
                new ImportError(lines.get(0), column, "F0_DATUM", "\"22/11/2026\" is not a date written YYYY-MM-DD"),
                new ImportError(lines.get(1), column, "F0_DATUM", "2026-02-30 is not a date of the calendar"),
                new ImportError(lines.get(2), column, "F0_DATUM",
                        "2026-12-01 is outside the dates of F0_DATUM: on or before today (2026-11-25)")),
                result.errors(), () -> String.join("\n", result.report()));
        assertEquals(4, result.rows());
    }

    // ---- answers the definition does not show --------------------------------------------------

    @Test
    void refusesAnAnswerToAQuestionItsConditionHides() throws IOException {
        assertRowErrors(Map.of("Q08_RENDABEL_TOELICHTING", "Het vak is moeilijk"), at(2, "Q08_RENDABEL_TOELICHTING",
                "Q08_RENDABEL_TOELICHTING is answered but not asked in this response: it is asked only when Q07_RENDABEL > 2"));
    }

    @Test
    void refusesAnAnswerInASectionItsConditionHides() throws IOException {
        assertRowErrors(Map.of("Q11_AANTAL_LERENDEN", "3", "Q10_STELSELS.IBO", "1"),
                at(2, "Q10_STELSELS.IBO", "Q10_STELSELS is answered but not asked in this response: its section"
                        + " stelsels is shown only when Q09_ERVARING == JA"),
                at(2, "Q11_AANTAL_LERENDEN", "Q11_AANTAL_LERENDEN is answered but not asked in this response: its section"
                        + " stelsels is shown only when Q09_ERVARING == JA"));
    }

    @Test
    void refusesAnOptionThatFilterOptionsByLeavesOut() throws IOException {
        assertRowErrors(Map.of("Q04_HOOFDACTIVITEIT", "SCHRIJNWERK", "Q21_PRIORITEIT.TAAL", "3"),
                at(2, "Q04_HOOFDACTIVITEIT", "option SCHRIJNWERK is not offered in Q04_HOOFDACTIVITEIT for this"
                        + " response: only options chosen in Q03_ACTIVITEITEN are"),
                at(2, "Q21_PRIORITEIT.TAAL", "option TAAL is not offered in Q21_PRIORITEIT for this response: only"
                        + " options chosen in Q20_ONDERSTEUNING are"));
    }

    @Test
    void anUnreadableCellSkipsTheChecksThatDependOnIt() throws IOException {
        assertRowErrors(Map.of("Q09_ERVARING", "misschien", "Q11_AANTAL_LERENDEN", "3"),
                at(2, "Q09_ERVARING", "unknown option misschien: Q09_ERVARING has JA, NEE"));
    }

    // ---- the rules of the definition -----------------------------------------------------------

    @Test
    void aSubmittedRowMustAnswerEveryRequiredQuestion() throws IOException {
        Map<String, String> changes = new LinkedHashMap<>();
        changes.put("Q01_ARBEIDERS", "");
        layout.columnsOf("Q16_DREMPELS_KANDIDAAT").forEach(c -> changes.put(c.name(), ""));
        changes.put("Q15_KNELPUNTEN.K03", "");
        assertRowErrors(changes,
                at(2, "Q01_ARBEIDERS", "Q01_ARBEIDERS is required but not answered"),
                at(2, "Q15_KNELPUNTEN.K03", "every item of Q15_KNELPUNTEN must be answered (the question is required)"),
                at(2, "Q16_DREMPELS_KANDIDAAT.MOTIVATIE", "Q16_DREMPELS_KANDIDAAT is required but not answered"));
    }

    @Test
    void refusesANumberOutOfRangeOrNotWhole() throws IOException {
        assertRowErrors(Map.of("Q01_ARBEIDERS", "6000", "Q07_RENDABEL", "-1"),
                at(2, "Q01_ARBEIDERS", "6000 is outside the range of Q01_ARBEIDERS: from 0 to 5000"),
                at(2, "Q07_RENDABEL", "-1 is outside the range of Q07_RENDABEL: from 0 to 10"));
        accepted.clear();
        assertRowErrors(Map.of("Q01_ARBEIDERS", "2,5"),
                at(2, "Q01_ARBEIDERS", "2.5 is not a whole number, which Q01_ARBEIDERS requires"));
    }

    @Test
    void refusesTooManyChoices() throws IOException {
        assertRowErrors(Map.of("Q16_DREMPELS_KANDIDAAT.BASIS", "1", "Q16_DREMPELS_KANDIDAAT.FYSIEK", "1"),
                at(2, "Q16_DREMPELS_KANDIDAAT.MOTIVATIE", "4 options chosen but Q16_DREMPELS_KANDIDAAT allows at most 3"));
    }

    @Test
    void refusesNoneWithOtherOptions() throws IOException {
        assertRowErrors(Map.of("Q17_DREMPELS_BEDRIJF.TIJD", "1"), at(2, "Q17_DREMPELS_BEDRIJF.GEEN",
                "option GEEN (none of these) cannot be chosen together with other options"));
    }

    @Test
    void refusesTheOtherOptionWithoutItsText() throws IOException {
        assertRowErrors(Map.of("Q13_MOTIEVEN#OTHER", " "), at(2, "Q13_MOTIEVEN#OTHER",
                "option ANDERS is chosen but its text in Q13_MOTIEVEN#OTHER is empty"));
    }

    @Test
    void refusesAnOtherTextThatIsTooLong() throws IOException {
        assertRowErrors(Map.of("Q13_MOTIEVEN#OTHER", "x".repeat(201)), at(2, "Q13_MOTIEVEN#OTHER",
                "the text for option ANDERS has 201 characters; at most 200 are allowed"));
    }

    @Test
    void refusesATextThatIsTooLong() throws IOException {
        assertRowErrors(Map.of("Q31_OPMERKINGEN", "é".repeat(4001)), at(2, "Q31_OPMERKINGEN",
                "the text has 4001 characters; Q31_OPMERKINGEN allows at most 4000"));
    }

    @Test
    void refusesTooManyRanks() throws IOException {
        Map<String, String> changes = new LinkedHashMap<>();
        changes.put("Q20_ONDERSTEUNING.PROEF_KANDIDAAT", "1");
        changes.put("Q20_ONDERSTEUNING.COACHING", "1");
        changes.put("Q21_PRIORITEIT.PROEF_KANDIDAAT", "3");
        changes.put("Q21_PRIORITEIT.COACHING", "4");
        assertRowErrors(changes, at(2, "Q21_PRIORITEIT.FINANCIEEL", "4 options ranked but Q21_PRIORITEIT allows at most 3"));
    }

    // ---- the file as a whole -------------------------------------------------------------------

    @Test
    void reportsEveryErrorOfEveryRowInFileOrder() throws IOException {
        Map<String, String> first = row();
        first.put("Q02_GROOTTE", "W3");
        first.put("Q01_ARBEIDERS", "6000");
        Map<String, String> third = row();
        third.put("Q09_ERVARING", "ja");
        ImportResult result = read(file(first, row(), third));
        assertEquals(List.of(
                at(2, "Q02_GROOTTE", "unknown option W3: Q02_GROOTTE has W1_4, W5_9, W10_19, W20_49, W50_99, W100_PLUS"),
                at(6, "Q09_ERVARING", "unknown option ja: Q09_ERVARING has JA, NEE")), result.errors(),
                "the range of Q01 is a rule check, skipped because Q02 could not be read");
        assertEquals(3, result.rows());
    }

    @Test
    void handsOverRowsOnlyUntilTheFirstError() throws IOException {
        Map<String, String> wrong = row();
        wrong.put("version", "3");
        ImportResult result = read(file(row(), wrong, row()));
        assertEquals(3, result.rows());
        assertEquals(1, result.accepted());
        assertEquals(List.of(2), accepted.stream().map(ImportedResponse::line).toList());
        assertFalse(result.isValid());
    }

    @Test
    void keepsAtMostTheErrorLimitAndCountsTheRest() throws IOException {
        ResponseCsvReader limited = new ResponseCsvReader(werkgevers, Instruments.CLOCK, 5);
        Map<String, String> wrong = row();
        wrong.put("version", "2");
        List<Map<String, String>> rows = Collections.nCopies(8, wrong);
        ImportResult result = limited.validate(new StringReader(SampleResponse.csv(layout.names(), ',', rows)));
        assertEquals(5, result.errors().size());
        assertEquals(3, result.moreErrors());
        assertEquals(8, result.rows());
        assertEquals("… and 3 more errors", result.report().get(5));
    }

    @Test
    void reportsProgressEveryThousandRowsAndAtTheEnd() throws IOException {
        List<Map<String, String>> rows = Collections.nCopies(2500, row());
        ImportResult result = read(SampleResponse.csv(layout.names(), ',', rows));
        assertTrue(result.isValid());
        assertEquals(List.of(1000, 2000, 2500), progress);
        assertEquals(2500, accepted.size());
    }
}
