package org.leerwerkplek.companies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.leerwerkplek.companies.register.CompanyDetails;
import org.leerwerkplek.companies.register.Contact;
import org.leerwerkplek.companies.register.EnterpriseNumber;
import org.leerwerkplek.companies.register.Province;
import org.leerwerkplek.platform.DomainException;
import org.leerwerkplek.platform.audit.AuditAction;
import org.leerwerkplek.platform.security.Role;
import org.leerwerkplek.platform.security.UserService;
import org.leerwerkplek.platform.testing.FakeEntityManager;
import org.leerwerkplek.platform.testing.MutableClock;
import org.leerwerkplek.platform.testing.RecordingAuditLog;

/**
 * The register's rules for one company, with the companies, visits, actions and reach held in
 * memory ({@link FakeEntityManager}): who registers, sees and changes which company, what an
 * advisor hears about a number another advisor's company has, and who is assigned.
 */
class CompanyServiceTest {

    static final UserService.Caller ADMIN = caller("admin", Role.ADMIN);
    static final UserService.Caller ANN = caller("ann", Role.ADVISOR);
    static final UserService.Caller BART = caller("bart", Role.ADVISOR);
    static final UserService.Caller ANALYST = caller("ana", Role.ANALYST);

    private FakeEntityManager store;
    private MutableClock clock;
    private RecordingAuditLog audit;
    private CompanyService companies;

    static UserService.Caller caller(String name, Role role) {
        return new UserService.Caller(name, EnumSet.of(role));
    }

    /** A store that answers the register's queries from what it holds (no visits, no actions). */
    static FakeEntityManager store() {
        FakeEntityManager store = new FakeEntityManager();
        store.key(CompanyReach.class, r -> new CompanyReach.Key(r.advisor(), (Long) FakeEntityManager.get(r, "companyId")));
        store.answer(Visit.VISITED_BY, p -> List.of(store.all(Visit.class).stream()
                .filter(v -> v.getCompanyId() == (Long) p.get("company") && v.getAdvisor().equals(p.get("advisor"))).count()));
        store.answer(SupportAction.OWNED_IN, p -> List.of(0L));
        // company_subsector's copy of the size class and suitability (V45) is the database's; checked by
        // SubsectorFiltersMigrationTest and CompaniesIT
        store.answer(Company.FOLLOW_SUBSECTORS, p -> List.of());
        store.answer(Company.BY_NUMBER, p -> store.all(Company.class).stream()
                .filter(c -> c.details().number().digits().equals(p.get("number"))).toList());
        store.answer(CompanyReach.ASSIGNED_TO_COMPANY, p -> store.all(CompanyReach.class).stream()
                .filter(r -> FakeEntityManager.get(r, "companyId").equals(p.get("company")) && (Boolean) FakeEntityManager.get(r, "assigned"))
                .toList());
        return store;
    }

    static CompanyDetails details(String number, String name, Optional<String> advisor) {
        return new CompanyDetails(EnterpriseNumber.parse(number), name, "Kerkstraat 1", "3000", "Leuven",
                Province.VLAAMS_BRABANT, Set.of(), Optional.of(12), false, Set.of(), advisor,
                List.of(new Contact("Jan Peeters", "zaakvoerder", "jan@bouw.be", "", "nl")));
    }

    @BeforeEach
    void setUp() {
        store = store();
        clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));
        audit = new RecordingAuditLog(clock);
        companies = new CompanyService(store.entityManager(), new AccessibleCompanies(store.entityManager()),
                new CompanyReaches(store.entityManager()), audit, clock);
    }

    @Test
    void anAdvisorsNewCompanyIsAssignedToItAndAnAdminsAsGiven() {
        CompanyView own = companies.register(ANN, details("0403170701", "Bouw Peeters", Optional.of("bart")));
        CompanyView free = companies.register(ADMIN, details("0202239951", "Dak Maes", Optional.empty()));

        assertEquals(Optional.of("ann"), own.details().advisor());
        assertTrue(own.editable());
        assertEquals(Optional.empty(), free.details().advisor());
        assertEquals(2, audit.entries(AuditAction.CREATE).stream()
                .filter(e -> e.objectKind().equals(CompanyAudit.COMPANY)).count());
        assertEquals(1, store.all(CompanyReach.class).size(), "only the assigned advisor reaches a company");
    }

    @Test
    void analystsDoNotRegisterAndSeeContactsAsPseudonyms() {
        assertThrows(DomainException.class, () -> companies.register(ANALYST, details("0403170701", "Bouw", Optional.empty())));
        CompanyView registered = companies.register(ANN, details("0403170701", "Bouw Peeters", Optional.empty()));

        CompanyView seen = companies.find(ANALYST, registered.id());

        assertTrue(seen.pseudonymised());
        assertFalse(seen.editable());
        assertEquals(Optional.empty(), seen.details().advisor());
        assertFalse(seen.details().contacts().get(0).name().contains("Peeters"));
        assertEquals("jan@bouw.be", companies.forInvitation(ANALYST, registered.id()).details().contacts().get(0).email(),
                "an invitation needs the real address");
    }

    @Test
    void anotherAdvisorsCompanyIsNotFoundAndItsNumberIsNotDescribed() {
        CompanyView anns = companies.register(ANN, details("0403170701", "Bouw Peeters", Optional.empty()));

        DomainException hidden = assertThrows(DomainException.class, () -> companies.find(BART, anns.id()));
        DomainException elsewhere = assertThrows(DomainException.class,
                () -> companies.register(BART, details("0403170701", "Andere naam", Optional.empty())));
        DomainException duplicate = assertThrows(DomainException.class,
                () -> companies.register(ADMIN, details("0403170701", "Andere naam", Optional.empty())));

        assertEquals(DomainException.Kind.NOT_FOUND, hidden.kind());
        assertEquals("company.number.registeredElsewhere", elsewhere.messageKey());
        assertEquals("company.number.duplicate", duplicate.messageKey());
        assertEquals(1, store.all(Company.class).size());
    }

    @Test
    void aChangeOnAnOlderCopyIsAConflictAndOnlyAdminsReassign() {
        CompanyView anns = companies.register(ANN, details("0403170701", "Bouw Peeters", Optional.empty()));
        FakeEntityManager.set(store.all(Company.class).get(0), "rowVersion", anns.version() + 1);

        DomainException conflict = assertThrows(DomainException.class,
                () -> companies.update(ANN, anns.id(), anns.version(), details("0403170701", "Nieuw", Optional.empty())));
        DomainException notAdmin = assertThrows(DomainException.class,
                () -> companies.reassign(ANN, anns.id(), Optional.of("bart")));
        CompanyView reassigned = companies.reassign(ADMIN, anns.id(), Optional.of(" bart "));

        assertEquals(DomainException.Kind.CONFLICT, conflict.kind());
        assertEquals("company.reassign.adminOnly", notAdmin.messageKey());
        assertEquals(Optional.of("bart"), reassigned.details().advisor());
        assertEquals(DomainException.Kind.NOT_FOUND,
                assertThrows(DomainException.class, () -> companies.find(ANN, anns.id())).kind(),
                "the advisor it was taken from no longer sees it");
        assertEquals(List.of("bart"), store.all(CompanyReach.class).stream().map(CompanyReach::advisor).toList());
    }
}
