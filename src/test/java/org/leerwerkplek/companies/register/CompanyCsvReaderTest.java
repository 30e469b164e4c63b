package org.leerwerkplek.companies.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.leerwerkplek.platform.tables.StrictUtf8Reader;

class CompanyCsvReaderTest {

    private static CompanyImport read(String csv) throws IOException {
        return new CompanyCsvReader().read(new StringReader(csv));
    }

    private static List<String> where(CompanyImport result) {
        return result.problems().stream()
                .map(p -> p.line() + ":" + p.column() + ":" + p.messageKey()).toList();
    }

    @Test
    void aCorrectFileGivesEveryCompanyWithItsLine() throws IOException {
        CompanyImport result = read("""
                name;enterprise_number;province;subsectors;employees;recognised;systems;contact_name;contact_email
                Bouw Peeters;BE 0403.170.701;antwerpen;RUWBOUW|dakwerken;12;ja;DUAAL_LEREN;An Peeters;an@peeters.be

                Dak & Co;1234567894;LIMBURG;;3;nee;;;
                """);

        assertTrue(result.isValid(), result.problems().toString());
        assertEquals(2, result.rows());
        CompanyDetails first = result.companies().get(0).details();
        assertEquals(2, result.companies().get(0).line());
        assertEquals("0403170701", first.number().digits());
        assertEquals(Province.ANTWERPEN, first.province());
        assertEquals(Set.of(Subsector.RUWBOUW, Subsector.DAKWERKEN), first.subsectors());
        assertEquals(Optional.of(SizeClass.FROM_10_TO_19), first.sizeClass());
        assertTrue(first.recognised());
        assertEquals("an@peeters.be", first.contacts().get(0).email());
        assertEquals(4, result.companies().get(1).line());
        assertEquals(List.of(), result.companies().get(1).details().contacts());
    }

    @Test
    void everyWrongCellIsReportedWithLineAndColumnAndNothingIsKept() throws IOException {
        CompanyImport result = read("""
                enterprise_number,name,province,subsectors,employees
                0403.170.701,Goed,ANTWERPEN,RUWBOUW,4
                0403.170.702,Foute check,ANTWERPEN,RUWBOUW,4
                1234567894,Onbekende sector,LIMBURG,BAKKERIJ,4
                0000009797,,ATLANTIS,,veel
                0403170701,Dubbel,ANTWERPEN,,1
                """);

        assertFalse(result.isValid());
        assertEquals(List.of(), result.companies(), "nothing is handed over from a wrong file");
        assertEquals(List.of("3:1:company.number.check", "4:4:company.subsector.unknown",
                "5:3:company.province.unknown", "5:5:company.employees.notANumber",
                "6:1:company.number.duplicateInFile"), where(result));
        assertEquals("BAKKERIJ", result.problems().get(1).arguments()[0]);
        assertEquals(2, result.problems().get(4).arguments()[1], "names the line it first appeared on");
        assertEquals(5, result.rows());
    }

    @Test
    void aNumberAlreadyInTheRegisterIsReportedInTheNumbersCellLikeAWrongCheckDigit() throws IOException {
        CompanyImport result = read("name,province,enterprise_number\nBouw,LUIK,0403170701\n");
        CompanyImport wrong = read("name,province,enterprise_number\nBouw,LUIK,0403170702\n");

        ImportProblem registered = result.alreadyRegistered(result.companies().get(0));
        assertEquals("2:3:company.number.duplicate", registered.line() + ":" + registered.column() + ":"
                + registered.messageKey());
        assertEquals("enterprise_number", registered.columnName());
        assertEquals(List.of("2:3:company.number.check"), where(wrong), "the same cell as a wrong check digit");
    }

    @Test
    void aMissingNameIsFoundAfterTheCellsAreRead() throws IOException {
        CompanyImport result = read("enterprise_number,name,province\n0403170701,  ,BRUSSEL\n");

        assertEquals(List.of("2:2:company.name.required"), where(result));
    }

    @Test
    void aHeaderWithAnUnknownOrMissingColumnStopsBeforeTheRows() throws IOException {
        CompanyImport result = read("enterprise_number,naam,name\n0403170701,x,y\n");

        assertEquals(List.of("1:2:company.import.unknownColumn", "1:0:company.import.missingColumn"), where(result));
        assertEquals(0, result.rows());
    }

    @Test
    void aRecordWithTooFewFieldsIsOneProblem() throws IOException {
        CompanyImport result = read("enterprise_number,name,province\n0403170701,Bouw\n");

        assertEquals(List.of("2:0:company.import.fieldCount"), where(result));
    }

    @Test
    void aLatin1FileIsRefusedWithTheLineOfItsFirstNonUtf8Byte() throws IOException {
        byte[] latin1 = "enterprise_number,name,province,city\n0403170701,Bouw nv,LUIK,Gent\n0403170701,Caf\u00E9 R\u00E9n\u00E9,LUIK,Li\u00E8ge\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        CompanyImport result = new CompanyCsvReader().read(new StrictUtf8Reader(new ByteArrayInputStream(latin1)));
        assertEquals(List.of("3:0:company.import.notUtf8"), where(result), "only the encoding, not the number given twice");
        assertEquals(List.of("3"), result.problems().get(0).arguments() == null ? List.of()
                : java.util.Arrays.stream(result.problems().get(0).arguments()).map(String::valueOf).toList());
        assertTrue(result.companies().isEmpty(), "nothing is kept");
    }

    @Test
    void anEmptyFileIsAProblem() throws IOException {
        assertEquals(List.of("1:0:company.import.empty"), where(read("")));
    }

    @Test
    void recognisedNeedsItsSystems() throws IOException {
        CompanyImport result = read("enterprise_number,name,province,recognised,systems\n0403170701,Bouw,LUIK,oui,\n"
                + "1234567894,Bouw 2,LUIK,misschien,\n");

        assertEquals(List.of("2:5:company.systems.required", "3:4:company.import.yesNo"), where(result));
    }

    @Test
    void systemsOfACompanyThatIsNotRecognisedAreRefusedNotDropped() throws IOException {
        CompanyImport result = read("enterprise_number,name,province,recognised,systems\n0403170701,Bouw,LUIK,nee,DBSO\n"
                + "1234567894,Bouw 2,LUIK,,IBO|DBSO\n");

        assertEquals(List.of("2:5:company.systems.notRecognised", "3:5:company.systems.notRecognised"), where(result));
    }

    @Test
    void numberedContactColumnsGiveSeveralContactsInTheirOrder() throws IOException {
        CompanyImport result = read("""
                enterprise_number,name,province,contact1_name,contact1_role,contact1_email,contact2_name,contact2_phone,contact2_language,contact3_name
                0403170701,Bouw Peeters,ANTWERPEN,An Peeters,zaakvoerder,an@peeters.be,Luc Maes,+32 3 123 45 67,FR,
                1234567894,Dak & Co,LIMBURG,,,,Els Claes,,,Tom Wouters
                """);

        assertTrue(result.isValid(), result.problems().toString());
        List<Contact> first = result.companies().get(0).details().contacts();
        assertEquals(List.of(new Contact("An Peeters", "zaakvoerder", "an@peeters.be", "", "nl"),
                new Contact("Luc Maes", "", "", "+32 3 123 45 67", "fr")), first);
        assertEquals(List.of("Els Claes", "Tom Wouters"),
                result.companies().get(1).details().contacts().stream().map(Contact::name).toList(),
                "an empty contact 1 is left out; contacts 2 and 3 keep their order");
    }

    @Test
    void aWrongContactCellIsReportedInItsOwnColumnAndNothingIsKept() throws IOException {
        CompanyImport result = read("""
                enterprise_number,name,province,contact1_name,contact1_email,contact2_name,contact2_email
                0403170701,Bouw Peeters,ANTWERPEN,An Peeters,an@peeters.be,Luc Maes,luc-at-maes.be
                1234567894,Dak & Co,LIMBURG,,,,els@claes.be
                """);

        assertFalse(result.isValid());
        assertEquals(List.of(), result.companies());
        assertEquals(List.of("2:7:company.contact.email", "3:6:company.contact.name"), where(result));
        assertEquals("contact2_email", result.problems().get(0).columnName());
        assertEquals("luc-at-maes.be", result.problems().get(0).arguments()[0]);
    }

    @Test
    void theSingleContactColumnsAreContactOneAndNamedAsWritten() throws IOException {
        CompanyImport result = read("enterprise_number,name,province,contact_name,contact_email,contact2_name\n"
                + "0403170701,Bouw,LUIK,An,an@,Bert\n");

        assertEquals(List.of("2:5:company.contact.email"), where(result));
        assertEquals("contact_email", result.problems().get(0).columnName());

        CompanyImport both = read("enterprise_number,name,province,contact_name,contact1_name\n0403170701,Bouw,LUIK,An,An\n");
        assertEquals(List.of("1:5:company.import.repeatedColumn"), where(both));
    }

    @Test
    void aSixthContactIsAnUnknownColumn() throws IOException {
        CompanyImport result = read("enterprise_number,name,province,contact6_name\n0403170701,Bouw,LUIK,An\n");

        assertEquals(List.of("1:4:company.import.unknownColumn"), where(result));
        assertTrue(result.problems().get(0).arguments()[1].toString().contains("contactN_email"));
    }

    /**
     * The README and the import help on the page (in every language) name the columns this reader
     * reads, the required ones first, in the reader's order.
     */
    @Test
    void theReadmeAndThePageNameTheColumnsTheReaderReads() throws IOException {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8).replaceAll("\\s+", " ");
        String importItem = readme.substring(readme.indexOf("- Import: `POST /api/v1/companies/import`"));
        importItem = importItem.substring(0, importItem.indexOf(" - "));
        assertTrue(importItem.contains(String.join(", ", CompanyCsvReader.REQUIRED.stream().map(c -> "`" + c + "`").toList())
                + " (required)"), importItem);
        assertNamesInOrder(importItem, "`", "README");

        for (String bundle : List.of("messages", "messages_fr", "messages_en")) {
            Properties texts = new Properties();
            try (InputStream in = getClass().getResourceAsStream("/org/leerwerkplek/companies/" + bundle + ".properties")) {
                texts.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            }
            String help = texts.getProperty("company.list.importHelp");
            assertTrue(help.contains(String.join(", ", CompanyCsvReader.REQUIRED) + " ("), bundle + ": " + help);
            assertNamesInOrder(help, "", bundle);
        }
    }

    private static void assertNamesInOrder(String text, String quote, String where) {
        List<String> names = new java.util.ArrayList<>(CompanyCsvReader.REQUIRED);
        CompanyCsvReader.COMPANY_COLUMNS.stream().filter(c -> !names.contains(c)).forEach(names::add);
        CompanyCsvReader.CONTACT_FIELDS.forEach(f -> names.add("contactN_" + f));
        int at = -1;
        for (String name : names) {
            int next = text.indexOf(quote + name + quote, at + 1);
            assertTrue(next > at, where + " names " + name + " after the columns before it: " + text);
            at = next;
        }
    }
}
