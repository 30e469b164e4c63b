package org.leerwerkplek.companies.suitability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.leerwerkplek.surveys.definition.yaml.DefinitionError;
import org.leerwerkplek.surveys.definition.yaml.ParseResult;

class SuitabilityParserTest {

    private static final String FILE = "leerwerkplekfiche.suitability.yaml";

    /** A small rule file; the criterion starts on line 7, its levels on lines 12 and 15. */
    private static final String BASE = """
            instrument: leerwerkplekfiche
            instrumentVersion: 1
            version: 1
            languages: [nl, fr]
            title: {nl: "Geschiktheid", fr: "Aptitude"}
            criteria:
              - code: BEGELEIDING
                kind: kern
                label: {nl: "Begeleiding", fr: "Encadrement"}
                default: ZWAK
                levels:
                  - code: STERK
                    label: {nl: "Sterk", fr: "Forte"}
                    when: "F2_MENTOR == JA"
                  - code: ZWAK
                    label: {nl: "Zwak", fr: "Faible"}
            """;

    private static ParseResult<SuitabilityRules> parse(String text) {
        return SuitabilityParser.parse(FILE, text, Shipped.fiche());
    }

    private static List<String> errors(String text) {
        return parse(text).errors().stream().map(DefinitionError::toString).toList();
    }

    @Test
    void theShippedRulesLoadWithoutErrors() {
        ParseResult<SuitabilityRules> result = SuitabilityParser.parse(Shipped.FOLDER.resolve(FILE), Shipped.fiche());
        assertEquals(List.of(), result.errors());
        SuitabilityRules rules = result.orThrow();
        assertEquals(List.of("LEERCAPACITEIT_KANDIDAAT", "BEGELEIDINGSCAPACITEIT_BEDRIJF", "SAMENWERKING_SCHOOL",
                "LAAGDREMPELIGE_REGELGEVING"), rules.criteria().stream().map(Criterion::code).toList());
        assertEquals(List.of(Criterion.Kind.KERN, Criterion.Kind.KERN, Criterion.Kind.FACILITEREND,
                Criterion.Kind.FACILITEREND), rules.criteria().stream().map(Criterion::kind).toList());
        assertEquals("NOG_NIET_GESCHIKT", rules.overall().orElseThrow().levels().defaultCode());
        assertEquals(10, rules.supportForms().size());
        assertEquals(24, rules.proposals().size());
        assertTrue(rules.criterion("SAMENWERKING_SCHOOL").orElseThrow().levels().level("NOG_GEEN").isPresent());
    }

    @Test
    void theSmallRuleFileIsValid() {
        assertEquals(List.of(), errors(BASE));
    }

    @Test
    void theDefaultLevelHasNoWhenAndEveryOtherLevelHasOne() {
        assertEquals(List.of(FILE + ":17:9: BEGELEIDING.ZWAK: the default level must not have when; it is given when "
                + "no other level's condition holds"), errors(BASE + "        when: \"F2_MENTOR == NEE\"\n"));
        assertEquals(List.of(FILE + ":12:9: BEGELEIDING.STERK: missing when; every level except the default (ZWAK) "
                + "needs a condition"), errors(BASE.replace("        when: \"F2_MENTOR == JA\"\n", "")));
        assertEquals(List.of(FILE + ":10:14: BEGELEIDING.default: level MATIG does not exist (levels: STERK, ZWAK)"),
                errors(BASE.replace("default: ZWAK", "default: MATIG")));
    }

    @Test
    void aCriterionCodeMustNotBeAQuestionCode() {
        assertEquals(List.of(FILE + ":7:11: criterion code F2_MENTOR is also a question code of leerwerkplekfiche.yaml; "
                + "choose another code"), errors(BASE.replace("code: BEGELEIDING", "code: F2_MENTOR")));
    }

    @Test
    void theInstrumentVersionMustMatch() {
        assertEquals(List.of(FILE + ":2:20: instrumentVersion 2 does not match leerwerkplekfiche.yaml version 1; review "
                + "the rules for the new version and set instrumentVersion to 1"),
                errors(BASE.replace("instrumentVersion: 1", "instrumentVersion: 2")));
        assertEquals(List.of("andere.suitability.yaml:1:13: instrument 'leerwerkplekfiche' does not match the file name; "
                + "rules for leerwerkplekfiche belong in leerwerkplekfiche.suitability.yaml"),
                SuitabilityParser.parse("andere.suitability.yaml", BASE, Shipped.fiche()).errors().stream()
                        .map(DefinitionError::toString).toList());
    }

    @Test
    void conditionsAreCheckedAgainstTheFiche() {
        assertEquals(List.of(FILE + ":14:15: BEGELEIDING.STERK.when: unknown option MISSCHIEN in \"F2_MENTOR == MISSCHIEN\" "
                + "(F2_MENTOR has JA, NEE)"), errors(BASE.replace("F2_MENTOR == JA", "F2_MENTOR == MISSCHIEN")));
        assertEquals(List.of(FILE + ":14:15: BEGELEIDING.STERK.when: unknown question F9_MENTOR in \"F9_MENTOR == JA\" "
                + "(not in leerwerkplekfiche.yaml)"), errors(BASE.replace("F2_MENTOR == JA", "F9_MENTOR == JA")));
        assertEquals(List.of(FILE + ":14:41: BEGELEIDING.STERK.when, column 26: expected a code or a number but found "
                + "the end of the condition in \"F2_MENTOR == JA and F2 ==\""),
                errors(BASE.replace("F2_MENTOR == JA", "F2_MENTOR == JA and F2 ==")));
    }

    @Test
    void theVerdictReadsOnlyCriteria() {
        String overall = """
                overall:
                  label: {nl: "Geschiktheid", fr: "Aptitude"}
                  default: NIET
                  levels:
                    - code: WEL
                      label: {nl: "Wel", fr: "Oui"}
                      when: "%s"
                    - code: NIET
                      label: {nl: "Niet", fr: "Non"}
                """;
        assertEquals(List.of(), errors(BASE + overall.formatted("BEGELEIDING == STERK")));
        assertEquals(List.of(FILE + ":23:13: overall.WEL.when: F2_MENTOR is a question in \"F2_MENTOR == JA\" (the overall "
                + "verdict may only use criterion codes: BEGELEIDING)"), errors(BASE + overall.formatted("F2_MENTOR == JA")));
        assertEquals(List.of(FILE + ":23:13: overall.WEL.when: unknown option MATIG in \"BEGELEIDING == MATIG\" "
                + "(BEGELEIDING has STERK, ZWAK)"), errors(BASE + overall.formatted("BEGELEIDING == MATIG")));
    }

    @Test
    void supportFormsAndProposals() {
        String forms = """
                supportForms:
                  - code: MENTOROPLEIDING
                    label: {nl: "Mentoropleiding", fr: "Formation de tuteur"}
                  - code: COACHING
                    label: {nl: "Coaching", fr: "Coaching"}
                proposals:
                  - support: MENTOROPLEIDING
                    when: "BEGELEIDING == ZWAK or F2_MENTOR_OPLEIDING == NEE"
                    reason: {nl: "Zwakke begeleiding.", fr: "Encadrement faible."}
                  - support: PROEF
                    when: "F1_WERKNEMERS < 5"
                    reason: {nl: "Klein bedrijf.", fr: "Petite entreprise."}
                """;
        assertEquals(List.of(
                FILE + ":17:1: supportForms: COACHING is never proposed; add a proposal rule for it or remove it",
                FILE + ":26:14: proposal 2.support: unknown support form PROEF (supportForms: MENTOROPLEIDING, COACHING)"),
                errors(BASE + forms));
        assertEquals(List.of(FILE + ":17:1: supportForms needs proposals: rules that propose them"),
                errors(BASE + forms.substring(0, forms.indexOf("proposals:"))));
    }

    @Test
    void aCriterionCannotReadAnotherCriterion() {
        String second = """
                  - code: TWEEDE
                    kind: faciliterend
                    label: {nl: "Tweede", fr: "Deuxième"}
                    default: NEE
                    levels:
                      - code: JA
                        label: {nl: "Ja", fr: "Oui"}
                        when: "BEGELEIDING == STERK"
                      - code: NEE
                        label: {nl: "Nee", fr: "Non"}
                """;
        assertEquals(List.of(FILE + ":24:15: TWEEDE.JA.when: criterion BEGELEIDING is used in a criterion in "
                + "\"BEGELEIDING == STERK\" (criterion codes can be used in overall and proposals)"), errors(BASE + second));
    }

    @Test
    void anUnknownKindIsRefused() {
        assertEquals(List.of(FILE + ":8:11: BEGELEIDING.kind: unknown kind 'kernig'; expected kern or faciliterend"),
                errors(BASE.replace("kind: kern", "kind: kernig")));
    }
}
