package org.leerwerkplek.companies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.leerwerkplek.platform.DomainException;

class SupportActionTest {

    private static final LocalDate DUE = LocalDate.of(2026, 12, 1);

    private static SupportAction accepted() {
        return SupportAction.accepted(1, 2, "MENTOROPLEIDING", "Inschrijven", "an", DUE, "an", Instant.EPOCH);
    }

    @Test
    void anOpenActionChangesOwnerAndDateAndCloses() {
        SupportAction action = accepted();

        action.change(" Nieuwe afspraak ", " bert ", DUE.plusDays(7), SupportAction.Status.OPEN);
        assertTrue(action.isOpen());
        assertEquals("bert", action.getOwner());
        assertEquals("Nieuwe afspraak", action.getDescription());
        assertEquals(DUE.plusDays(7), action.getDueDate());

        action.change("Gedaan", "bert", DUE, SupportAction.Status.CANCELLED);
        assertFalse(action.isOpen());
        assertEquals(SupportAction.Status.CANCELLED, action.getStatus());
    }

    @Test
    void aClosedActionDoesNotChangeAnyMore() {
        SupportAction action = accepted();
        action.change(null, "an", DUE, SupportAction.Status.DONE);

        DomainException e = assertThrows(DomainException.class,
                () -> action.change(null, "an", DUE, SupportAction.Status.OPEN));
        assertEquals(DomainException.Kind.CONFLICT, e.kind());
        assertEquals(SupportAction.Status.DONE, action.getStatus());
    }

    @Test
    void badInputChangesNothing() {
        SupportAction action = accepted();

        assertEquals("company.action.owner", assertThrows(DomainException.class,
                () -> action.change(null, " ", DUE, SupportAction.Status.DONE)).messageKey());
        assertEquals("company.action.status", assertThrows(DomainException.class,
                () -> action.change(null, "an", DUE, SupportAction.Status.REJECTED)).messageKey());
        assertEquals("company.tooLong", assertThrows(DomainException.class,
                () -> action.change(null, "x".repeat(65), DUE, SupportAction.Status.DONE)).messageKey());
        assertTrue(action.isOpen());
        assertEquals("an", action.getOwner());
        assertEquals(DomainException.Kind.CONFLICT,
                assertThrows(DomainException.class, () -> action.requireVersion(action.getRowVersion() + 1)).kind());
    }
}
