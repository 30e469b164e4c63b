package org.leerwerkplek.companies;

import java.time.Clock;
import org.leerwerkplek.platform.audit.AuditLog;
import org.leerwerkplek.platform.testing.FakeEntityManager;

/**
 * The register in memory for tests of other packages of the part (the applications): a store that
 * answers the register's queries ({@link CompanyServiceTest#store()}) and a {@link CompanyService} on it.
 */
public final class CompaniesInMemory {

    private CompaniesInMemory() {
    }

    public static FakeEntityManager store() {
        return CompanyServiceTest.store();
    }

    public static CompanyService service(FakeEntityManager store, AuditLog audit, Clock clock) {
        return new CompanyService(store.entityManager(), new AccessibleCompanies(store.entityManager()),
                new CompanyReaches(store.entityManager()), audit, clock);
    }

    /** The advisor a stored company is assigned to (null for none). */
    public static String advisorOf(FakeEntityManager store, long companyId) {
        return store.all(Company.class).stream().filter(c -> c.getId() == companyId).findFirst().orElseThrow().getAdvisor();
    }

    public static long count(FakeEntityManager store) {
        return store.all(Company.class).size();
    }
}
