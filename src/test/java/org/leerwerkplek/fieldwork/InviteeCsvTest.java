package org.leerwerkplek.fieldwork;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.leerwerkplek.platform.tables.StrictUtf8Reader;

/** Reading and checking invitee lists: every problem with its line, nothing half-accepted. */
class InviteeCsvTest {

    private static InviteeCsv.Parsed read(String csv) throws IOException {
        return InviteeCsv.read(new StringReader(csv));
    }

    @Test
    void readsTheColumnsInAnyOrderWithQuotesAndSemicolons() throws IOException {
        InviteeCsv.Parsed parsed = read("""
                email;language;company;contact;size_class;region
                an@bouw.be;fr;"Bouw; Zonen";"An ""Mie"" Peeters";10-49;WVL
                """);

        assertEquals(List.of(), parsed.problems());
        InviteeLine line = parsed.lines().get(0);
        assertEquals("Bouw; Zonen", line.company());
        assertEquals("An \"Mie\" Peeters", line.contact());
        assertEquals("fr", line.language());
        assertEquals("10-49", line.sizeClass());
        assertEquals(null, line.subsector());
        assertEquals("WVL", line.region());
    }

    @Test
    void aLatin1FileIsRefusedWithTheLineOfItsFirstNonUtf8Byte() throws IOException {
        byte[] latin1 = "company,contact,email,language\nBouw,An,an@bouw.be,nl\nCaf\u00E9 Zo\u00EB,Ren\u00E9,rene@cafe.be,fr\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        InviteeCsv.Parsed parsed = InviteeCsv.read(new StrictUtf8Reader(new ByteArrayInputStream(latin1)));
        assertEquals(List.of(new LineProblem(3, "fieldwork.import.notUtf8", List.of("3"))), parsed.problems());
        assertTrue(parsed.lines().isEmpty(), "no line is taken, not even the good first one");
    }

    @Test
    void aMissingColumnIsReportedOnTheHeader() throws IOException {
        InviteeCsv.Parsed parsed = read("company,contact,language\nBouw,An,nl\n");

        assertEquals(List.of(LineProblem.of(1, "fieldwork.import.columnMissing", "email")), parsed.problems());
        assertTrue(parsed.lines().isEmpty());
    }

    @Test
    void badAddressesDuplicatesAndUnknownLanguagesAreReportedPerLine() throws IOException {
        InviteeCsv.Parsed parsed = read("""
                company,contact,email,language
                Bouw A,An,an@bouw.be,nl
                Bouw B,Bert,geen adres,nl
                Bouw C,Cis,AN@bouw.be,en
                Bouw D,Dirk,dirk@bouw.be,de
                Bouw E,Eva,eva@bouw.be,nl
                """);

        List<LineProblem> problems = InviteeList.check(parsed.lines(), 2, Set.of("eva@bouw.be"));

        assertEquals(List.of(
                LineProblem.of(3, "fieldwork.import.emailInvalid", "geen adres"),
                LineProblem.of(4, "fieldwork.import.duplicate", "AN@bouw.be"),
                LineProblem.of(5, "fieldwork.import.languageInvalid", "de"),
                LineProblem.of(6, "fieldwork.import.duplicate", "eva@bouw.be")), problems);
    }

    @Test
    void aLineWithTheWrongNumberOfFieldsIsReported() throws IOException {
        InviteeCsv.Parsed parsed = read("company,contact,email,language\nBouw,An,an@bouw.be\n");

        assertEquals(List.of(LineProblem.of(2, "fieldwork.import.fieldCount", 3, 4)), parsed.problems());
    }

    @Test
    void normalisingLowersTheAddressAndLanguageAndEmptiesGroups() {
        InviteeLine line = InviteeList.normalised(new InviteeLine(" Bouw ", " An ", " An@Bouw.be ", "FR", " ", "RUWBOUW",
                null, null));

        assertEquals(new InviteeLine("Bouw", "An", "an@bouw.be", "fr", null, "RUWBOUW", null, null), line);
    }
}
