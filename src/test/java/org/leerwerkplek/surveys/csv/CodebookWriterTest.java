package org.leerwerkplek.surveys.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.leerwerkplek.surveys.definition.model.Instrument;

class CodebookWriterTest {

    private final Instrument werkgevers = Instruments.werkgeversbevraging();

    private static List<Map<String, String>> read(String text) throws IOException {
        CsvRecordReader reader = CsvRecordReader.detecting(new StringReader(text));
        List<String> header = reader.next().orElseThrow().fields();
        List<Map<String, String>> rows = new ArrayList<>();
        for (Optional<CsvRecord> next = reader.next(); next.isPresent(); next = reader.next()) {
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), next.get().fields().get(i));
            }
            rows.add(row);
        }
        return rows;
    }

    private List<Map<String, String>> codebook() throws IOException {
        StringWriter out = new StringWriter();
        new CodebookWriter(werkgevers).write(out, CsvDialect.STANDARD);
        return read(out.toString());
    }

    private static List<Map<String, String>> of(List<Map<String, String>> rows, String column) {
        return rows.stream().filter(r -> r.get("column").equals(column)).toList();
    }

    @Test
    void hasAHeaderWithALabelColumnPerLanguage() throws IOException {
        StringWriter out = new StringWriter();
        new CodebookWriter(werkgevers).write(out, CsvDialect.STANDARD);
        String header = out.toString().substring(0, out.toString().indexOf("\r\n"));
        assertEquals("column,question,type,question_label_nl,question_label_fr,item,item_label_nl,item_label_fr,"
                + "value,value_label_nl,value_label_fr,format,shown_when", header);
    }

    @Test
    void describesEveryColumnOfTheLayout() throws IOException {
        List<String> described = codebook().stream().map(r -> r.get("column")).distinct().toList();
        assertEquals(CsvLayout.of(werkgevers).names(), described);
    }

    @Test
    void singleHasARowPerOption() throws IOException {
        List<Map<String, String>> rows = of(codebook(), "Q02_GROOTTE");
        assertEquals(List.of("W1_4", "W5_9", "W10_19", "W20_49", "W50_99", "W100_PLUS"),
                rows.stream().map(r -> r.get("value")).toList());
        Map<String, String> first = rows.get(0);
        assertEquals("Q02_GROOTTE", first.get("question"));
        assertEquals("single", first.get("type"));
        assertEquals("Hoeveel werknemers (arbeiders en bedienden samen) telt uw bedrijf?", first.get("question_label_nl"));
        assertEquals("Combien de travailleurs (ouvriers et employés ensemble) compte votre entreprise\u00a0?",
                first.get("question_label_fr"));
        assertEquals("1 tot 4", first.get("value_label_nl"));
        assertEquals("1 à 4", first.get("value_label_fr"));
        assertEquals("", first.get("item"));
    }

    @Test
    void yesnoHasJaAndNee() throws IOException {
        List<Map<String, String>> rows = of(codebook(), "Q09_ERVARING");
        assertEquals(List.of("JA:Ja:Oui", "NEE:Nee:Non"), rows.stream()
                .map(r -> r.get("value") + ":" + r.get("value_label_nl") + ":" + r.get("value_label_fr")).toList());
    }

    @Test
    void multipleHasOneRowPerOptionColumnWithTheOptionAsItem() throws IOException {
        List<Map<String, String>> rows = of(codebook(), "Q03_ACTIVITEITEN.RUWBOUW");
        assertEquals(1, rows.size());
        assertEquals("RUWBOUW", rows.get(0).get("item"));
        assertEquals("Ruwbouw en metselwerk", rows.get(0).get("item_label_nl"));
        assertEquals("Gros œuvre et maçonnerie", rows.get(0).get("item_label_fr"));
        assertTrue(rows.get(0).get("format").startsWith("1 = chosen, 0 = not chosen"));
        Map<String, String> other = of(codebook(), "Q03_ACTIVITEITEN#OTHER").get(0);
        assertEquals("ANDERS", other.get("item"));
        assertEquals("text given with option ANDERS, at most 200 characters; empty unless ANDERS is chosen",
                other.get("format"));
    }

    @Test
    void matrixItemsHaveTheScaleAsValues() throws IOException {
        List<Map<String, String>> rows = of(codebook(), "Q15_KNELPUNTEN.K05");
        assertEquals(List.of("1", "2", "3", "4", "5", "WEET_NIET"), rows.stream().map(r -> r.get("value")).toList());
        assertEquals("K05", rows.get(0).get("item"));
        assertEquals("Administratie als struikelblok.", rows.get(0).get("item_label_nl"));
        assertEquals("Helemaal oneens", rows.get(0).get("value_label_nl"));
        assertEquals("Ne sait pas", rows.get(5).get("value_label_fr"));
        assertEquals("scale point 1-5, na WEET_NIET", rows.get(0).get("format"));
    }

    @Test
    void rankingGivesTheRankRangeAndTheFilter() throws IOException {
        Map<String, String> row = of(codebook(), "Q21_PRIORITEIT.ADMIN").get(0);
        assertEquals("ranking", row.get("type"));
        assertEquals("rank 1 to 3 (1 = first); empty = not ranked; only options chosen in Q20_ONDERSTEUNING can be given",
                row.get("format"));
        assertEquals("(answered(Q20_ONDERSTEUNING) and not Q20_ONDERSTEUNING contains GEEN)", row.get("shown_when"));
    }

    @Test
    void numbersTextsAndConditions() throws IOException {
        List<Map<String, String>> rows = codebook();
        assertEquals("number, decimals with a dot, at least 0, at most 10", of(rows, "Q07_RENDABEL").get(0).get("format"));
        assertEquals("whole number, at least 0, at most 5000", of(rows, "Q01_ARBEIDERS").get(0).get("format"));
        Map<String, String> toelichting = of(rows, "Q08_RENDABEL_TOELICHTING").get(0);
        assertEquals("text, at most 2000 characters", toelichting.get("format"));
        assertEquals("Q07_RENDABEL > 2", toelichting.get("shown_when"));
        assertEquals("Q09_ERVARING == JA", of(rows, "Q11_AANTAL_LERENDEN").get(0).get("shown_when"),
                "the section's condition");
        assertEquals("", of(rows, "Q01_ARBEIDERS").get(0).get("shown_when"));
    }

    @Test
    void dateGivesItsBounds() throws IOException {
        StringWriter out = new StringWriter();
        new CodebookWriter(Instruments.fiche()).write(out, CsvDialect.STANDARD);
        Map<String, String> row = of(read(out.toString()), "F0_DATUM").get(0);
        assertEquals("date YYYY-MM-DD, to today", row.get("format"));
    }

    @Test
    void responseColumnsSayWhatImportDoesWithThem() throws IOException {
        List<Map<String, String>> rows = codebook();
        assertEquals("1", of(rows, "version").get(0).get("value"));
        assertTrue(of(rows, "version").get(0).get("format").contains("required on import and must be 1"));
        for (String ignored : List.of("response_id", "status", "channel", "submitted_at")) {
            assertTrue(of(rows, ignored).get(0).get("format").contains("ignored on import"), ignored);
        }
    }

    @Test
    void writesTheExcelDialect() throws IOException {
        StringWriter out = new StringWriter();
        new CodebookWriter(werkgevers).write(out, CsvDialect.EXCEL_SEMICOLON);
        assertTrue(out.toString().startsWith("\uFEFFcolumn;question;type;"));
    }
}
