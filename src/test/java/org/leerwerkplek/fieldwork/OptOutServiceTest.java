package org.leerwerkplek.fieldwork;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.leerwerkplek.platform.audit.ActorKind;
import org.leerwerkplek.platform.audit.AuditAction;
import org.leerwerkplek.platform.audit.AuditEntry;
import org.leerwerkplek.platform.security.SecretToken;
import org.leerwerkplek.platform.testing.MigratedDatabase;
import org.leerwerkplek.platform.testing.MutableClock;
import org.leerwerkplek.platform.testing.RecordingAuditLog;

/**
 * Leaving a wave by the opt-out link: the link's invitee opts out once, recorded as the
 * respondent; a second click changes nothing; an unknown or malformed link finds nobody and
 * gives no hint.
 */
class OptOutServiceTest {

    private MigratedDatabase database;
    private MutableClock clock;
    private RecordingAuditLog audit;
    private FieldworkStore store;
    private OptOutService optOuts;
    private String token;
    private long inviteeId;

    @BeforeEach
    void setUp() throws SQLException, IOException {
        database = new MigratedDatabase("opt_out");
        clock = new MutableClock(WaveServiceTest.TODAY);
        audit = new RecordingAuditLog(clock);
        store = new FieldworkStore(database.dataSource(), clock);
        WaveService waves = WaveServiceTest.waves(database, audit, clock, new ArrayList<>());
        Wave wave = waves.create(WaveServiceTest.ANALYST, WaveServiceTest.draft("werkgever"));
        new InviteeImport(waves, store, (caller, id) -> null, audit)
                .importCsv(wave.id(), new StringReader("company;contact;email;language\nBouw Peeters;An;an@bouw.be;nl\n"));
        inviteeId = store.all(wave.id()).get(0).id();
        InviteeLinks.Of links = wave.links(wave.linkBase()).of(inviteeId);
        token = links.optOutToken();
        store.recordInvited(wave.id(), inviteeId, inviteeId, clock.instant());
        optOuts = new OptOutService(store, audit, clock);
    }

    @AfterEach
    void tearDown() throws SQLException {
        database.close();
    }

    @Test
    void theLinksInviteeOptsOutOnceAsTheRespondent() {
        assertEquals(Optional.of(new OptOutService.OptOutTarget("Bouw Peeters", false)), optOuts.optOutTarget(token));

        assertTrue(optOuts.optOut(token));
        clock.advance(Duration.ofHours(1));
        assertTrue(optOuts.optOut(token));

        assertEquals(Optional.of(new OptOutService.OptOutTarget("Bouw Peeters", true)), optOuts.optOutTarget(token));
        assertEquals(WaveServiceTest.TODAY.atTime(6, 0).toInstant(java.time.ZoneOffset.UTC),
                store.all(store.waves().get(0).id()).get(0).optedOutAt());
        List<AuditEntry> updates = audit.entries(AuditAction.UPDATE);
        assertEquals(1, updates.size(), "a second click records nothing");
        assertEquals(ActorKind.RESPONDENT, updates.get(0).actor().kind());
        assertEquals(Long.toString(inviteeId), updates.get(0).objectId());
    }

    @Test
    void anOptOutLinkIssuedBeforeLinksCarriedTheIdStillWorks() throws SQLException {
        Wave wave = store.waves().get(0);
        String legacy = wave.links(wave.linkBase()).legacyOf(inviteeId).optOutToken();
        assertEquals(Optional.empty(), optOuts.optOutTarget(legacy), "no hash stored: not a link of this invitee");
        try (java.sql.Connection connection = database.dataSource().getConnection();
             java.sql.PreparedStatement update = connection.prepareStatement(
                     "UPDATE fieldwork_invitee SET opt_out_hash = ? WHERE id = ?")) {
            update.setString(1, SecretToken.hash(legacy));
            update.setLong(2, inviteeId);
            update.executeUpdate();
        }

        assertTrue(optOuts.optOut(legacy));

        assertEquals(Optional.of(new OptOutService.OptOutTarget("Bouw Peeters", true)), optOuts.optOutTarget(token),
                "the same invitee");
    }

    @Test
    void aLinkWithAnotherInviteesIdOrAChangedMacFindsNobody() {
        Wave wave = store.waves().get(0);
        InviteeLinks links = wave.links(wave.linkBase());
        String otherId = links.optOutToken(inviteeId + 1);
        String changed = token.substring(0, 20) + (token.charAt(20) == 'A' ? 'B' : 'A') + token.substring(21);
        String answering = links.responseToken(inviteeId);

        assertFalse(optOuts.optOut(otherId));
        assertFalse(optOuts.optOut(changed));
        assertFalse(optOuts.optOut(answering), "the answering link opts nobody out");
        assertEquals(null, store.all(wave.id()).get(0).optedOutAt());
    }

    @Test
    void anUnknownOrMalformedLinkFindsNobody() {
        String unknown = SecretToken.generate();

        assertEquals(Optional.empty(), optOuts.optOutTarget(unknown));
        assertFalse(optOuts.optOut(unknown));
        assertFalse(optOuts.optOut("not a token"));
        assertFalse(optOuts.optOut(null));
        assertEquals(null, store.all(store.waves().get(0).id()).get(0).optedOutAt());
        assertEquals(List.of(), audit.entries(AuditAction.UPDATE));
    }
}
