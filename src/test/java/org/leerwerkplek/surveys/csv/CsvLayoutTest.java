package org.leerwerkplek.surveys.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.leerwerkplek.surveys.csv.CsvColumn.Kind;
import org.leerwerkplek.surveys.definition.model.Instrument;

class CsvLayoutTest {

    private final CsvLayout werkgevers = CsvLayout.of(Instruments.werkgeversbevraging());
    private final CsvLayout fiche = CsvLayout.of(Instruments.fiche());

    private List<String> names(CsvLayout layout, String question) {
        return layout.columnsOf(question).stream().map(CsvColumn::name).toList();
    }

    private List<Kind> kinds(CsvLayout layout, String question) {
        return layout.columnsOf(question).stream().map(CsvColumn::kind).toList();
    }

    @Test
    void startsWithTheResponseColumns() {
        assertEquals(List.of("response_id", "version", "status", "channel", "submitted_at"),
                werkgevers.names().subList(0, 5));
        assertEquals(List.of(Kind.RESPONSE_ID, Kind.VERSION, Kind.STATUS, Kind.CHANNEL, Kind.SUBMITTED_AT),
                werkgevers.columns().subList(0, 5).stream().map(CsvColumn::kind).toList());
        assertEquals("Q01_ARBEIDERS", werkgevers.names().get(5));
    }

    @Test
    void countsEveryColumnOfBothInstruments() {
        // Counted from the YAML, independently of the Java parser:
        // python3 -c "…" summing 1 per question, options(+other+none) for multiple/ranking, items for
        // likert-matrix, +1 for each question with other, +5 response columns → 135 and 160.
        assertEquals(135, werkgevers.size());
        assertEquals(160, fiche.size());
    }

    @Test
    void namesAreUniqueAndFindable() {
        assertEquals(werkgevers.size(), new HashSet<>(werkgevers.names()).size());
        for (int i = 0; i < werkgevers.size(); i++) {
            assertEquals(i, werkgevers.indexOf(werkgevers.names().get(i)).getAsInt());
        }
        assertTrue(werkgevers.indexOf("Q99_NIETS").isEmpty());
        assertTrue(werkgevers.columnsOf("Q99_NIETS").isEmpty());
        assertTrue(werkgevers.column("Q15_KNELPUNTEN.K05").isPresent());
    }

    @Test
    void number() {
        assertEquals(List.of("Q01_ARBEIDERS"), names(werkgevers, "Q01_ARBEIDERS"));
        assertEquals(List.of(Kind.ANSWER), kinds(werkgevers, "Q01_ARBEIDERS"));
    }

    @Test
    void single() {
        assertEquals(List.of("Q02_GROOTTE"), names(werkgevers, "Q02_GROOTTE"));
        assertEquals(List.of(Kind.ANSWER), kinds(werkgevers, "Q02_GROOTTE"));
    }

    @Test
    void singleWithOtherHasATextColumnAfterIt() {
        assertEquals(List.of("Q04_HOOFDACTIVITEIT", "Q04_HOOFDACTIVITEIT#OTHER"), names(werkgevers, "Q04_HOOFDACTIVITEIT"));
        assertEquals(List.of(Kind.ANSWER, Kind.OTHER_TEXT), kinds(werkgevers, "Q04_HOOFDACTIVITEIT"));
        assertEquals("ANDERS", werkgevers.column("Q04_HOOFDACTIVITEIT#OTHER").orElseThrow().partCode());
    }

    @Test
    void multipleHasAColumnPerOptionThenTheOtherText() {
        assertEquals(List.of("Q03_ACTIVITEITEN.RUWBOUW", "Q03_ACTIVITEITEN.DAKWERKEN", "Q03_ACTIVITEITEN.SCHRIJNWERK",
                        "Q03_ACTIVITEITEN.TEGELWERK", "Q03_ACTIVITEITEN.PLEISTERWERK", "Q03_ACTIVITEITEN.SCHILDERWERK",
                        "Q03_ACTIVITEITEN.GRONDWERKEN", "Q03_ACTIVITEITEN.ANDERS", "Q03_ACTIVITEITEN#OTHER"),
                names(werkgevers, "Q03_ACTIVITEITEN"));
        assertEquals(Kind.CHOSEN, werkgevers.column("Q03_ACTIVITEITEN.ANDERS").orElseThrow().kind());
        assertEquals(Kind.OTHER_TEXT, werkgevers.column("Q03_ACTIVITEITEN#OTHER").orElseThrow().kind());
    }

    @Test
    void multipleWithNoneIncludesTheNoneOption() {
        List<String> names = names(werkgevers, "Q17_DREMPELS_BEDRIJF");
        assertEquals(List.of("Q17_DREMPELS_BEDRIJF.TIJD", "Q17_DREMPELS_BEDRIJF.PLANNING", "Q17_DREMPELS_BEDRIJF.KOSTEN",
                "Q17_DREMPELS_BEDRIJF.RENDEMENT", "Q17_DREMPELS_BEDRIJF.DIDACTIEK", "Q17_DREMPELS_BEDRIJF.PLOEGGENOTEN",
                "Q17_DREMPELS_BEDRIJF.KENNIS_STELSELS", "Q17_DREMPELS_BEDRIJF.ANDERS",
                "Q17_DREMPELS_BEDRIJF.GEEN", "Q17_DREMPELS_BEDRIJF#OTHER"), names);
    }

    @Test
    void yesno() {
        assertEquals(List.of("Q09_ERVARING"), names(werkgevers, "Q09_ERVARING"));
        assertEquals(List.of(Kind.ANSWER), kinds(werkgevers, "Q09_ERVARING"));
    }

    @Test
    void likert() {
        assertEquals(List.of("Q14_MEERWAARDE"), names(werkgevers, "Q14_MEERWAARDE"));
    }

    @Test
    void likertMatrixHasAColumnPerItem() {
        List<String> names = names(werkgevers, "Q15_KNELPUNTEN");
        assertEquals(12, names.size());
        assertEquals("Q15_KNELPUNTEN.K01", names.get(0));
        assertEquals("Q15_KNELPUNTEN.K12", names.get(11));
        assertTrue(kinds(werkgevers, "Q15_KNELPUNTEN").stream().allMatch(k -> k == Kind.ITEM));
    }

    @Test
    void rankingHasAColumnPerOption() {
        assertEquals(List.of("Q21_PRIORITEIT.FINANCIEEL", "Q21_PRIORITEIT.PROEF_KANDIDAAT",
                        "Q21_PRIORITEIT.PROEF_WERKGEVER", "Q21_PRIORITEIT.PRESELECTIE", "Q21_PRIORITEIT.TAAL",
                        "Q21_PRIORITEIT.MENTOR", "Q21_PRIORITEIT.COACHING", "Q21_PRIORITEIT.ADMIN"),
                names(werkgevers, "Q21_PRIORITEIT"));
        assertTrue(kinds(werkgevers, "Q21_PRIORITEIT").stream().allMatch(k -> k == Kind.RANK));
    }

    @Test
    void textAndLongtext() {
        assertEquals(List.of("Q33_EMAIL"), names(werkgevers, "Q33_EMAIL"));
        assertEquals(List.of("Q31_OPMERKINGEN"), names(werkgevers, "Q31_OPMERKINGEN"));
    }

    @Test
    void date() {
        assertEquals(List.of("F0_DATUM"), names(fiche, "F0_DATUM"));
        assertEquals(List.of(Kind.ANSWER), kinds(fiche, "F0_DATUM"));
    }

    @Test
    void questionsComeInInstrumentOrder() {
        Instrument instrument = Instruments.werkgeversbevraging();
        List<String> order = werkgevers.columns().stream().skip(5).map(CsvColumn::questionCode).distinct().toList();
        assertEquals(instrument.questions().stream().map(q -> q.code()).toList(), order);
    }

    @Test
    void onlyVersionAndAnswerColumnsAreRequiredOnImport() {
        assertFalse(Kind.RESPONSE_ID.isRequiredOnImport());
        assertTrue(Kind.VERSION.isRequiredOnImport());
        assertFalse(Kind.STATUS.isRequiredOnImport());
        assertFalse(Kind.CHANNEL.isRequiredOnImport());
        assertFalse(Kind.SUBMITTED_AT.isRequiredOnImport());
        for (Kind kind : List.of(Kind.ANSWER, Kind.OTHER_TEXT, Kind.CHOSEN, Kind.ITEM, Kind.RANK)) {
            assertTrue(kind.isRequiredOnImport(), kind.name());
            assertFalse(kind.isResponseColumn(), kind.name());
        }
    }

    @Test
    void noColumnNameCanBeADataCode() {
        // the response columns are lowercase, the others contain "." or "#" or are a question code
        for (CsvColumn column : werkgevers.columns()) {
            boolean plainCode = column.name().matches("[A-Z][A-Z0-9_]*");
            assertEquals(column.kind() == Kind.ANSWER, plainCode, column.name());
        }
    }
}
