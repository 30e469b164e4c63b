package org.leerwerkplek.companies.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.leerwerkplek.companies.CompanyService;
import org.leerwerkplek.companies.VisitService;
import org.leerwerkplek.companies.register.EnterpriseNumber;
import org.leerwerkplek.companies.register.FieldProblem;
import org.leerwerkplek.companies.register.Province;
import org.leerwerkplek.platform.DomainException;
import org.leerwerkplek.platform.audit.AuditLog;
import org.leerwerkplek.platform.mail.MailOutbox;
import org.leerwerkplek.platform.security.Role;
import org.leerwerkplek.platform.security.SecretToken;
import org.leerwerkplek.platform.security.UserService;
import org.leerwerkplek.platform.web.PublicUrl;

/**
 * Employers' applications to become a learning workplace, from the public form to the advisor
 * who takes them: apply (refused by {@link ApplicationLimits}, stored unconfirmed, a confirmation
 * link mailed), confirm (the double opt-in: into the queue, assigned by the admin's
 * {@link AssignmentRule}), the queue ({@link ApplicationAccess}), and take (the company created or
 * linked through {@link CompanyService}, its first visit planned through {@link VisitService}).
 * The applicant hears of each step by mail, in its language; the trail records each.
 */
@ApplicationScoped
@Transactional
public class ApplicationService {


    /** What a confirmation link did. */
    public enum Confirmation { CONFIRMED, UNKNOWN }

    private EntityManager em;
    private CompanyService companies;
    private VisitService visits;
    private UserService users;
    private MailOutbox outbox;
    private PublicUrl publicUrl;
    private ApplicationAudit audit;
    private ApplicationLimits limits;
    private ApplicationSettings settings;
    private Clock clock;

    /** For the CDI proxy only. */
    protected ApplicationService() {
    }

    @Inject
    public ApplicationService(EntityManager em, CompanyService companies, VisitService visits, UserService users,
                              MailOutbox outbox, PublicUrl publicUrl, AuditLog audit, ApplicationSettings settings,
                              Clock clock) {
        this.em = em;
        this.companies = companies;
        this.visits = visits;
        this.users = users;
        this.outbox = outbox;
        this.publicUrl = publicUrl;
        this.audit = new ApplicationAudit(audit);
        this.limits = new ApplicationLimits(settings);
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Stores an application, unconfirmed, and mails the applicant its confirmation link; it reaches
     * the queue only once confirmed.
     *
     * @param clientAddress the address the form came from, kept only as a digest for the limit per address
     * @throws DomainException for a wrong field (its first problem), a robot or a limit; nothing is stored
     */
    public void apply(ApplicationForm form, String clientAddress) {
        Instant now = clock.instant();
        if (form.isRobot()) {
            throw new DomainException(DomainException.Kind.INVALID, ApplicationLimits.ROBOT);
        }
        List<FieldProblem> problems = form.problems();
        if (!problems.isEmpty()) {
            throw new DomainException(DomainException.Kind.INVALID, problems.get(0).messageKey(), problems.get(0).arguments());
        }
        EnterpriseNumber number = form.enterpriseNumber().orElseThrow();
        String clientKey = SecretToken.hash(clientAddress == null ? "" : clientAddress);
        long fromAddress = em.createNamedQuery(CompanyApplication.FROM_CLIENT, Long.class)
                .setParameter("client", clientKey).setParameter("since", limits.addressWindowStart(now)).getSingleResult();
        List<ApplicationLimits.Earlier> sameNumber = em.createNamedQuery(CompanyApplication.SAME_NUMBER, CompanyApplication.class)
                .setParameter("number", number.digits()).setParameter("since", limits.numberWindowStart(now))
                .getResultStream().map(a -> new ApplicationLimits.Earlier(a.getCreatedAt(), a.getStatus())).toList();
        limits.check(form, number, fromAddress, sameNumber, now);
        String token = SecretToken.generate();
        String hash = SecretToken.hash(token);
        CompanyApplication application = new CompanyApplication(form, clientKey, hash, now);
        em.persist(application);
        em.flush();
        audit.applied(application, form);
        send(mails().confirm(application.getId(), form.contactName(), form.name(), form.contactLanguage(), token, hash,
                settings.confirmValid().toHours()), form.contactEmail());
    }

    /**
     * The double opt-in: the application of a working link enters the queue, linked to the
     * company with its number if the register has one and given to the advisor the rule names;
     * the applicant gets a receipt. A used, expired or unknown link changes nothing.
     */
    public Confirmation confirm(String token) {
        if (!SecretToken.isWellFormed(token)) {
            return Confirmation.UNKNOWN;
        }
        Instant now = clock.instant();
        Optional<CompanyApplication> found = em.createNamedQuery(CompanyApplication.BY_CONFIRM_HASH, CompanyApplication.class)
                .setParameter("hash", SecretToken.hash(token)).getResultStream().findFirst()
                .filter(a -> a.getStatus() == ApplicationStatus.UNCONFIRMED && limits.confirmationOpen(a.getCreatedAt(), now));
        if (found.isEmpty()) {
            return Confirmation.UNKNOWN;
        }
        CompanyApplication application = found.get();
        Optional<CompanyService.Registered> registered =
                companies.registeredNumber(new EnterpriseNumber(application.getEnterpriseNumber()));
        Optional<String> assignee = rule().assignee(application.getProvince(),
                registered.flatMap(CompanyService.Registered::advisor));
        application.confirm(now, assignee, registered.map(CompanyService.Registered::companyId));
        try {
            em.flush();
        } catch (OptimisticLockException e) {  // the same link opened twice at once: the other one confirmed it
            throw new DomainException(DomainException.Kind.CONFLICT, "application.confirm.unknown");
        }
        audit.confirmed(application);
        send(mails().received(application.getId(), application.getContactName(), application.getName(),
                application.getContactLanguage()), application.getContactEmail());
        return Confirmation.CONFIRMED;
    }

    /** The confirmed applications the caller may see, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<QueueItem> queue(UserService.Caller caller) {
        requireStaff(caller);
        return em.createNamedQuery(CompanyApplication.QUEUE, CompanyApplication.class).getResultStream()
                .filter(a -> ApplicationAccess.canSee(caller, a.getStatus(), a.getAssignedTo()))
                .map(a -> item(caller, a))
                .toList();
    }

    /**
     * The caller takes an application: the company is registered from it, pre-filled (or the
     * registered company with its number is linked), its first visit is planned on {@code visitOn},
     * and the applicant gets the mails "taken" and "visit planned". An application the caller may
     * not act on is not found; one taken meanwhile is a conflict.
     *
     * @return the id of the company
     */
    public long take(UserService.Caller caller, long id, long version, LocalDate visitOn) {
        requireStaff(caller);
        CompanyApplication application = em.find(CompanyApplication.class, id);
        if (application == null || !ApplicationAccess.canSee(caller, application.getStatus(), application.getAssignedTo())) {
            throw new DomainException(DomainException.Kind.NOT_FOUND, "application.notFound");
        }
        if (application.getStatus() == ApplicationStatus.TAKEN || application.getRowVersion() != version) {
            throw new DomainException(DomainException.Kind.CONFLICT, "application.takenAlready");
        }
        LocalDate today = LocalDate.now(clock);
        if (visitOn == null) {
            throw new DomainException(DomainException.Kind.INVALID, "company.visit.dateRequired");
        }
        if (visitOn.isBefore(today)) {
            throw new DomainException(DomainException.Kind.INVALID, "application.visit.past");
        }
        ApplicationForm form = application.form();
        Optional<String> advisor = caller.roles().contains(Role.ADVISOR) ? Optional.of(caller.username())
                : application.getAssignedTo();
        CompanyService.Intake intake = companies.registerOrLink(caller, form.details(advisor));
        VisitService.VisitSummary visit = visits.plan(caller, intake.companyId(), visitOn, form.contactName());
        application.take(caller.username(), clock.instant(), intake.companyId(), visit.id(), visitOn);
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new DomainException(DomainException.Kind.CONFLICT, "application.takenAlready");
        }
        audit.taken(application);
        String taker = users.shownName(caller.username());
        send(mails().taken(id, form.contactName(), form.name(), form.contactLanguage(), taker), form.contactEmail());
        send(mails().visit(id, form.contactName(), form.name(), form.contactLanguage(), taker, visitOn), form.contactEmail());
        return intake.companyId();
    }

    /** The admin's assignment rule. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public AssignmentRule rule() {
        Map<Province, String> byProvince = new EnumMap<>(Province.class);
        em.createNamedQuery(ProvinceRule.ALL, ProvinceRule.class).getResultStream()
                .forEach(r -> byProvince.put(r.getProvince(), r.getAdvisor()));
        return new AssignmentRule(byProvince);
    }

    /** Sets (or, with an empty advisor, removes) the advisor of a province's applications; admins only. */
    public AssignmentRule setRule(UserService.Caller caller, Province province, Optional<String> advisor) {
        if (!ApplicationAccess.isAdmin(caller)) {
            throw new DomainException(DomainException.Kind.NOT_FOUND, "application.notFound");
        }
        if (province == null) {
            throw new DomainException(DomainException.Kind.INVALID, "company.province.required");
        }
        Optional<String> chosen = advisor.map(String::trim).filter(a -> !a.isEmpty());
        if (chosen.isPresent() && users.find(chosen.get()).filter(u -> u.roles().contains(Role.ADVISOR)).isEmpty()) {
            throw new DomainException(DomainException.Kind.INVALID, "application.rule.noAdvisor", chosen.get());
        }
        ProvinceRule rule = em.find(ProvinceRule.class, province);
        String before = rule == null ? null : rule.getAdvisor();
        if (chosen.isEmpty() && rule != null) {
            em.remove(rule);
        } else if (chosen.isPresent() && rule == null) {
            em.persist(new ProvinceRule(province, chosen.get()));
        } else if (chosen.isPresent()) {
            rule.setAdvisor(chosen.get());
        }
        em.flush();
        audit.ruleChanged(province, before, chosen.orElse(null));
        return rule();
    }

    /** The advisors an admin can choose in the rule, by user name. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<UserService.UserView> advisors(UserService.Caller caller) {
        if (!ApplicationAccess.isAdmin(caller)) {
            return List.of();
        }
        return users.list().stream().filter(u -> u.enabled() && u.roles().contains(Role.ADVISOR)).toList();
    }

    private QueueItem item(UserService.Caller caller, CompanyApplication a) {
        ApplicationForm f = a.form();
        return new QueueItem(a.getId(), a.getStatus(), new EnterpriseNumber(a.getEnterpriseNumber()).formatted(), f.name(),
                f.street(), f.postalCode(), f.city(), f.province(), f.activities(), f.employees(), f.contactName(),
                f.contactEmail(), f.contactPhone(), f.contactLanguage(), f.learningForms(), f.mentor(), f.question(),
                a.getConfirmedAt().orElse(null), a.getAssignedTo(), a.getCompanyId(), a.getVisitDate(),
                a.getCompanyId().isPresent(), ApplicationAccess.canTake(caller, a.getStatus(), a.getAssignedTo()),
                a.getRowVersion());
    }

    private static void requireStaff(UserService.Caller caller) {
        if (!ApplicationAccess.isStaff(caller)) {
            throw new DomainException(DomainException.Kind.NOT_FOUND, "application.notFound");
        }
    }

    private void send(ApplicationMails.Mail mail, String recipient) {
        outbox.enqueue(mail.dedupKey(), recipient, mail.language(), mail.template(), mail.values());
    }

    private ApplicationMails mails() {
        return new ApplicationMails(publicUrl.base());
    }
}
