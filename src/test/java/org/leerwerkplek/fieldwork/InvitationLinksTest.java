package org.leerwerkplek.fieldwork;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.leerwerkplek.platform.testing.MigratedDatabase;
import org.leerwerkplek.platform.testing.MutableClock;
import org.leerwerkplek.platform.testing.RecordingAuditLog;
import org.leerwerkplek.platform.security.SecretToken;
import org.leerwerkplek.surveys.LinkStarter;

/**
 * An invitation's survey response starts when its link is first opened: the invitee's link hash
 * tells the surveys part which instrument, language and closing moment; the first start is noted
 * on the invitee and a link whose response exists, or of an anonymised invitee, starts nothing.
 */
class InvitationLinksTest {

    private MigratedDatabase database;
    private MutableClock clock;
    private FieldworkStore store;
    private WaveService waves;
    private InvitationLinks links;

    @BeforeEach
    void setUp() throws SQLException {
        database = new MigratedDatabase("invitation_links");
        clock = new MutableClock(WaveServiceTest.TODAY);
        store = new FieldworkStore(database.dataSource(), clock);
        waves = WaveServiceTest.waves(database, new RecordingAuditLog(clock), clock, new ArrayList<>());
        links = new InvitationLinks(store, clock);
    }

    @AfterEach
    void tearDown() throws SQLException {
        database.close();
    }

    @Test
    void theFirstOpeningOfALinkStartsOneResponseOnTheWavesInstrument() throws IOException {
        Wave wave = TestWaves.withInvitees(waves, store, clock, 2);
        TestWaves.recordInvited(store, clock, wave);
        Invitee first = store.all(wave.id()).get(0);

        String token = wave.links(wave.linkBase()).responseToken(first.id());

        Optional<LinkStarter.PendingLink> pending = links.pendingLink(token);

        assertEquals(Optional.of(new LinkStarter.PendingLink("werkgever", "nl",
                wave.closesAt(ZoneId.systemDefault()))), pending);
        links.started(token, 77);
        assertEquals(77L, store.all(wave.id()).get(0).responseId(), "the monitor reads the response from here");
        assertEquals(Optional.empty(), links.pendingLink(token), "started once");
        links.started(token, 78);
        assertEquals(77L, store.all(wave.id()).get(0).responseId(), "a second start changes nothing");
        assertEquals(null, store.all(wave.id()).get(1).responseId(), "the other invitee has not opened its link");
    }

    @Test
    void anUnknownLinkOrOneOfAnAnonymisedInviteeStartsNothing() throws IOException {
        Wave wave = TestWaves.withInvitees(waves, store, clock, 1);
        TestWaves.recordInvited(store, clock, wave);
        Invitee invitee = store.all(wave.id()).get(0);
        InviteeLinks waveLinks = wave.links(wave.linkBase());
        String token = waveLinks.responseToken(invitee.id());
        assertTrue(links.pendingLink(token).isPresent());
        assertFalse(links.pendingLink(waveLinks.optOutToken(invitee.id())).isPresent(), "the opt-out link answers nothing");
        String forged = token.substring(0, 30) + (token.charAt(30) == 'A' ? 'B' : 'A') + token.substring(31);
        assertFalse(links.pendingLink(forged).isPresent(), "a changed MAC");
        assertFalse(links.pendingLink(SecretToken.generate()).isPresent());

        assertEquals(1, store.anonymise(java.util.List.of(invitee.id()), clock.instant()));

        assertFalse(links.pendingLink(token).isPresent());
        assertFalse(links.pendingLink("no such token").isPresent());
    }

    @Test
    void aLinkNotInvitedYetStartsNothing() throws IOException {
        Wave wave = TestWaves.withInvitees(waves, store, clock, 1);
        Invitee invitee = store.all(wave.id()).get(0);

        assertFalse(links.pendingLink(wave.links(wave.linkBase()).responseToken(invitee.id())).isPresent());
    }

    @Test
    void aLinkIssuedBeforeLinksCarriedTheIdIsFoundByItsHashAndItsRemindersCarryIt() throws IOException, SQLException {
        Wave wave = TestWaves.withInvitees(waves, store, clock, 1);
        TestWaves.recordInvited(store, clock, wave);
        Invitee invitee = store.all(wave.id()).get(0);
        InviteeLinks.Of legacy = wave.links(wave.linkBase()).legacyOf(invitee.id());
        assertFalse(links.pendingLink(legacy.responseToken()).isPresent());
        try (java.sql.Connection connection = database.dataSource().getConnection();
             java.sql.PreparedStatement update = connection.prepareStatement(
                     "UPDATE fieldwork_invitee SET link_hash = ? WHERE id = ?")) {
            update.setString(1, SecretToken.hash(legacy.responseToken()));
            update.setLong(2, invitee.id());
            update.executeUpdate();
        }
        Invitee stored = store.all(wave.id()).get(0);

        assertTrue(links.pendingLink(legacy.responseToken()).isPresent());
        assertTrue(stored.legacyLinks());
        assertEquals(legacy, stored.links(wave.links(wave.linkBase())), "a reminder carries the old link");
        links.started(legacy.responseToken(), 91);
        assertEquals(91L, store.all(wave.id()).get(0).responseId());
    }
}
