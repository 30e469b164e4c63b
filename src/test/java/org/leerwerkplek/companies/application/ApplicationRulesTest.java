package org.leerwerkplek.companies.application;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.leerwerkplek.companies.register.CompanyDetails;
import org.leerwerkplek.companies.register.EnterpriseNumber;
import org.leerwerkplek.companies.register.FieldProblem;
import org.leerwerkplek.companies.register.LearningSystem;
import org.leerwerkplek.companies.register.Province;
import org.leerwerkplek.companies.register.Subsector;
import org.leerwerkplek.platform.DomainException;
import org.leerwerkplek.platform.security.Role;
import org.leerwerkplek.platform.security.UserService;

/**
 * The plain rules of employers' applications: the form's checks, the limits against spam and abuse
 * (honeypot, per client address, per enterprise number), who gets a confirmed application, and who
 * may see and take one.
 */
class ApplicationRulesTest {

    static final Instant NOW = Instant.parse("2026-12-05T10:00:00Z");
    static final ApplicationSettings SETTINGS = new ApplicationSettings(3, 30, Duration.ofHours(48));
    static final EnterpriseNumber NUMBER = EnterpriseNumber.parse("0403.170.701");

    static ApplicationForm form(String number, String email, String honeypot) {
        return new ApplicationForm(number, "Bouw Peeters", "Kerkstraat 1", "3000", "Leuven", Province.VLAAMS_BRABANT,
                EnumSet.of(Subsector.RUWBOUW), 12, "Jan Peeters", email, "016 12 34 56", "fr",
                EnumSet.of(LearningSystem.DUAAL_LEREN), MentorIntent.WOULD_TRAIN, "Wij zoeken een leerling.", honeypot);
    }

    static UserService.Caller caller(String name, Role... roles) {
        return new UserService.Caller(name, roles.length == 0 ? Set.of() : EnumSet.copyOf(List.of(roles)));
    }

    @Test
    void theFormNamesEachWrongFieldAndARightOneBecomesTheRegistersDetails() {
        ApplicationForm wrong = new ApplicationForm("0403.170.702", "", "", "30", "", null, Set.of(), -1, "", "jan-at-bouw",
                "", "de", Set.of(), null, "x".repeat(2001), "");

        List<String> fields = wrong.problems().stream().map(FieldProblem::field).toList();
        assertEquals(List.of("number", "name", "postalCode", "province", "employees", "contactName", "contactEmail",
                "contactLanguage", "mentor", "question"), fields);
        assertEquals("company.number.check", wrong.problems().get(0).messageKey());
        assertTrue(form("0403170701", "", "").problems().stream().anyMatch(p -> p.messageKey().equals("application.email.required")));

        ApplicationForm right = form(" BE 0403.170.701 ", "jan@bouw.be", "");
        assertEquals(List.of(), right.problems());
        CompanyDetails details = right.details(Optional.of("ann"));
        assertEquals("0403170701", details.number().digits());
        assertEquals(Set.of(Subsector.RUWBOUW), details.subsectors());
        assertEquals(Optional.of(12), details.employees());
        assertFalse(details.recognised(), "interest in a form of learning is no recognition");
        assertEquals("jan@bouw.be", details.contacts().get(0).email());
        assertEquals("fr", details.contacts().get(0).language());
        assertEquals(List.of(), details.problems(), "the register takes the details as they are");
    }

    @Test
    void aFilledHoneypotIsRefusedBeforeAnythingElse() {
        ApplicationLimits limits = new ApplicationLimits(SETTINGS);
        ApplicationForm robot = form("0403170701", "jan@bouw.be", "https://spam.example");

        assertTrue(robot.isRobot());
        DomainException refused = assertThrows(DomainException.class, () -> limits.check(robot, NUMBER, 0, List.of(), NOW));
        assertEquals(ApplicationLimits.ROBOT, refused.messageKey());
        assertFalse(form("0403170701", "jan@bouw.be", "  ").isRobot(), "spaces only: a person's browser, not a robot");
    }

    @Test
    void oneClientAddressSendsAtMostTheLimitInADay() {
        ApplicationLimits limits = new ApplicationLimits(SETTINGS);
        ApplicationForm form = form("0403170701", "jan@bouw.be", "");

        assertDoesNotThrow(() -> limits.check(form, NUMBER, 2, List.of(), NOW));
        DomainException refused = assertThrows(DomainException.class, () -> limits.check(form, NUMBER, 3, List.of(), NOW));
        assertEquals("application.limit.address", refused.messageKey());
        assertEquals(NOW.minus(Duration.ofDays(1)), limits.addressWindowStart(NOW));
    }

    @Test
    void aSecondApplicationForANumberIsRefusedWithinTheLimitOrWhileTheFirstCanStillBeConfirmed() {
        ApplicationLimits limits = new ApplicationLimits(SETTINGS);
        ApplicationForm form = form("0403170701", "jan@bouw.be", "");
        ApplicationLimits.Earlier confirmedLately = new ApplicationLimits.Earlier(NOW.minus(Duration.ofDays(29)), ApplicationStatus.NEW);
        ApplicationLimits.Earlier confirmedLongAgo = new ApplicationLimits.Earlier(NOW.minus(Duration.ofDays(31)), ApplicationStatus.TAKEN);
        ApplicationLimits.Earlier waiting = new ApplicationLimits.Earlier(NOW.minus(Duration.ofHours(47)), ApplicationStatus.UNCONFIRMED);
        ApplicationLimits.Earlier expired = new ApplicationLimits.Earlier(NOW.minus(Duration.ofHours(49)), ApplicationStatus.UNCONFIRMED);

        DomainException refused = assertThrows(DomainException.class,
                () -> limits.check(form, NUMBER, 0, List.of(confirmedLately), NOW));
        assertEquals("application.limit.number", refused.messageKey());
        assertEquals("0403.170.701", refused.arguments()[0]);
        assertEquals(30, refused.arguments()[1]);
        assertThrows(DomainException.class, () -> limits.check(form, NUMBER, 0, List.of(waiting), NOW));
        assertDoesNotThrow(() -> limits.check(form, NUMBER, 0, List.of(confirmedLongAgo, expired), NOW),
                "an old application, or one never confirmed in time, does not stand in the way");
        assertTrue(limits.confirmationOpen(NOW.minus(Duration.ofHours(47)), NOW));
        assertFalse(limits.confirmationOpen(NOW.minus(Duration.ofHours(48)), NOW));
    }

    @Test
    void theLinkedCompanysAdvisorComesBeforeTheProvinceRuleAndWithoutEitherNobody() {
        AssignmentRule rule = new AssignmentRule(Map.of(Province.LIMBURG, "lies", Province.LUIK, "luc"));

        assertEquals(Optional.of("ann"), rule.assignee(Province.LIMBURG, Optional.of("ann")));
        assertEquals(Optional.of("lies"), rule.assignee(Province.LIMBURG, Optional.empty()));
        assertEquals(Optional.of("luc"), rule.assignee(Province.LUIK, Optional.of(" ")));
        assertEquals(Optional.empty(), rule.assignee(Province.ANTWERPEN, Optional.empty()));
    }

    @Test
    void anAdvisorActsOnUnassignedApplicationsAndItsOwnAnAdminOnAllOthersOnNone() {
        UserService.Caller ann = caller("ann", Role.ADVISOR);
        UserService.Caller admin = caller("root", Role.ADMIN);
        UserService.Caller analyst = caller("ana", Role.ANALYST);

        assertTrue(ApplicationAccess.canTake(ann, ApplicationStatus.NEW, Optional.empty()));
        assertTrue(ApplicationAccess.canTake(ann, ApplicationStatus.ASSIGNED, Optional.of("ann")));
        assertFalse(ApplicationAccess.canSee(ann, ApplicationStatus.ASSIGNED, Optional.of("bart")));
        assertTrue(ApplicationAccess.canSee(ann, ApplicationStatus.TAKEN, Optional.of("ann")));
        assertFalse(ApplicationAccess.canTake(ann, ApplicationStatus.TAKEN, Optional.of("ann")));
        assertFalse(ApplicationAccess.canSee(ann, ApplicationStatus.UNCONFIRMED, Optional.empty()), "not in the queue yet");
        assertTrue(ApplicationAccess.canTake(admin, ApplicationStatus.ASSIGNED, Optional.of("bart")));
        assertFalse(ApplicationAccess.canSee(analyst, ApplicationStatus.NEW, Optional.empty()));
    }
}
