package org.leerwerkplek.mentorcourse;

import java.time.Clock;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.leerwerkplek.mentorcourse.content.Language;
import org.leerwerkplek.platform.DomainException;
import org.leerwerkplek.platform.security.Role;
import org.leerwerkplek.platform.security.UserService;

/** Who may see the loop: refused before anything is read (no collaborators needed). */
class KnelpuntLoopServiceTest {

    private final KnelpuntLoopService service = new KnelpuntLoopService(null, null, null, null, Clock.systemUTC());

    @Test
    void aMentorSeesNoCompanysLoop() {
        DomainException refused = assertThrows(DomainException.class, () -> service.ofCompany(
                new UserService.Caller("sofie", Set.of(Role.MENTOR)), 1, Language.NL));
        assertEquals(DomainException.Kind.NOT_FOUND, refused.kind());
    }

    @Test
    void anAdvisorSeesNoFiguresAcrossCompanies() {
        DomainException refused = assertThrows(DomainException.class, () -> service.acrossCompanies(
                new UserService.Caller("an", Set.of(Role.ADVISOR)), Language.NL));
        assertEquals(DomainException.Kind.NOT_FOUND, refused.kind());
        assertEquals("course.figuresNotFound", refused.messageKey());
    }
}
