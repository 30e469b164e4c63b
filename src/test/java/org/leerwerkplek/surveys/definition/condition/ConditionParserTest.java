package org.leerwerkplek.surveys.definition.condition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.leerwerkplek.surveys.definition.condition.Condition.And;
import org.leerwerkplek.surveys.definition.condition.Condition.Answered;
import org.leerwerkplek.surveys.definition.condition.Condition.CodeValue;
import org.leerwerkplek.surveys.definition.condition.Condition.Comparison;
import org.leerwerkplek.surveys.definition.condition.Condition.Contains;
import org.leerwerkplek.surveys.definition.condition.Condition.In;
import org.leerwerkplek.surveys.definition.condition.Condition.Not;
import org.leerwerkplek.surveys.definition.condition.Condition.NumberValue;
import org.leerwerkplek.surveys.definition.condition.Condition.Operator;
import org.leerwerkplek.surveys.definition.condition.Condition.Or;
import org.leerwerkplek.surveys.definition.condition.Condition.Reference;

class ConditionParserTest {

    private static final Condition A = eq("A", "JA");
    private static final Condition B = eq("B", "JA");
    private static final Condition C = eq("C", "JA");

    private static Condition eq(String question, String code) {
        return new Comparison(Reference.to(question), Operator.EQ, new CodeValue(code));
    }

    @Test
    void andBindsTighterThanOr() {
        assertEquals(new Or(A, new And(B, C)), ConditionParser.parse("A == JA or B == JA and C == JA"));
        assertEquals(new Or(new And(A, B), C), ConditionParser.parse("A == JA and B == JA or C == JA"));
    }

    @Test
    void notBindsTighterThanAnd() {
        assertEquals(new And(new Not(A), B), ConditionParser.parse("not A == JA and B == JA"));
        assertEquals(new Not(new Not(A)), ConditionParser.parse("not not A == JA"));
    }

    @Test
    void notAppliesToTheWholeContainsTest() {
        assertEquals(new Not(new Contains(Reference.to("Q20_ONDERSTEUNING"), "GEEN")),
                ConditionParser.parse("not Q20_ONDERSTEUNING contains GEEN"));
    }

    @Test
    void parenthesesOverridePrecedence() {
        assertEquals(new And(new Or(A, B), C), ConditionParser.parse("(A == JA or B == JA) and C == JA"));
        assertEquals(new Not(new Or(A, B)), ConditionParser.parse("not (A == JA or B == JA)"));
    }

    @Test
    void andAndOrAreLeftAssociative() {
        assertEquals(new Or(new Or(A, B), C), ConditionParser.parse("A == JA or B == JA or C == JA"));
        assertEquals(new And(new And(A, B), C), ConditionParser.parse("A == JA and B == JA and C == JA"));
    }

    @ParameterizedTest
    @CsvSource({"==, EQ", "!=, NE", "<, LT", "<=, LE", ">, GT", ">=, GE"})
    void everyComparisonOperator(String symbol, Operator operator) {
        assertEquals(new Comparison(Reference.to("Q07_RENDABEL"), operator, new NumberValue(new BigDecimal("2"))),
                ConditionParser.parse("Q07_RENDABEL " + symbol + " 2"));
    }

    @Test
    void numbersMayBeNegativeAndDecimal() {
        assertEquals(new Comparison(Reference.to("Q07"), Operator.GE, new NumberValue(new BigDecimal("-1.5"))),
                ConditionParser.parse("Q07 >= -1.5"));
    }

    @Test
    void inListsCodesOrNumbers() {
        assertEquals(new In(Reference.to("Q02_GROOTTE"), List.of(new CodeValue("W1_4"), new CodeValue("W5_9"))),
                ConditionParser.parse("Q02_GROOTTE in [W1_4, W5_9]"));
        assertEquals(new In(Reference.to("Q21", "FINANCIEEL"), List.of(new NumberValue(BigDecimal.ONE),
                new NumberValue(new BigDecimal("2")))), ConditionParser.parse("Q21.FINANCIEEL in [1,2]"));
    }

    @Test
    void answeredAndItemReferences() {
        assertEquals(new Answered(Reference.to("Q20_ONDERSTEUNING")), ConditionParser.parse("answered(Q20_ONDERSTEUNING)"));
        assertEquals(new Comparison(Reference.to("Q15_KNELPUNTEN", "K05"), Operator.GE,
                new NumberValue(new BigDecimal("4"))), ConditionParser.parse("Q15_KNELPUNTEN.K05 >= 4"));
    }

    @Test
    void spacesBetweenTokensAreOptional() {
        assertEquals(ConditionParser.parse("(A == JA or B == JA) and not C == JA"),
                ConditionParser.parse("(A==JA or B==JA)and not C==JA"));
    }

    @Test
    void parsesEveryExampleOfTheReadme() throws IOException {
        // each example of surveys/README.md 6.5, with its structure written out in full brackets
        Map<String, String> structures = new LinkedHashMap<>();
        structures.put("Q09_ERVARING == JA", "Q09_ERVARING == JA");
        structures.put("Q07_RENDABEL > 2", "Q07_RENDABEL > 2");
        structures.put("Q20_ONDERSTEUNING contains PRESELECTIE", "Q20_ONDERSTEUNING contains PRESELECTIE");
        structures.put("Q02_GROOTTE in [W1_4, W5_9]", "Q02_GROOTTE in [W1_4, W5_9]");
        structures.put("Q20_ONDERSTEUNING in [PROEF_KANDIDAAT, PROEF_WERKGEVER]",
                "Q20_ONDERSTEUNING in [PROEF_KANDIDAAT, PROEF_WERKGEVER]");
        structures.put("Q20_ONDERSTEUNING contains ADMIN or Q15_KNELPUNTEN.K05 >= 4",
                "(Q20_ONDERSTEUNING contains ADMIN or Q15_KNELPUNTEN.K05 >= 4)");
        structures.put("answered(Q20_ONDERSTEUNING) and not Q20_ONDERSTEUNING contains GEEN",
                "(answered(Q20_ONDERSTEUNING) and not Q20_ONDERSTEUNING contains GEEN)");
        structures.put("Q21_PRIORITEIT.FINANCIEEL == 1", "Q21_PRIORITEIT.FINANCIEEL == 1");
        structures.put("F2_KANDIDAAT_PROFIEL.LEERVAARDIGHEID == ONBEKEND",
                "F2_KANDIDAAT_PROFIEL.LEERVAARDIGHEID == ONBEKEND");
        structures.put("not F2_SCHOOL_CONTACT == ZELDEN and (F2_SCHOOL.AFSPRAKEN >= 3 or F2_SCHOOL.OPVOLGING >= 3)",
                "(not F2_SCHOOL_CONTACT == ZELDEN and (F2_SCHOOL.AFSPRAKEN >= 3 or F2_SCHOOL.OPVOLGING >= 3))");
        assertEquals(List.copyOf(structures.keySet()), readmeExamples());
        structures.forEach((example, structure) -> {
            Condition parsed = ConditionParser.parse(example);
            assertEquals(structure, parsed.toString(), example);
            assertEquals(parsed, ConditionParser.parse(structure), "the structure of " + example + " parses back");
        });
        NumberValue three = new NumberValue(new BigDecimal("3"));
        assertEquals(new And(new Not(eq("F2_SCHOOL_CONTACT", "ZELDEN")), new Or(
                        new Comparison(Reference.to("F2_SCHOOL", "AFSPRAKEN"), Operator.GE, three),
                        new Comparison(Reference.to("F2_SCHOOL", "OPVOLGING"), Operator.GE, three))),
                ConditionParser.parse(readmeExamples().get(9)));
    }

    /** The conditions quoted in the examples of surveys/README.md, section 6.5, in order. */
    private static List<String> readmeExamples() throws IOException {
        String readme = Files.readString(Path.of("surveys", "README.md"), StandardCharsets.UTF_8);
        int section = readme.indexOf("### 6.5 Examples");
        int start = readme.indexOf("```text", section);
        int end = readme.indexOf("```", start + "```text".length());
        List<String> examples = new ArrayList<>();
        Matcher quoted = Pattern.compile("^\"([^\"]+)\"", Pattern.MULTILINE).matcher(readme.substring(start, end));
        while (quoted.find()) {
            examples.add(quoted.group(1));
        }
        return examples;
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
        "''                                | 1  | the condition is empty",
        "Q01 == A and (Q02 == B            | 23 | expected \")\" but found the end of the condition",
        "Q01 == A AND Q02 == B             | 10 | expected and, or or the end of the condition but found code AND (keywords are lowercase: write and)",
        "Q01 == A Or Q02 == B              | 10 | unknown word 'Or'; keywords are lowercase: write or",
        "q01 == A                          | 1  | unknown word 'q01'; keywords are lowercase (and, or, not, in, contains, answered) and codes UPPERCASE",
        "Q01 = A                           | 5  | use == to compare",
        "Q01 ! A                           | 5  | use != (not equal) or the keyword not",
        "Q01 A                             | 5  | expected ==, !=, <, <=, >, >=, in or contains after Q01 but found code A",
        "Q01 ==                            | 7  | expected a code or a number but found the end of the condition",
        "Q01 in [A, B                      | 13 | expected \",\" or \"]\" but found the end of the condition",
        "Q01 in A                          | 8  | expected \"[\" after in but found code A",
        "Q01 contains 3                    | 14 | expected an option code after contains but found number 3",
        "Q01. == 3                         | 6  | expected an item or option code after \"Q01.\" but found \"==\"",
        "answered Q01                      | 10 | expected \"(\" after answered but found code Q01",
        "Q07 > 1,5                         | 8  | write decimals with a point (1.5), not a comma",
        "Q07 > 1.                          | 9  | expected digits after the decimal point",
        "Q07 > 2 and                       | 12 | expected a question code, answered(…), not or \"(\" but found the end of the condition",
        "Q01 == \"A\"                      | 8  | quotes are not allowed inside a condition",
        "Q01 == A ; Q02 == B               | 10 | unexpected character ';'",
        "Q01 == 1ABC                       | 8  | a code must start with a letter: 1ABC",
        ") and Q01 == A                    | 1  | expected a question code, answered(…), not or \"(\" but found \")\"",
    })
    void syntaxErrorsGiveTheColumnInTheCondition(String text, int column, String problem) {
        ConditionSyntaxException e = assertThrows(ConditionSyntaxException.class,
                () -> ConditionParser.parse(text.strip()));
        assertEquals(problem, e.problem());
        assertEquals(column, e.column());
    }

    @Test
    void aConditionIsOneLine() {
        ConditionSyntaxException e = assertThrows(ConditionSyntaxException.class,
                () -> ConditionParser.parse("Q01 == A\nand Q02 == B"));
        assertEquals(9, e.column());
        assertEquals("a condition must be written on one line", e.problem());
    }
}
