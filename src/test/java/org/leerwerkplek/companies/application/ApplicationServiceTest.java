package org.leerwerkplek.companies.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.leerwerkplek.companies.CompaniesInMemory;
import org.leerwerkplek.companies.CompanyService;
import org.leerwerkplek.companies.VisitService;
import org.leerwerkplek.companies.register.Contact;
import org.leerwerkplek.companies.register.CompanyDetails;
import org.leerwerkplek.companies.register.EnterpriseNumber;
import org.leerwerkplek.companies.register.Province;
import org.leerwerkplek.platform.DomainException;
import org.leerwerkplek.platform.audit.ActorKind;
import org.leerwerkplek.platform.audit.AuditAction;
import org.leerwerkplek.platform.mail.MailLanguage;
import org.leerwerkplek.platform.mail.MailOutbox;
import org.leerwerkplek.platform.security.Role;
import org.leerwerkplek.platform.security.UserService;
import org.leerwerkplek.platform.testing.FakeEntityManager;
import org.leerwerkplek.platform.testing.MutableClock;
import org.leerwerkplek.platform.testing.RecordingAuditLog;
import org.leerwerkplek.platform.web.PublicUrl;

/**
 * An application from the form to the advisor, with the register and the applications held in
 * memory ({@link FakeEntityManager}), the visits and mails recorded: what is refused stores
 * nothing, the double opt-in, assignment by the rule, and taking one that creates or links the
 * company (never a second one) and plans its first visit.
 */
class ApplicationServiceTest {

    static final UserService.Caller ANN = ApplicationRulesTest.caller("ann", Role.ADVISOR);
    static final UserService.Caller BART = ApplicationRulesTest.caller("bart", Role.ADVISOR);
    static final UserService.Caller ADMIN = ApplicationRulesTest.caller("root", Role.ADMIN);
    private static final Pattern LINK = Pattern.compile("/apply/confirm\\.xhtml\\?t=([A-Za-z0-9_-]{43})");

    private final List<String> mails = new ArrayList<>();
    private final List<String> planned = new ArrayList<>();
    private FakeEntityManager store;
    private MutableClock clock;
    private RecordingAuditLog audit;
    private CompanyService companies;
    private ApplicationService applications;

    @BeforeEach
    void setUp() {
        store = CompaniesInMemory.store();
        store.key(ProvinceRule.class, ProvinceRule::getProvince);
        store.answer(CompanyApplication.FROM_CLIENT, p -> List.of(applications().stream()
                .filter(a -> FakeEntityManager.get(a, "clientKey").equals(p.get("client"))
                        && a.getCreatedAt().isAfter((Instant) p.get("since"))).count()));
        store.answer(CompanyApplication.SAME_NUMBER, p -> applications().stream()
                .filter(a -> a.getEnterpriseNumber().equals(p.get("number")) && a.getCreatedAt().isAfter((Instant) p.get("since")))
                .toList());
        store.answer(CompanyApplication.BY_CONFIRM_HASH, p -> applications().stream()
                .filter(a -> p.get("hash").equals(FakeEntityManager.get(a, "confirmHash"))).toList());
        store.answer(CompanyApplication.QUEUE, p -> applications().stream()
                .filter(a -> a.getStatus() != ApplicationStatus.UNCONFIRMED).toList());
        store.answer(ProvinceRule.ALL, p -> store.all(ProvinceRule.class));
        clock = new MutableClock(Instant.parse("2026-12-05T09:00:00Z"));
        audit = new RecordingAuditLog(clock);
        companies = CompaniesInMemory.service(store, audit, clock);
        MailOutbox outbox = new MailOutbox() {
            @Override
            public boolean enqueue(String dedupKey, String recipient, MailLanguage language, String template,
                                   Map<String, String> values) {
                return mails.add(template + " " + language + " to " + recipient + ": " + values);
            }
        };
        PublicUrl publicUrl = new PublicUrl() {
            @Override
            public String base() {
                return "https://lwp.example";
            }
        };
        VisitService visits = new VisitService() {
            @Override
            public VisitSummary plan(UserService.Caller caller, long companyId, LocalDate date, String interviewee) {
                planned.add(companyId + " on " + date + " by " + caller.username() + " with " + interviewee);
                return new VisitSummary(planned.size(), companyId, date, interviewee, caller.username(), false, Set.of(), null);
            }
        };
        UserService users = new UserService() {
            @Override
            public String shownName(String username) {
                return username.equals("ann") ? "Ann Adviseur" : username;
            }

            @Override
            public Optional<UserView> find(String username) {
                return Optional.of(new UserView(username, username, username + "@fonds.be",
                        username.equals("root") ? Set.of(Role.ADMIN) : Set.of(Role.ADVISOR), true, false, clock.instant()));
            }
        };
        applications = new ApplicationService(store.entityManager(), companies, visits, users, outbox, publicUrl, audit,
                new ApplicationSettings(3, 30, Duration.ofHours(48)), clock);
    }

    private List<CompanyApplication> applications() {
        return store.all(CompanyApplication.class);
    }

    private String confirmToken() {
        Matcher link = LINK.matcher(mails.get(mails.size() - 1));
        assertTrue(link.find(), mails.toString());
        return link.group(1);
    }

    private ApplicationForm form(String number) {
        return ApplicationRulesTest.form(number, "jan@bouw.be", "");
    }

    @Test
    void anApplicationEntersTheQueueOnlyOnceConfirmedAndTheLinkWorksOnce() {
        applications.apply(form("0403.170.701"), "203.0.113.7");

        assertEquals(ApplicationStatus.UNCONFIRMED, applications().get(0).getStatus());
        assertEquals(List.of(), applications.queue(ANN), "not in the queue before the applicant confirms");
        assertTrue(mails.get(0).startsWith("application-confirm FR to jan@bouw.be"), mails.get(0));
        assertEquals(ActorKind.APPLICANT, audit.entries(AuditAction.CREATE).get(0).actor().kind());
        assertTrue(audit.entries(AuditAction.CREATE).get(0).changes().stream().anyMatch(c -> c.field().equals("contactEmail")),
                "the applicant's personal data is in the trail (as digests)");
        String token = confirmToken();

        assertEquals(ApplicationService.Confirmation.CONFIRMED, applications.confirm(token));
        assertEquals(ApplicationService.Confirmation.UNKNOWN, applications.confirm(token), "a used link does nothing");
        assertEquals(ApplicationService.Confirmation.UNKNOWN, applications.confirm("nonsense"));
        assertEquals(1, applications.queue(ANN).size());
        assertEquals(ApplicationStatus.NEW, applications.queue(ANN).get(0).status());
        assertTrue(mails.get(1).startsWith("application-received FR to jan@bouw.be"), mails.get(1));
    }

    @Test
    void anExpiredLinkConfirmsNothing() {
        applications.apply(form("0403.170.701"), "203.0.113.7");
        clock.advance(Duration.ofHours(49));

        assertEquals(ApplicationService.Confirmation.UNKNOWN, applications.confirm(confirmToken()));
        assertEquals(ApplicationStatus.UNCONFIRMED, applications().get(0).getStatus());
    }

    @Test
    void refusedApplicationsStoreNothingAndSendNothing() {
        applications.apply(form("0403.170.701"), "203.0.113.7");

        DomainException second = assertThrows(DomainException.class,
                () -> applications.apply(form("0403170701"), "198.51.100.9"));
        DomainException robot = assertThrows(DomainException.class,
                () -> applications.apply(ApplicationRulesTest.form("0202.239.951", "jan@bouw.be", "x"), "198.51.100.9"));
        DomainException invalid = assertThrows(DomainException.class,
                () -> applications.apply(form("0403.170.702"), "198.51.100.9"));

        assertEquals("application.limit.number", second.messageKey());
        assertEquals(ApplicationLimits.ROBOT, robot.messageKey());
        assertEquals("company.number.check", invalid.messageKey());
        assertEquals(1, applications().size(), "nothing stored twice");
        assertEquals(1, mails.size());
    }

    @Test
    void oneAddressIsHeldToItsLimitPerDay() {
        applications.apply(form("0403.170.701"), "203.0.113.7");
        applications.apply(form("0202.239.951"), "203.0.113.7");
        applications.apply(form("0417.497.106"), "203.0.113.7");

        DomainException fourth = assertThrows(DomainException.class,
                () -> applications.apply(form("0401.574.852"), "203.0.113.7"));
        assertEquals("application.limit.address", fourth.messageKey());
        clock.advance(Duration.ofHours(25));
        applications.apply(form("0401.574.852"), "203.0.113.7");
        assertEquals(4, applications().size());
    }

    @Test
    void aConfirmedApplicationGoesToTheAdvisorTheRuleNamesAndOnlyThatAdvisorAndAdminsSeeIt() {
        applications.setRule(ADMIN, Province.VLAAMS_BRABANT, Optional.of("bart"));
        assertThrows(DomainException.class, () -> applications.setRule(ANN, Province.LIMBURG, Optional.of("ann")),
                "only admins set the rule");
        applications.apply(form("0403.170.701"), "203.0.113.7");
        applications.confirm(confirmToken());

        QueueItem item = applications.queue(BART).get(0);
        assertEquals(ApplicationStatus.ASSIGNED, item.status());
        assertEquals(Optional.of("bart"), item.assignedTo());
        assertEquals(List.of(), applications.queue(ANN), "another advisor's application is out of ann's reach");
        assertEquals(1, applications.queue(ADMIN).size());
        DomainException notFound = assertThrows(DomainException.class,
                () -> applications.take(ANN, item.id(), item.version(), LocalDate.of(2026, 12, 10)));
        assertEquals("application.notFound", notFound.messageKey());
        assertEquals(0, CompaniesInMemory.count(store));
    }

    @Test
    void takingCreatesTheCompanyPreFilledPlansTheVisitAndMailsTheApplicant() {
        applications.apply(form("0403.170.701"), "203.0.113.7");
        applications.confirm(confirmToken());
        QueueItem item = applications.queue(ANN).get(0);

        assertThrows(DomainException.class, () -> applications.take(ANN, item.id(), item.version(), LocalDate.of(2026, 12, 4)),
                "a first visit in the past");
        long company = applications.take(ANN, item.id(), item.version(), LocalDate.of(2026, 12, 10));

        assertEquals(1, CompaniesInMemory.count(store));
        assertEquals("ann", CompaniesInMemory.advisorOf(store, company));
        CompanyDetails details = companies.find(ANN, company).details();
        assertEquals("Bouw Peeters", details.name());
        assertEquals("jan@bouw.be", details.contacts().get(0).email());
        assertEquals(List.of(company + " on 2026-12-10 by ann with Jan Peeters"), planned);
        assertTrue(mails.get(2).startsWith("application-taken FR") && mails.get(2).contains("Ann Adviseur"), mails.get(2));
        assertTrue(mails.get(3).startsWith("application-visit FR") && mails.get(3).contains("10 décembre 2026"), mails.get(3));
        assertEquals(ApplicationStatus.TAKEN, applications.queue(ANN).get(0).status());
        DomainException again = assertThrows(DomainException.class,
                () -> applications.take(ANN, item.id(), item.version(), LocalDate.of(2026, 12, 11)));
        assertEquals("application.takenAlready", again.messageKey());
        assertEquals(1, planned.size());
    }

    @Test
    void anApplicationForARegisteredCompanyIsLinkedToItAndGoesToItsAdvisorNeverADuplicate() {
        long registered = companies.register(ANN, new CompanyDetails(EnterpriseNumber.parse("0403170701"), "Peeters bv",
                "", "", "", Province.LIMBURG, Set.of(), Optional.empty(), false, Set.of(), Optional.empty(),
                List.of(new Contact("An Peeters", "", "an@peeters.be", "", "nl")))).id();
        applications.setRule(ADMIN, Province.VLAAMS_BRABANT, Optional.of("bart"));
        applications.apply(form("0403.170.701"), "203.0.113.7");
        applications.confirm(confirmToken());

        QueueItem item = applications.queue(ANN).get(0);
        assertEquals(Optional.of("ann"), item.assignedTo(), "the company's advisor, before the province's rule");
        assertTrue(item.inRegister());
        assertEquals(Optional.of(registered), item.companyId());
        long company = applications.take(ANN, item.id(), item.version(), LocalDate.of(2026, 12, 10));

        assertEquals(registered, company);
        assertEquals(1, CompaniesInMemory.count(store), "linked, not registered twice");
        assertEquals("Peeters bv", companies.find(ANN, company).details().name(), "the register's details stay");
        assertEquals(List.of(registered + " on 2026-12-10 by ann with Jan Peeters"), planned);
    }

    @Test
    void anUnassignedRegisteredCompanyGoesToTheAdvisorWhoTakesItsApplicationAnotherAdvisorsStaysTheirs() {
        long free = companies.register(ADMIN, new CompanyDetails(EnterpriseNumber.parse("0403170701"), "Peeters bv",
                "", "", "", Province.LIMBURG, Set.of(), Optional.empty(), false, Set.of(), Optional.empty(), List.of())).id();
        companies.register(BART, new CompanyDetails(EnterpriseNumber.parse("0202239951"), "Maes", "", "", "",
                Province.LIMBURG, Set.of(), Optional.empty(), false, Set.of(), Optional.empty(), List.of()));
        applications.apply(form("0403.170.701"), "203.0.113.7");
        applications.confirm(confirmToken());
        QueueItem first = applications.queue(ANN).get(0);

        assertEquals(free, applications.take(ANN, first.id(), first.version(), LocalDate.of(2026, 12, 10)));
        assertEquals("ann", CompaniesInMemory.advisorOf(store, free));

        DomainException refused = assertThrows(DomainException.class, () -> companies.registerOrLink(ANN,
                form("0202.239.951").details(Optional.of("ann"))));
        assertEquals("application.companyOfAnotherAdvisor", refused.messageKey());
        assertEquals(2, CompaniesInMemory.count(store));
    }
}
