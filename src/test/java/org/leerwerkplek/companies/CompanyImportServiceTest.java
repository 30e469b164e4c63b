package org.leerwerkplek.companies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.leerwerkplek.platform.DomainException;
import org.leerwerkplek.platform.audit.AuditAction;
import org.leerwerkplek.platform.testing.FakeEntityManager;
import org.leerwerkplek.platform.testing.MutableClock;
import org.leerwerkplek.platform.testing.RecordingAuditLog;

/**
 * The register's import, all or nothing, with the register in memory: admins only, a number the
 * register has already stores nothing and names its line, and a good file stores every company
 * with its assigned advisor's reach and one row in the trail.
 */
class CompanyImportServiceTest {

    private static final String CSV = """
            name;enterprise_number;province;subsectors;employees;advisor
            Bouw Peeters;BE 0403.170.701;antwerpen;RUWBOUW;12;ann
            Dak Maes;0202.239.951;limburg;DAKWERKEN;4;
            """;

    private FakeEntityManager store;
    private RecordingAuditLog audit;
    private CompanyImportService imports;

    @BeforeEach
    void setUp() {
        store = CompanyServiceTest.store();
        store.answer(Company.EXISTING_NUMBERS, p -> store.all(Company.class).stream()
                .map(c -> c.details().number().digits()).filter(((List<?>) p.get("numbers"))::contains).toList());
        MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));
        audit = new RecordingAuditLog(clock);
        imports = new CompanyImportService(store.entityManager(), audit, clock);
    }

    @Test
    void onlyAdminsImport() {
        DomainException refused = assertThrows(DomainException.class,
                () -> imports.importCsv(CompanyServiceTest.ANN, new StringReader(CSV)));

        assertEquals("company.import.adminOnly", refused.messageKey());
        assertEquals(List.of(), store.all(Company.class));
    }

    @Test
    void aGoodFileStoresEveryCompanyWithItsAdvisorsReach() throws IOException {
        CompanyImportService.ImportOutcome outcome = imports.importCsv(CompanyServiceTest.ADMIN, new StringReader(CSV));

        assertEquals(List.of(), outcome.problems());
        assertEquals(2, outcome.imported());
        assertEquals(2, store.all(Company.class).size());
        assertEquals(List.of("ann"), store.all(CompanyReach.class).stream().map(CompanyReach::advisor).toList());
        assertEquals(List.of("2"), audit.entries(AuditAction.CREATE).stream()
                .filter(e -> e.objectKind().equals(CompanyAudit.IMPORT)).map(e -> e.objectId()).toList());
    }

    @Test
    void aNumberTheRegisterHasStoresNothingAndNamesItsLine() throws IOException {
        store.persist(new Company(CompanyServiceTest.details("0202239951", "Dak Maes", Optional.empty()),
                Instant.parse("2026-01-01T00:00:00Z")));

        CompanyImportService.ImportOutcome outcome = imports.importCsv(CompanyServiceTest.ADMIN, new StringReader(CSV));

        assertEquals(0, outcome.imported());
        assertEquals(1, outcome.problems().size());
        assertEquals(3, outcome.problems().get(0).line());
        assertEquals(1, store.all(Company.class).size());
        assertEquals(List.of(), audit.entries());
    }
}
