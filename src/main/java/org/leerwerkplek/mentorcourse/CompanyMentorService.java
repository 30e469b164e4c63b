package org.leerwerkplek.mentorcourse;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.leerwerkplek.companies.CompanyService;
import org.leerwerkplek.companies.CompanyView;
import org.leerwerkplek.platform.DomainException;
import org.leerwerkplek.platform.security.Role;
import org.leerwerkplek.platform.security.UserService;

/**
 * The mentors of a company for its advisor: who follows the course and how (modules received,
 * opened, completed, quiz score, last activity), and registering a mentor for the company. Only
 * advisors and admins, and only for a company the caller reaches in the register (an advisor:
 * assigned or visited); any other company is "not found".
 */
@ApplicationScoped
@Transactional
public class CompanyMentorService {

    /** A company with its mentors, by name. */
    public record CompanyMentors(long companyId, String companyName, boolean mayRegister,
                                 List<MentorEngagement> mentors) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    CompanyService companies;

    @Inject
    MentorService mentors;

    /** The company's mentors and their engagement. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CompanyMentors mentors(UserService.Caller caller, long companyId) {
        CompanyView company = reachable(caller, companyId);
        List<Mentor> found = em.createNamedQuery(Mentor.BY_COMPANY, Mentor.class).setParameter("company", companyId)
                .getResultList();
        Map<Long, List<MentorProgress>> progress = new HashMap<>();
        if (!found.isEmpty()) {
            em.createNamedQuery(MentorProgress.OF_MENTORS, MentorProgress.class)
                    .setParameter("mentors", found.stream().map(Mentor::getId).toList()).getResultList()
                    .forEach(p -> progress.computeIfAbsent(p.getMentorId(), id -> new ArrayList<>()).add(p));
        }
        return new CompanyMentors(companyId, company.details().name(), company.editable(), found.stream()
                .map(m -> MentorEngagement.of(m, progress.getOrDefault(m.getId(), List.of()))).toList());
    }

    /**
     * Registers a mentor for the company, as the mentor would on the self-service page (merged
     * with a mentor of the same address, double opt-in by mail); the advisor is recorded.
     */
    public void register(UserService.Caller caller, long companyId, MentorRegistration registration) {
        CompanyView company = reachable(caller, companyId);
        if (!company.editable()) {
            throw new DomainException(DomainException.Kind.NOT_FOUND, "course.companyNotFound", companyId);
        }
        MentorRegistration forCompany = new MentorRegistration(registration.name(), registration.email(),
                registration.language(), Optional.of(companyId), Optional.of(company.details().name()),
                registration.role(), registration.baseTraining(), registration.baseTrainingOn(),
                registration.preferences());
        mentors.register(forCompany, Optional.of(caller.username()));
    }

    private CompanyView reachable(UserService.Caller caller, long companyId) {
        if (!caller.roles().contains(Role.ADVISOR) && !caller.roles().contains(Role.ADMIN)) {
            throw new DomainException(DomainException.Kind.NOT_FOUND, "course.companyNotFound", companyId);
        }
        return companies.find(caller, companyId);
    }
}
