package org.leerwerkplek.companies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.leerwerkplek.platform.DomainException;
import org.leerwerkplek.platform.audit.AuditAction;
import org.leerwerkplek.platform.testing.FakeEntityManager;
import org.leerwerkplek.platform.testing.MutableClock;
import org.leerwerkplek.platform.testing.RecordingAuditLog;

/**
 * The rules of visits and support actions that hold before any fiche is read, with the register
 * in memory ({@link FakeEntityManager}): a visit needs a date within a year and a company the
 * advisor may change; an action of a company the caller may not see is not found as an action
 * (nothing about the company leaks); an action changed on an older copy is a conflict. The fiche's
 * own rules need the surveys part and are tested in CompaniesIT.
 */
class VisitServiceTest {

    private FakeEntityManager store;
    private RecordingAuditLog audit;
    private VisitService visits;
    private long annsCompany;
    private LocalDate today;

    @BeforeEach
    void setUp() {
        store = CompanyServiceTest.store();
        MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));
        today = LocalDate.of(2026, 3, 2);
        audit = new RecordingAuditLog(clock);
        AccessibleCompanies access = new AccessibleCompanies(store.entityManager());
        CompanyReaches reaches = new CompanyReaches(store.entityManager());
        annsCompany = new CompanyService(store.entityManager(), access, reaches, audit, clock)
                .register(CompanyServiceTest.ANN, CompanyServiceTest.details("0403170701", "Bouw Peeters", Optional.empty()))
                .id();
        // Neither the surveys part nor the accounts are reached by these rules.
        visits = new VisitService(store.entityManager(), access, reaches, null, null, null, audit, clock);
    }

    @Test
    void aVisitNeedsADateWithinAYearAndACompanyTheAdvisorMayChange() {
        DomainException noDate = assertThrows(DomainException.class,
                () -> visits.plan(CompanyServiceTest.ANN, annsCompany, null, "Jan"));
        DomainException farAhead = assertThrows(DomainException.class, () -> visits.plan(CompanyServiceTest.ANN,
                annsCompany, today.plusDays(VisitService.MOST_DAYS_AHEAD + 1), "Jan"));
        DomainException other = assertThrows(DomainException.class,
                () -> visits.plan(CompanyServiceTest.BART, annsCompany, today, "Jan"));
        DomainException analyst = assertThrows(DomainException.class,
                () -> visits.plan(CompanyServiceTest.ANALYST, annsCompany, today, "Jan"));

        assertEquals("company.visit.dateRequired", noDate.messageKey());
        assertEquals("company.visit.farFuture", farAhead.messageKey());
        assertEquals(DomainException.Kind.NOT_FOUND, other.kind());
        assertEquals("company.readOnly", analyst.messageKey());
        assertEquals(List.of(), store.all(Visit.class));
    }

    @Test
    void anActionOfACompanyTheCallerMayNotSeeIsNotFoundAsAnAction() {
        SupportAction action = store.persist(SupportAction.accepted(annsCompany, 99, "COACHING", "Coach op de werf",
                "ann", today.plusDays(30), "ann", Instant.parse("2026-03-02T09:00:00Z")));

        DomainException hidden = assertThrows(DomainException.class, () -> visits.updateAction(CompanyServiceTest.BART,
                action.getId(), 0, "Anders", "ann", today, SupportAction.Status.DONE));
        DomainException unknown = assertThrows(DomainException.class, () -> visits.updateAction(CompanyServiceTest.ANN,
                action.getId() + 100, 0, "Anders", "ann", today, SupportAction.Status.DONE));

        assertEquals("company.action.notFound", hidden.messageKey());
        assertEquals("company.action.notFound", unknown.messageKey());
        assertEquals(SupportAction.Status.OPEN, action.getStatus());
    }

    @Test
    void anActionChangedOnAnOlderCopyIsAConflictAndAChangeIsRecorded() {
        SupportAction action = store.persist(SupportAction.accepted(annsCompany, 99, "COACHING", "Coach op de werf",
                "ann", today.plusDays(30), "ann", Instant.parse("2026-03-02T09:00:00Z")));
        FakeEntityManager.set(action, "rowVersion", 3L);

        DomainException conflict = assertThrows(DomainException.class, () -> visits.updateAction(CompanyServiceTest.ANN,
                action.getId(), 2, "Anders", "ann", today, SupportAction.Status.DONE));
        visits.updateAction(CompanyServiceTest.ANN, action.getId(), 3, "Coach twee dagen", " ann ", today.plusDays(40),
                SupportAction.Status.DONE);

        assertEquals(DomainException.Kind.CONFLICT, conflict.kind());
        assertEquals(SupportAction.Status.DONE, action.getStatus());
        assertEquals("Coach twee dagen", action.getDescription());
        assertEquals(Set.of(CompanyAudit.ACTION), Set.copyOf(audit.entries(AuditAction.UPDATE).stream()
                .map(e -> e.objectKind()).toList()));
    }
}
