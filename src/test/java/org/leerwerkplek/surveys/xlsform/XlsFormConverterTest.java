package org.leerwerkplek.surveys.xlsform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.leerwerkplek.platform.tables.Zips;
import org.leerwerkplek.surveys.definition.DefinitionParser;
import org.leerwerkplek.surveys.definition.model.Instrument;
import org.leerwerkplek.surveys.definition.model.Language;
import org.leerwerkplek.surveys.definition.model.Question;
import org.leerwerkplek.surveys.definition.model.Section;

/**
 * The XLSForm converter on real, public XLSForms and on our own. Fixtures (pyxform's one-file CSV
 * layout, under src/test/resources/org/leerwerkplek/surveys/xlsform):
 * <ul>
 * <li>{@code pyxform-widgets.csv}, {@code pyxform-group.csv}, {@code pyxform-loop.csv} and
 * {@code pyxform-case-insensitivity.csv}: recreated from the test fixtures of XLSForm/pyxform
 * (https://github.com/XLSForm/pyxform, {@code pyxform/tests/example_xls/widgets.csv},
 * {@code tests/example_xls/group.csv}, {@code pyxform/tests/example_xls/loop.csv},
 * {@code tests/example_xls/case_insensitivity.csv}); pyxform is under the BSD 2-Clause licence,
 * Copyright (c) 2012 modilabs / XLSForm contributors;</li>
 * <li>{@code leerwerkplek-drietalig.csv}: ours, Dutch/French/English, with every supported feature;</li>
 * <li>{@code alles-wat-niet-kan.csv}: ours, with every feature the engine cannot represent.</li>
 * </ul>
 * Every conversion must pass the product's own parser ({@link DefinitionParser}); each is also converted
 * from a workbook ({@code .xlsx}) built from the same cells, which must give the same YAML.
 */
public class XlsFormConverterTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-06T09:00:00Z"), ZoneId.of("Europe/Brussels"));
    private final XlsFormConverter converter = new XlsFormConverter(CLOCK);

    @Test
    void theTrilingualFormConvertsEverySupportedFeature() throws Exception {
        XlsFormConversion c = convert("leerwerkplek-drietalig.csv");

        assertTrue(c.converted(), c.findings() + " " + c.checks());
        assertEquals("werkplekleren_kort", c.id());
        assertEquals(List.of(), c.findings(), "nothing is lost in this form");
        Instrument instrument = parsed(c);
        assertEquals(List.of(Language.NL, Language.FR, Language.EN), instrument.languages());
        assertEquals(9, c.questions());
        String yaml = c.yaml().orElseThrow();
        assertTrue(yaml.contains("relevant: \"ERVARING == JA\""), yaml);
        assertTrue(yaml.contains("relevant: \"(ERVARING == JA) and (WELKE_STELSELS contains DUAAL)\""), yaml);
        assertTrue(yaml.contains("relevant: \"WELKE_STELSELS contains DUAAL or WELKE_STELSELS contains STAGE\""), yaml);
        assertTrue(yaml.contains("relevant: \"not (TEVREDENHEID == SLECHT)\""), yaml);
        assertTrue(yaml.contains("relevant: \"not ERVARING == NEE and ARBEIDERS >= 5\""), yaml);
        assertTrue(yaml.contains("relevant: \"RENDABEL > 2\""), yaml);
        assertTrue(yaml.contains("min: 0\n        max: 5000"), yaml);
        assertTrue(yaml.contains("maxChoices: 3"), yaml);
        assertTrue(yaml.contains("maxLength: 500"), yaml);
        assertTrue(yaml.contains("maxDate: today"), yaml);
        assertTrue(yaml.contains("type: longtext"), yaml);
        assertTrue(yaml.contains("type: ranking"), yaml);
        assertTrue(yaml.contains("other: {code: \"OTHER\", nl: \"Andere, namelijk\", fr: \"Autre, à savoir\", en: \"Other, namely\"}"), yaml);
        assertTrue(yaml.contains("fr: \"Indiquez un nombre entre 0 et 5000.\""), yaml);
        assertTrue(yaml.contains("en: \"Do not count subcontractors.\""), yaml);
        Section first = instrument.sections().get(0);
        assertEquals("Welkom bij deze korte bevraging.", first.intro().orElseThrow().in(Language.NL));
        Question arbeiders = instrument.question("ARBEIDERS").orElseThrow();
        assertTrue(arbeiders.required());
        assertEquals(List.of("deel", "stelsels", "duaal_blok", "stelsels_2", "deel_2"),
                instrument.sections().stream().map(Section::id).toList());
        assertEquals("Nog enkele vragen over de stage.",
                instrument.sections().get(3).intro().orElseThrow().in(Language.NL), "a note after a group's page opens a page");
    }

    @Test
    void everyUnsupportedFeatureIsListedPerRowAndTheRestConverts() throws Exception {
        XlsFormConversion c = convert("alles-wat-niet-kan.csv");

        assertTrue(c.converted(), c.findings() + " " + c.checks());
        parsed(c);
        List<String> found = c.findings().stream()
                .map(f -> f.sheet() + ":" + f.row() + ":" + f.name() + ":" + (f.skipped() ? "skipped" : "partial") + ":" + f.key())
                .toList();
        List<String> expected = List.of(
                "survey:2:label::swahili (sw):skipped:xlsform.column.language",
                "survey:3:start:skipped:xlsform.type.metadata",
                "survey:4:deviceid:skipped:xlsform.type.metadata",
                "survey:7:gemeente:partial:xlsform.select.choiceFilter",
                "survey:8:kinderen:skipped:xlsform.type.repeat",
                "survey:9:kind_naam:skipped:xlsform.row.inRepeat",
                "survey:10:kind_leeftijd:skipped:xlsform.row.inRepeat",
                "survey:11::skipped:xlsform.row.inRepeat",
                "survey:12:locatie:skipped:xlsform.type.geo",
                "survey:13:route:skipped:xlsform.type.geo",
                "survey:14:perceel:skipped:xlsform.type.geo",
                "survey:15:foto:skipped:xlsform.type.media",
                "survey:16:geluid:skipped:xlsform.type.media",
                "survey:17:film:skipped:xlsform.type.media",
                "survey:18:bijlage:skipped:xlsform.type.media",
                "survey:19:dubbel:skipped:xlsform.type.calculate",
                "survey:20:school:skipped:xlsform.type.fromFile",
                "survey:21:talen:skipped:xlsform.type.fromFile",
                "survey:22:leeftijd:partial:xlsform.constraint.expression",
                "survey:23:toelichting:partial:xlsform.relevant.question",
                "survey:24:ouder:partial:xlsform.relevant.question",
                "survey:25:som:partial:xlsform.relevant.question",
                "survey:26:gewicht:partial:xlsform.constraint.strict",
                "survey:27:uur:skipped:xlsform.type.time");
        assertEquals(expected, found);
        assertEquals("xlsform.xpath.compareText", c.findings().get(19).args().get(1), "why: a text answer is compared");
        assertEquals("xlsform.xpath.unknownQuestion", c.findings().get(20).args().get(1), "why: the question was in a repeat");
        assertEquals("xlsform.xpath.expression", c.findings().get(21).args().get(1), "why: arithmetic");
        assertEquals(List.of("NAAM", "PROVINCIE", "GEMEENTE", "LEEFTIJD", "TOELICHTING", "OUDER", "SOM", "GEWICHT"),
                parsed(c).sections().stream().flatMap(s -> s.questions().stream()).map(Question::code).toList());
        assertFalse(c.yaml().orElseThrow().contains("relevant:"), "no untranslatable condition is half-written");
    }

    @Test
    void pyxformsWidgetsFormKeepsItsSimpleQuestionsAndListsTheRest() throws Exception {
        XlsFormConversion c = convert("pyxform-widgets.csv");

        assertTrue(c.converted(), c.findings() + " " + c.checks());
        Instrument instrument = parsed(c);
        assertEquals("pyxform-widgets", c.yaml().isPresent() ? fileBase() : "");
        assertEquals(List.of("MY_STRING", "MY_INT", "MY_DECIMAL", "MY_DATE", "MY_SELECT", "MY_SELECT1", "MY_OUTPUT",
                "NUMBERASSTRING", "SPINNER", "SPINNER_ALL", "SELECTADVANCE", "AUTOCOMPLETE"),
                instrument.sections().stream().flatMap(s -> s.questions().stream()).map(Question::code).toList());
        String yaml = c.yaml().orElseThrow();
        assertTrue(yaml.contains("max: 9"), "an integer below 10 is at most 9: " + yaml);
        assertTrue(yaml.contains("minDate: today"), yaml);
        assertTrue(yaml.contains("{code: \"C1\", nl: \"option 1\"}"), "choice names that are numbers get a letter: " + yaml);
        List<String> keys = c.findings().stream().map(f -> f.row() + ":" + f.key()).toList();
        assertEquals(List.of("5:xlsform.constraint.strict", "5:xlsform.column.default", "6:xlsform.column.default",
                "7:xlsform.type.time", "8:xlsform.constraint.expression", "8:xlsform.column.default",
                "9:xlsform.column.default", "10:xlsform.type.acknowledge", "11:xlsform.label.piping",
                "11:xlsform.relevant.question", "11:xlsform.column.readonly", "12:xlsform.type.geo",
                "13:xlsform.type.media", "14:xlsform.type.media", "15:xlsform.type.media", "16:xlsform.type.media",
                "18:xlsform.type.geo", "19:xlsform.type.time"), keys, "row numbers are the CSV file's lines");
    }

    private String fileBase() {
        return "pyxform-widgets";
    }

    @Test
    void pyxformsGroupFormBecomesTwoPagesInEnglishWithDutchCopied() throws Exception {
        XlsFormConversion c = convert("pyxform-group.csv");

        Instrument instrument = parsed(c);
        assertEquals(List.of(Language.NL, Language.EN), instrument.languages());
        assertEquals(List.of("deel", "father"), instrument.sections().stream().map(Section::id).toList());
        assertEquals("Father", instrument.sections().get(1).title().in(Language.EN));
        assertEquals(List.of("0:xlsform.language.copied"), c.findings().stream().map(f -> f.row() + ":" + f.key()).toList());
        assertEquals(List.of("nl", "en", "4"), c.findings().get(0).args(), "three labels and the group's title");
    }

    @Test
    void pyxformsLoopFormKeepsTheSelectWithItsOtherAndListsTheLoop() throws Exception {
        XlsFormConversion c = convert("pyxform-loop.csv");

        Instrument instrument = parsed(c);
        Question q = instrument.question("AVAILABLE_TOILET_TYPES").orElseThrow();
        assertTrue(c.yaml().orElseThrow().contains("other: {code: \"OTHER\""), c.yaml().orElseThrow());
        assertEquals(3, q.choices().options().size());
        assertEquals(List.of("4:xlsform.type.repeat", "5:xlsform.row.inRepeat", "6:xlsform.row.inRepeat"),
                c.findings().stream().filter(f -> f.row() > 0).map(f -> f.row() + ":" + f.key()).toList());
    }

    @Test
    void pyxformsCaseInsensitiveFormReadsUppercaseSheetsAndHeaders() throws Exception {
        XlsFormConversion c = convert("pyxform-case-insensitivity.csv");

        Instrument instrument = parsed(c);
        assertEquals("yesno", c.id());
        assertEquals("Yes or no", instrument.title().in(Language.EN));
        assertEquals(List.of("N1_C", "N2_C"), instrument.question("Q1").orElseThrow().choices()
                .options().stream().map(o -> o.code()).toList());
        assertEquals(List.of("4:xlsform.type.fromFile", "5:xlsform.type.external"),
                c.findings().stream().filter(f -> f.row() > 0).map(f -> f.row() + ":" + f.key()).toList());
    }

    @Test
    void aWorkbookGivesTheSameYamlAsItsCsvForm() throws Exception {
        for (String fixture : List.of("leerwerkplek-drietalig.csv", "alles-wat-niet-kan.csv", "pyxform-widgets.csv",
                "pyxform-group.csv", "pyxform-loop.csv", "pyxform-case-insensitivity.csv")) {
            XlsFormSheets fromCsv = XlsFormReader.read(resource(fixture));
            XlsFormSheets fromXlsx = XlsFormReader.read(workbook(fromCsv));
            XlsFormConversion a = converter.convert(fromCsv, fixture, Language.NL, Optional.empty());
            XlsFormConversion b = converter.convert(fromXlsx, fixture, Language.NL, Optional.empty());
            assertEquals(a.yaml(), b.yaml(), fixture);
            assertEquals(a.findings().stream().map(f -> f.key() + f.name()).toList(),
                    b.findings().stream().map(f -> f.key() + f.name()).toList(), fixture);
        }
    }

    @Test
    void anIdChosenByTheAdminWinsAndIsMadeAValidId() throws Exception {
        XlsFormConversion c = converter.convert(XlsFormReader.read(resource("pyxform-group.csv")), "x.csv", Language.EN,
                Optional.of("Mijn Vragenlijst 2"));

        assertEquals("mijn_vragenlijst_2", c.id());
        assertTrue(DefinitionParser.parse("mijn_vragenlijst_2.yaml", c.yaml().orElseThrow()).isSuccess());
    }

    @Test
    void aFormWithoutAnyConvertibleQuestionGivesNoYaml() throws Exception {
        byte[] csv = "survey\n,type,name,label\n,geopoint,waar,Waar?\n,note,n,Hallo\n".getBytes(StandardCharsets.UTF_8);

        XlsFormConversion c = converter.convert(XlsFormReader.read(csv), "leeg.csv", Language.NL, Optional.empty());

        assertFalse(c.converted());
        assertEquals(List.of("xlsform.type.geo", "xlsform.note.noQuestion", "xlsform.nothing"),
                c.findings().stream().map(Finding::key).toList());
    }

    @Test
    void textsWithQuotesBackslashesAndLineBreaksSurviveTheYaml() throws Exception {
        byte[] csv = ("survey\n,type,name,label::fr,hint::fr\n,text,t,\"Il dit : \"\"oui\"\" \\ # non\",\"ligne 1\nligne 2\"\n"
                + ",select_one yn,yn,Oui ou non ?,\nchoices\n,list_name,name,label::fr\n,yn,yes,Oui\n,yn,no,Non\n,yn,true,Vrai\n")
                .getBytes(StandardCharsets.UTF_8);

        XlsFormConversion c = converter.convert(XlsFormReader.read(csv), "q.csv", Language.FR, Optional.empty());

        Instrument instrument = parsed(c);
        assertEquals("Il dit : \"oui\" \\ # non", instrument.question("T").orElseThrow().label().in(Language.FR));
        assertEquals("ligne 1\nligne 2", instrument.question("T").orElseThrow().help().orElseThrow().in(Language.FR));
        assertEquals(List.of("YES", "NO", "TRUE"), instrument.question("YN").orElseThrow().choices()
                .options().stream().map(o -> o.code()).toList(), "YAML 1.1 booleans stay codes, quoted");
    }

    @Test
    void badFilesAreRefusedWithAMessageKeyEveryLanguageHas() throws Exception {
        List<byte[]> bad = List.of(new byte[0], "PK\u0003\u0004 not a zip".getBytes(StandardCharsets.ISO_8859_1),
                zip("a.txt", "hello"), new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0},
                "choices\n,list_name,name\n,a,b\n".getBytes(StandardCharsets.UTF_8),
                ",type,name\n,text,a\n".getBytes(StandardCharsets.UTF_8),
                "survey\n,label\n,Hallo\n".getBytes(StandardCharsets.UTF_8),
                new byte[] {'s', 'u', (byte) 0xFF, (byte) 0xFE, '\n'},
                "survey\n,type,name\n,text,\"a\n".getBytes(StandardCharsets.UTF_8));
        List<String> keys = new ArrayList<>();
        for (byte[] file : bad) {
            XlsFormFileException e = assertThrows(XlsFormFileException.class, () -> XlsFormReader.read(file));
            keys.add(e.key());
        }
        assertEquals(List.of("xlsform.file.empty", "xlsform.file.unreadable", "xlsform.file.unreadable",
                "xlsform.file.xls", "xlsform.file.noSurvey", "xlsform.file.csvLayout", "xlsform.file.surveyColumns",
                "xlsform.file.notUtf8", "xlsform.file.csvSyntax"), keys);
        for (String key : keys) {
            assertInEveryBundle(key);
        }
    }

    @Test
    void workbooksBeyondTheLimitsOrBrokenInsideAreRefusedWithTheirMessage() throws Exception {
        List<String> keys = new ArrayList<>();
        for (int variant = 0; variant < 4; variant++) {
            byte[] file;
            try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
                Sheet survey = book.createSheet("survey");
                Row header = survey.createRow(0);
                header.createCell(0).setCellValue("type");
                header.createCell(1).setCellValue("name");
                Row row = survey.createRow(variant == 0 ? XlsFormReader.MAX_ROWS + 1 : 1);
                row.createCell(variant == 1 ? XlsFormReader.MAX_COLUMNS : 0).setCellValue("text");
                book.write(out);
                file = out.toByteArray();
            }
            if (variant == 2) { // the sheet's XML cut short
                file = Zips.replaced(file, "xl/worksheets/sheet1.xml", "<worksheet><sheetData><row r=\"1\">");
            } else if (variant == 3) { // an external entity
                file = Zips.replaced(file, "xl/worksheets/sheet1.xml", "<!DOCTYPE w [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                        + "<worksheet><sheetData><row r=\"1\"><c t=\"inlineStr\"><is><t>&x;</t></is></c></row>"
                        + "</sheetData></worksheet>");
            }
            byte[] upload = file;
            keys.add(assertThrows(XlsFormFileException.class, () -> XlsFormReader.read(upload)).key());
        }
        assertEquals(List.of("xlsform.file.tooManyRows", "xlsform.file.tooManyColumns", "xlsform.file.unreadable",
                "xlsform.file.unreadable"), keys);
        // one row fewer, one column fewer: read
        XlsFormSheets sheets = XlsFormReader.read(workbook(XlsFormReader.read(
                "survey\n,type,name\n,text,a\n".getBytes(StandardCharsets.UTF_8))));
        assertEquals("text", sheets.sheet("survey").orElseThrow().rows().get(0).cells().get("type"));
    }

    @Test
    void everyReasonTheConverterGivesIsInEveryBundle() throws Exception {
        for (String fixture : List.of("leerwerkplek-drietalig.csv", "alles-wat-niet-kan.csv", "pyxform-widgets.csv",
                "pyxform-group.csv", "pyxform-loop.csv", "pyxform-case-insensitivity.csv")) {
            for (Finding f : convert(fixture).findings()) {
                assertInEveryBundle(f.key());
                for (String arg : f.args()) {
                    if (arg.startsWith("xlsform.")) {
                        assertInEveryBundle(arg);
                    }
                }
            }
        }
    }

    // --- helpers ------------------------------------------------------------------------------

    private XlsFormConversion convert(String fixture) throws Exception {
        return converter.convert(XlsFormReader.read(resource(fixture)), fixture, Language.NL, Optional.empty());
    }

    private static Instrument parsed(XlsFormConversion c) {
        assertEquals(List.of(), c.checks());
        var result = DefinitionParser.parse(c.id() + ".yaml", c.yaml().orElseThrow());
        assertTrue(result.isSuccess(), result.errors() + "\n" + c.yaml().orElseThrow());
        return result.orThrow();
    }

    static byte[] resource(String name) {
        try (InputStream in = XlsFormConverterTest.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same cells as a workbook: one sheet per XLSForm sheet, the headers in row 1, numbers as numeric cells. */
    public static byte[] workbook(XlsFormSheets sheets) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String name : List.of("survey", "choices", "settings")) {
                Optional<XlsFormSheets.Sheet> sheet = sheets.sheet(name);
                if (sheet.isEmpty()) {
                    continue;
                }
                Sheet s = book.createSheet(name);
                Row header = s.createRow(0);
                List<String> headers = sheet.get().headers();
                for (int i = 0; i < headers.size(); i++) {
                    header.createCell(i).setCellValue(headers.get(i));
                }
                for (XlsFormSheets.Row row : sheet.get().rows()) {
                    Row r = s.createRow(row.number() - 1);
                    for (int i = 0; i < headers.size(); i++) {
                        String v = row.cells().get(headers.get(i));
                        if (v != null && v.matches("-?[0-9]+(\\.[0-9]+)?")) {
                            r.createCell(i).setCellValue(Double.parseDouble(v)); // as a spreadsheet holds 1, 18.31
                        } else if (v != null && v.equalsIgnoreCase("false")) {
                            r.createCell(i).setCellValue(false);
                        } else if (v != null) {
                            r.createCell(i).setCellValue(v);
                        }
                    }
                }
            }
            book.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] zip(String entry, String content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    private static void assertInEveryBundle(String key) throws IOException {
        for (String suffix : List.of("", "_fr", "_en")) {
            Properties p = new Properties();
            try (InputStream in = XlsFormConverterTest.class
                    .getResourceAsStream("/org/leerwerkplek/surveys/messages" + suffix + ".properties")) {
                p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            }
            assertTrue(p.containsKey(key), key + " in messages" + suffix);
        }
    }
}
