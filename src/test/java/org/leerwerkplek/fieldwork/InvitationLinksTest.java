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

        Optional<LinkStarter.PendingLink> pending = links.pendingLink("l" + first.id());

        assertEquals(Optional.of(new LinkStarter.PendingLink("werkgever", "nl",
                wave.closesAt(ZoneId.systemDefault()))), pending);
        links.started("l" + first.id(), 77);
        assertEquals(77L, store.all(wave.id()).get(0).responseId(), "the monitor reads the response from here");
        assertEquals(Optional.empty(), links.pendingLink("l" + first.id()), "started once");
        links.started("l" + first.id(), 78);
        assertEquals(77L, store.all(wave.id()).get(0).responseId(), "a second start changes nothing");
        assertEquals(null, store.all(wave.id()).get(1).responseId(), "the other invitee has not opened its link");
    }

    @Test
    void anUnknownLinkOrOneOfAnAnonymisedInviteeStartsNothing() throws IOException {
        Wave wave = TestWaves.withInvitees(waves, store, clock, 1);
        TestWaves.recordInvited(store, clock, wave);
        Invitee invitee = store.all(wave.id()).get(0);
        assertTrue(links.pendingLink("l" + invitee.id()).isPresent());

        assertEquals(1, store.anonymise(java.util.List.of(invitee.id()), clock.instant()));

        assertFalse(links.pendingLink("l" + invitee.id()).isPresent());
        assertFalse(links.pendingLink("no such hash").isPresent());
    }
}
