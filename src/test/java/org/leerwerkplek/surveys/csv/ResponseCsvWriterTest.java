package org.leerwerkplek.surveys.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.leerwerkplek.surveys.definition.model.AnswerValue;
import org.leerwerkplek.surveys.definition.model.Instrument;
import org.leerwerkplek.surveys.definition.model.Language;

class ResponseCsvWriterTest {

    private final Instrument werkgevers = Instruments.werkgeversbevraging();
    private final Map<String, String> codes = SampleResponse.cells(werkgevers, SampleResponse.werkgevers());

    private Map<String, String> labels(Language language, Map<String, AnswerValue> answers) {
        return SampleResponse.cells(ResponseCsvWriter.labels(werkgevers, CsvDialect.STANDARD, language),
                SampleResponse.exported(werkgevers, 7, answers));
    }

    @Test
    void writesTheResponseColumns() {
        assertEquals("1", codes.get("response_id"));
        assertEquals("1", codes.get("version"));
        assertEquals("SUBMITTED", codes.get("status"));
        assertEquals("IMPORT", codes.get("channel"));
        assertEquals("2026-11-22T10:15:30Z", codes.get("submitted_at"), "UTC, to the second");
    }

    @Test
    void writesAnEmptySubmittedAtWhileNotSubmitted() {
        ExportedResponse open = new ExportedResponse(3, 1, "PARTIAL", "LINK", Optional.empty(), Map.of());
        Map<String, String> cells = SampleResponse.cells(ResponseCsvWriter.codes(werkgevers, CsvDialect.STANDARD), open);
        assertEquals("", cells.get("submitted_at"));
        assertEquals("PARTIAL", cells.get("status"));
        assertTrue(cells.entrySet().stream().skip(5).allMatch(e -> e.getValue().isEmpty()), "no answers, empty cells");
    }

    @Test
    void writesCodesForEveryQuestionType() {
        assertEquals("12", codes.get("Q01_ARBEIDERS"));
        assertEquals("W10_19", codes.get("Q02_GROOTTE"));
        assertEquals("1.5", codes.get("Q07_RENDABEL"), "a dot, whatever the locale");
        assertEquals("NEE", codes.get("Q09_ERVARING"));
        assertEquals("4", codes.get("Q14_MEERWAARDE"));
        assertEquals("3", codes.get("Q15_KNELPUNTEN.K01"));
        assertEquals("WEET_NIET", codes.get("Q15_KNELPUNTEN.K12"));
        assertEquals("'=HYPERLINK(\"http://x\")\nen meer; of niet", codes.get("Q31_OPMERKINGEN"),
                "a respondent's formula gets an apostrophe in codes mode too (the import takes it off)");
    }

    @Test
    void writesMultipleAsZeroOrOnePerOptionAndTheOtherText() {
        assertEquals("1", codes.get("Q13_MOTIEVEN.INSTROOM"));
        assertEquals("0", codes.get("Q13_MOTIEVEN.VAKLUI"));
        assertEquals("1", codes.get("Q13_MOTIEVEN.ANDERS"));
        assertEquals("Eigen \"kinderen\" opleiden", codes.get("Q13_MOTIEVEN#OTHER"));
        assertEquals("1", codes.get("Q17_DREMPELS_BEDRIJF.GEEN"));
        assertEquals("0", codes.get("Q17_DREMPELS_BEDRIJF.TIJD"));
        assertEquals("", codes.get("Q17_DREMPELS_BEDRIJF#OTHER"));
        assertEquals("", codes.get("Q10_STELSELS.DBSO"), "an unanswered multiple is empty, not 0");
    }

    @Test
    void writesRankingAsTheRankPerOption() {
        assertEquals("2", codes.get("Q21_PRIORITEIT.FINANCIEEL"));
        assertEquals("1", codes.get("Q21_PRIORITEIT.ADMIN"));
        assertEquals("", codes.get("Q21_PRIORITEIT.TAAL"));
    }

    @Test
    void writesUnansweredQuestionsAsEmptyCells() {
        assertEquals("", codes.get("Q08_RENDABEL_TOELICHTING"));
        assertEquals("", codes.get("Q33_EMAIL"));
        assertEquals("", codes.get("Q04_HOOFDACTIVITEIT#OTHER"));
    }

    @Test
    void writesLabelsInTheChosenLanguage() {
        Map<String, String> nl = labels(Language.NL, SampleResponse.werkgevers());
        assertEquals("10 tot 19", nl.get("Q02_GROOTTE"));
        assertEquals("Nee", nl.get("Q09_ERVARING"));
        assertEquals("Eens", nl.get("Q14_MEERWAARDE"));
        assertEquals("Weet niet", nl.get("Q15_KNELPUNTEN.K12"));
        assertEquals("Een cash voordeel", nl.get("Q22_FINANCIEEL_VORM"));
        Map<String, String> fr = labels(Language.FR, SampleResponse.werkgevers());
        assertEquals("10 à 19", fr.get("Q02_GROOTTE"));
        assertEquals("Non", fr.get("Q09_ERVARING"));
        assertEquals("D'accord", fr.get("Q14_MEERWAARDE"));
        assertEquals("Ne sait pas", fr.get("Q15_KNELPUNTEN.K12"));
    }

    @Test
    void labelsModeKeepsHeaderNumbersZeroOneAndRanks() {
        Map<String, String> nl = labels(Language.NL, SampleResponse.werkgevers());
        assertEquals(codes.keySet(), nl.keySet(), "the header stays codes");
        assertEquals("1.5", nl.get("Q07_RENDABEL"));
        assertEquals("1", nl.get("Q13_MOTIEVEN.INSTROOM"));
        assertEquals("0", nl.get("Q13_MOTIEVEN.VAKLUI"));
        assertEquals("1", nl.get("Q21_PRIORITEIT.ADMIN"));
        assertEquals("1", nl.get("version"));
    }

    @Test
    void labelsModeProtectsTextsAgainstFormulas() {
        Map<String, AnswerValue> answers = new LinkedHashMap<>(SampleResponse.werkgevers());
        answers.put("Q13_MOTIEVEN", new AnswerValue.Multiple(List.of("ANDERS"), Optional.of("@SUM(1)")));
        Map<String, String> nl = labels(Language.NL, answers);
        assertEquals("'=HYPERLINK(\"http://x\")\nen meer; of niet", nl.get("Q31_OPMERKINGEN"));
        assertEquals("'@SUM(1)", nl.get("Q13_MOTIEVEN#OTHER"));
    }

    @Test
    void rawTextWritesFormulasAsTyped() {
        Map<String, String> raw = SampleResponse.cells(ResponseCsvWriter.codes(werkgevers, CsvDialect.STANDARD).rawText(),
                SampleResponse.exported(werkgevers, 7, SampleResponse.werkgevers()));
        assertEquals("=HYPERLINK(\"http://x\")\nen meer; of niet", raw.get("Q31_OPMERKINGEN"));
    }

    @Test
    void negativeNumbersAreNotProtected() throws IOException {
        String csv = """
                id: neg
                version: 1
                languages: [nl]
                title: {nl: "T"}
                sections:
                  - id: een
                    title: {nl: "Een"}
                    questions:
                      - {code: SALDO, type: number, label: {nl: "Saldo"}, integer: false}
                """;
        Instrument instrument = org.leerwerkplek.surveys.definition.DefinitionParser.parse("neg.yaml", csv).orThrow();
        Map<String, String> cells = SampleResponse.cells(ResponseCsvWriter.labels(instrument, CsvDialect.STANDARD,
                Language.NL), SampleResponse.exported(instrument, 1, Map.of("SALDO", AnswerValue.Numeric.of("-2.50"))));
        assertEquals("-2.5", cells.get("SALDO"));
    }

    @Test
    void writesTheHeaderAloneWithoutResponses() throws IOException {
        StringWriter out = new StringWriter();
        long written = ResponseCsvWriter.codes(werkgevers, CsvDialect.STANDARD).write(Collections.emptyIterator(), out);
        assertEquals(0, written);
        assertEquals(String.join(",", CsvLayout.of(werkgevers).names()) + "\r\n", out.toString());
    }

    @Test
    void writesSemicolonsAndAByteOrderMarkForExcel() throws IOException {
        StringWriter out = new StringWriter();
        ResponseCsvWriter.codes(werkgevers, CsvDialect.EXCEL_SEMICOLON)
                .write(Stream.of(SampleResponse.exported(werkgevers, 1, SampleResponse.werkgevers())), out);
        String text = out.toString();
        assertTrue(text.startsWith("\uFEFFresponse_id;version;status;"));
        assertTrue(text.contains(";\"'=HYPERLINK(\"\"http://x\"\")\nen meer; of niet\";"), "quoted for ; and the quotes doubled");
        assertTrue(text.contains("\r\n1;1;SUBMITTED;IMPORT;2026-11-22T10:15:30Z;12;W10_19;1;1;0;"));
    }

    @Test
    void writesOneRecordPerResponseAsTheyCome() throws IOException {
        StringWriter out = new StringWriter();
        List<ExportedResponse> responses = List.of(
                SampleResponse.exported(werkgevers, 1, SampleResponse.werkgevers()),
                SampleResponse.exported(werkgevers, 2, Map.of()));
        long written = ResponseCsvWriter.codes(werkgevers, CsvDialect.STANDARD).write(responses.iterator(), out);
        assertEquals(2, written);
        assertTrue(out.toString().contains("\r\n2,1,SUBMITTED,"));
    }

    @Test
    void refusesAResponseOfAnotherVersion() {
        ExportedResponse other = new ExportedResponse(5, 2, "SUBMITTED", "LINK", Optional.empty(), Map.of());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ResponseCsvWriter
                .codes(werkgevers, CsvDialect.STANDARD).write(List.of(other).iterator(), new StringWriter()));
        assertEquals("response 5 is of werkgeversbevraging version 2, this export is of version 1", e.getMessage());
    }

    @Test
    void refusesAnswersTheInstrumentCannotHold() {
        ResponseCsvWriter writer = ResponseCsvWriter.codes(werkgevers, CsvDialect.STANDARD);
        for (Map<String, AnswerValue> wrong : List.of(
                Map.<String, AnswerValue>of("Q99_ONBEKEND", AnswerValue.Single.of("JA")),
                Map.<String, AnswerValue>of("Q02_GROOTTE", new AnswerValue.Text("groot")),
                Map.<String, AnswerValue>of("Q02_GROOTTE", AnswerValue.Single.of("W3")),
                Map.<String, AnswerValue>of("Q03_ACTIVITEITEN", AnswerValue.Multiple.of("KELDERS")),
                Map.<String, AnswerValue>of("Q21_PRIORITEIT", AnswerValue.Ranking.of("KELDERS")),
                Map.<String, AnswerValue>of("Q15_KNELPUNTEN", new AnswerValue.Matrix(Map.of("K99", "3"))),
                Map.<String, AnswerValue>of("Q15_KNELPUNTEN", new AnswerValue.Matrix(Map.of("K01", "9"))))) {
            assertThrows(IllegalArgumentException.class, () -> writer.write(
                    List.of(SampleResponse.exported(werkgevers, 1, wrong)).iterator(), new StringWriter()), wrong.toString());
        }
    }
}
