package org.leerwerkplek.companies;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.Reader;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.leerwerkplek.companies.register.CompanyCsvReader;
import org.leerwerkplek.companies.register.CompanyImport;
import org.leerwerkplek.companies.register.ImportProblem;
import org.leerwerkplek.platform.DomainException;
import org.leerwerkplek.platform.audit.AuditLog;
import org.leerwerkplek.platform.security.UserService;

/** Imports companies into the register from CSV, all or nothing; admins only. */
@ApplicationScoped
@Transactional
public class CompanyImportService {

    /** The outcome of an import: how many companies were stored, or every problem (then nothing was stored). */
    public record ImportOutcome(int rows, int imported, List<ImportProblem> problems, int moreProblems) {
        public ImportOutcome {
            problems = List.copyOf(problems);
        }
    }

    /** Companies stored per flush. */
    private static final int BATCH = 200;
    /** Numbers looked up per query. */
    private static final int LOOKUP = 500;

    private EntityManager em;
    private CompanyAudit audit;
    private Clock clock;

    /** For the CDI proxy only. */
    protected CompanyImportService() {
    }

    @Inject
    public CompanyImportService(EntityManager em, AuditLog audit, Clock clock) {
        this.em = em;
        this.audit = new CompanyAudit(audit);
        this.clock = clock;
    }

    /**
     * Imports companies from CSV. All or nothing: a wrong cell, a number given twice in the file
     * or a number already in the register stores nothing and is reported with line and column.
     */
    public ImportOutcome importCsv(UserService.Caller caller, Reader in) throws IOException {
        if (!CompanyAccess.isAdmin(caller)) {
            throw new DomainException(DomainException.Kind.INVALID, "company.import.adminOnly");
        }
        CompanyImport read = new CompanyCsvReader().read(in);
        if (!read.isValid()) {
            return new ImportOutcome(read.rows(), 0, read.problems(), read.moreProblems());
        }
        List<ImportProblem> problems = registered(read);
        if (!problems.isEmpty()) {
            return new ImportOutcome(read.rows(), 0, problems, 0);
        }
        int stored = 0;
        List<Company> batch = new ArrayList<>();
        for (CompanyImport.Line line : read.companies()) {
            batch.add(new Company(line.details(), clock.instant()));
            em.persist(batch.get(batch.size() - 1));
            if (++stored % BATCH == 0 || stored == read.companies().size()) {
                em.flush();
                batch.forEach(c -> CompanySubsectorRows.follow(em, c));
                batch.stream().filter(c -> c.getAdvisor() != null)
                        .forEach(c -> em.persist(CompanyReaches.assignedOnly(c.getAdvisor(), c.getId())));
                em.flush();
                em.clear();
                batch.clear();
            }
        }
        audit.imported(stored);
        return new ImportOutcome(read.rows(), stored, List.of(), 0);
    }

    /** The lines whose number is in the register already. */
    private List<ImportProblem> registered(CompanyImport read) {
        Map<String, Integer> lineOf = new HashMap<>();
        read.companies().forEach(l -> lineOf.put(l.details().number().digits(), l.line()));
        Set<String> existing = new HashSet<>();
        List<String> numbers = new ArrayList<>(lineOf.keySet());
        for (int i = 0; i < numbers.size(); i += LOOKUP) {
            existing.addAll(em.createNamedQuery(Company.EXISTING_NUMBERS, String.class)
                    .setParameter("numbers", numbers.subList(i, Math.min(numbers.size(), i + LOOKUP)))
                    .getResultList());
        }
        return read.companies().stream()
                .filter(l -> existing.contains(l.details().number().digits()))
                .map(read::alreadyRegistered)
                .toList();
    }
}
