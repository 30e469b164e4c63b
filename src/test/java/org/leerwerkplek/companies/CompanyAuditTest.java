package org.leerwerkplek.companies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.leerwerkplek.companies.register.CompanyDetails;
import org.leerwerkplek.companies.register.Contact;
import org.leerwerkplek.companies.register.EnterpriseNumber;
import org.leerwerkplek.companies.register.Province;
import org.leerwerkplek.platform.audit.AuditAction;
import org.leerwerkplek.platform.audit.AuditEntry;
import org.leerwerkplek.platform.audit.FieldChange;
import org.leerwerkplek.platform.testing.MutableClock;
import org.leerwerkplek.platform.testing.RecordingAuditLog;
import org.leerwerkplek.surveys.definition.model.AnswerValue;

/** What the register records in the audit trail: objects, fields that changed, digests, never values. */
class CompanyAuditTest {

    private final RecordingAuditLog log = new RecordingAuditLog(new MutableClock(Instant.parse("2026-12-04T10:00:00Z")));
    private final CompanyAudit audit = new CompanyAudit(log);

    private static final Contact JAN = new Contact("Jan Peeters", "zaakvoerder", "jan@bouw.be", "0470 12 34 56", "nl");
    private static final Contact ELS = new Contact("Els Maes", "", "els@bouw.be", "", "fr");

    @Test
    void aRegistrationRecordsTheCompanyAndEachContactAsObjectsOfTheirOwn() {
        audit.registered(42, details("Bouw Peeters", List.of(JAN, ELS)));

        List<AuditEntry> created = log.entries(AuditAction.CREATE);
        assertEquals(List.of("company:42", "company-contact:42:1", "company-contact:42:2"),
                created.stream().map(e -> e.objectKind() + ":" + e.objectId()).toList());
        assertNoValues(created);
    }

    @Test
    void aChangeRecordsOnlyTheFieldsThatChangedAndARemovedContactAsDeleted() {
        audit.changed(42, details("Bouw Peeters", List.of(JAN, ELS)),
                details("Bouw Peeters NV", List.of(new Contact("Jan Peeters", "zaakvoerder", "jan@bouw.be", "0499 00 00 00", "nl"))));

        List<AuditEntry> updated = log.entries(AuditAction.UPDATE);
        assertEquals(List.of("company:42:[name]", "company-contact:42:1:[phone]"), updated.stream()
                .map(e -> e.objectKind() + ":" + e.objectId() + ":" + e.changes().stream().map(FieldChange::field).toList())
                .toList());
        assertEquals(List.of("42:2"), log.entries(AuditAction.DELETE).stream().map(AuditEntry::objectId).toList());
        assertNoValues(log.entries());
    }

    @Test
    void nothingIsRecordedForAChangeThatChangesNothing() {
        audit.changed(42, details("Bouw Peeters", List.of(JAN)), details("Bouw Peeters", List.of(JAN)));
        audit.companyField(42, "phase", "WERVING_WERKGEVER", "WERVING_WERKGEVER");
        audit.ficheSaved(7, Map.of("F0_GESPREKSPARTNER", new AnswerValue.Text("Jan Peeters")),
                Map.of("F0_GESPREKSPARTNER", new AnswerValue.Text("Jan Peeters")));

        assertTrue(log.entries().isEmpty());
    }

    @Test
    void aFicheSaveRecordsTheCodesOfTheAnswersThatChanged() {
        audit.ficheSaved(7, Map.of("F0_GESPREKSPARTNER", new AnswerValue.Text("Jan Peeters")),
                Map.of("F0_GESPREKSPARTNER", new AnswerValue.Text("Els Maes"), "F1_LEERLINGEN", new AnswerValue.Text("3")));

        AuditEntry saved = log.entries(AuditAction.UPDATE).get(0);
        assertEquals("fiche", saved.objectKind());
        assertEquals(List.of("F0_GESPREKSPARTNER", "F1_LEERLINGEN"),
                saved.changes().stream().map(FieldChange::field).sorted().toList());
        assertEquals(FieldChange.ABSENT, saved.changes().stream().filter(c -> c.field().equals("F1_LEERLINGEN"))
                .findFirst().orElseThrow().before());
        assertNoValues(log.entries());
    }

    @Test
    void anErasedCompanyRecordsItsVisitsAndItselfWithoutValues() {
        audit.erased(42, details("Bouw Peeters", List.of(JAN)), List.of(5L, 6L));

        assertEquals(List.of("visit:5", "visit:6", "company:42"), log.entries(AuditAction.ERASE).stream()
                .map(e -> e.objectKind() + ":" + e.objectId()).toList());
        assertNoValues(log.entries());
    }

    private static void assertNoValues(List<AuditEntry> entries) {
        String all = entries.toString().toLowerCase();
        for (String value : List.of("jan peeters", "jan@bouw.be", "0470", "els maes", "bouw peeters", "zaakvoerder")) {
            assertFalse(all.contains(value), "the trail holds no value: " + value);
        }
    }

    private static CompanyDetails details(String name, List<Contact> contacts) {
        return new CompanyDetails(EnterpriseNumber.parse("0403170701"), name, "Kerkstraat 1", "3000", "Leuven",
                Province.VLAAMS_BRABANT, Set.of(), Optional.of(12), false, Set.of(), Optional.of("adv1"), contacts);
    }
}
