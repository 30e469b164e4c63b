package org.leerwerkplek.surveys.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.leerwerkplek.surveys.csv.CsvDialect;
import org.leerwerkplek.surveys.definition.DefinitionParser;
import org.leerwerkplek.surveys.definition.model.Instrument;
import org.leerwerkplek.surveys.definition.model.Language;
import org.leerwerkplek.surveys.definition.model.QuestionType;

/** Names SPSS and R accept, labels escaped for both, without running either program. */
class StatVariablesTest {

    /** SPSS: a letter first, then letters, digits, {@code _ . $ # @}, not ending in a dot; R: no $ # @. */
    private static final Pattern VALID = Pattern.compile("[A-Za-z][A-Za-z0-9_.]{0,63}");

    private static Instrument instrument(String id) {
        return DefinitionParser.parse(Path.of("surveys/" + id + ".yaml")).orThrow();
    }

    @Test
    void namesAreValidInSpssAndRAndUniqueWithoutRegardToCase() {
        Set<String> taken = new HashSet<>();
        assertEquals("Q03_OTHER", StatVariables.name("Q03#OTHER", taken));
        assertEquals("Q03.RUWBOUW", StatVariables.name("Q03.RUWBOUW", taken));
        assertEquals("V1_antwoord", StatVariables.name("1 antwoord", taken));
        assertEquals("BY_", StatVariables.name("BY", taken));
        assertEquals("NA_", StatVariables.name("NA", taken));
        assertEquals("TRUE_", StatVariables.name("TRUE", taken));
        assertEquals("V_t_", StatVariables.name("été", taken));
        assertEquals("Q01", StatVariables.name("Q01", taken));
        assertEquals("q01_2", StatVariables.name("q01", taken));
        assertEquals("X._", StatVariables.name("X.", taken));
        String longName = "Q".repeat(80);
        String first = StatVariables.name(longName, taken);
        String second = StatVariables.name(longName, taken);
        assertEquals(64, first.length());
        assertTrue(second.length() <= 64 && !second.equalsIgnoreCase(first), second);
        for (String name : List.of(first, second)) {
            assertTrue(VALID.matcher(name).matches(), name);
        }
    }

    @Test
    void everyVariableOfBothInstrumentsHasAValidUniqueName() {
        for (String id : List.of("werkgeversbevraging", "leerwerkplekfiche")) {
            StatVariables variables = StatVariables.of(instrument(id), Language.FR, true);
            Set<String> seen = new HashSet<>();
            for (StatVariable variable : variables.variables()) {
                assertTrue(VALID.matcher(variable.name()).matches(), variable.name());
                assertTrue(seen.add(variable.name().toUpperCase(Locale.ROOT)), "unique: " + variable.name());
            }
            assertEquals(instrument(id).questions().stream().filter(q -> q.type() == QuestionType.MULTIPLE).count(),
                    variables.sets().size(), "a multiple-response set per multiple-choice question");
            assertEquals(StatVariables.WEIGHT, variables.weight().orElseThrow().name());
        }
    }

    @Test
    void spssDoublesApostrophesAndRWritesAsciiEscapes() {
        assertEquals("'Pas d''accord \"du tout\"'", SpssSyntax.quote("Pas d'accord \"du tout\""));
        assertEquals("\"Pas d'accord \\\"du tout\\\" \\u00e9 \\\\ \\u0153uvre \\U{1f6a7}\"",
                RScript.string("Pas d'accord \"du tout\" é \\ œuvre 🚧"));
        assertEquals("éé", StatVariables.cut("ééé", 5));
        assertEquals("abc", StatVariables.cut("abc", 5));
    }

    @Test
    void theSyntaxCarriesTheFrenchLabelsEscapedAndTheRScriptIsAscii() throws Exception {
        Instrument employers = instrument("werkgeversbevraging");
        StatVariables variables = StatVariables.of(employers, Language.FR, false);
        StringWriter sps = new StringWriter();
        new SpssSyntax(variables, "data.csv", CsvDialect.STANDARD).write(sps);
        String syntax = sps.toString();
        assertEquals(SpssSyntax.BOM, syntax.charAt(0), "UTF-8 with a byte order mark, for SPSS and PSPP");
        assertTrue(syntax.contains("/ENCODING='UTF8'"));
        String french = employers.question("Q06_EVOLUTIE").orElseThrow().label().in(Language.FR);
        assertTrue(syntax.contains(SpssSyntax.quote(french)), "the French label, apostrophes doubled: " + french);
        assertTrue(syntax.contains("MRSETS"));
        assertFalse(syntax.contains("WEIGHT BY"), "no weight in an unweighted export");
        StringWriter r = new StringWriter();
        new RScript(variables, "data.csv", CsvDialect.STANDARD).write(r);
        assertTrue(r.toString().chars().allMatch(c -> c < 128), "the R script is ASCII");
        assertTrue(r.toString().contains(RScript.string(french)));
    }

    @Test
    void labelsAreInTheChosenLanguageWhateverTheComputersLanguageAndDutchWhereTheInstrumentLacksIt() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.FRENCH);
            assertEquals("Antwoordnummer", StatVariables.of(instrument("werkgeversbevraging"), Language.NL, false)
                    .byColumn("response_id").orElseThrow().label());
            assertEquals("Antwoordnummer", StatVariables.of(instrument("leerwerkplekfiche"), Language.EN, false)
                    .byColumn("response_id").orElseThrow().label(), "the fiche has no English: all in Dutch");
            Locale.setDefault(Locale.ENGLISH);
            assertEquals("Numéro de réponse", StatVariables.of(instrument("werkgeversbevraging"), Language.FR, false)
                    .byColumn("response_id").orElseThrow().label());
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void aTypedLineBreakBecomesASpaceSoSpssReadsOneCasePerLine() {
        assertEquals("regel 1 regel 2 en 3", StatisticsFiles.oneLine("regel 1\r\nregel 2\nen\r3"));
    }

    @Test
    void aWeightIsWrittenInFullWithoutExponent() {
        assertEquals("0.00000015", StatisticsFiles.weight(1.5E-7));
        assertEquals("0.9836065573770492", StatisticsFiles.weight(0.9836065573770492));
        assertEquals("", StatisticsFiles.weight(null));
    }

    @Test
    void theZipHoldsTheCsvTheSyntaxAndTheScript() throws Exception {
        StatisticsFiles files = new StatisticsFiles(instrument("leerwerkplekfiche"), Language.EN,
                java.util.Optional.empty(), false);
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        files.write(StatisticsFiles.Part.ZIP, java.util.Collections.emptyIterator(), zip);
        Set<String> names = new HashSet<>();
        try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip.toByteArray()),
                StandardCharsets.UTF_8)) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                names.add(entry.getName());
            }
        }
        assertEquals(Set.of("leerwerkplekfiche-v1-nl.csv", "leerwerkplekfiche-v1-nl.sps", "leerwerkplekfiche-v1-nl.R"),
                names, "the fiche has no English: its labels are Dutch, and the names say so");
    }
}
