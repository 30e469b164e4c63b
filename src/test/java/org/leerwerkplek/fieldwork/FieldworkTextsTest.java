package org.leerwerkplek.fieldwork;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.leerwerkplek.platform.i18n.Messages;

/** The counts of the fieldwork pages take the word for that many, in every language. */
class FieldworkTextsTest {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");
    private static final List<String> STATES = List.of("invitees", "invited", "opened", "partial", "submitted",
            "optedOut", "bounced", "pending");

    @Test
    void oneSubmittedResponseIsSingularNextToThreeInvitations() {
        assertEquals("réponse soumise", Messages.get(Locale.FRENCH, "fieldwork.count.submitted", 1L));
        assertEquals("réponses soumises", Messages.get(Locale.FRENCH, "fieldwork.count.submitted", 2L));
        assertEquals("invitations envoyées", Messages.get(Locale.FRENCH, "fieldwork.count.invited", 3L));
        assertEquals("invitation envoyée", Messages.get(Locale.FRENCH, "fieldwork.count.invited", 1L));
        assertEquals("invitation envoyée", Messages.get(Locale.FRENCH, "fieldwork.count.invited", 0L),
                "French counts zero in the singular");
        assertEquals("genodigde", Messages.get(DUTCH, "fieldwork.count.invitees", 1L));
        assertEquals("genodigden", Messages.get(DUTCH, "fieldwork.count.invitees", 0L));
        assertEquals("invitee", Messages.get(Locale.ENGLISH, "fieldwork.count.invitees", 1L));
        assertEquals("invitees", Messages.get(Locale.ENGLISH, "fieldwork.count.invitees", 12L));
    }

    @Test
    void everyCountReadsAsWordsForAnyNumber() {
        for (Locale locale : List.of(DUTCH, Locale.FRENCH, Locale.ENGLISH)) {
            for (String state : STATES) {
                for (long n : new long[] {0, 1, 2, 1234}) {
                    String text = Messages.get(locale, "fieldwork.count." + state, n);
                    assertFalse(text.isBlank() || text.contains("{") || text.contains("choice"), locale + " " + state + ": " + text);
                }
            }
        }
    }

    @Test
    void messagesWithCountsAgreeWithTheirNumbers() {
        assertEquals("Envoyé\u00a0: 1 invitation et aucun rappel\u00a0; aucune entreprise n’avait déjà répondu.",
                Messages.get(Locale.FRENCH, "fieldwork.ran", 1, 0, 0));
        assertEquals("Verstuurd: 3 uitnodigingen en 1 herinnering; 1 bedrijf had al geantwoord.",
                Messages.get(DUTCH, "fieldwork.ran", 3, 1, 1));
        assertEquals("1 invitee added.", Messages.get(Locale.ENGLISH, "fieldwork.import.done", 1));
        assertEquals("Niets toegevoegd: 1 probleem.", Messages.get(DUTCH, "fieldwork.import.refused", 1));
        assertEquals("1 rappel supplémentaire envoyé à «\u00a01 à 4\u00a0».",
                Messages.get(Locale.FRENCH, "fieldwork.reminded", 1, "1 à 4"));
    }
}
