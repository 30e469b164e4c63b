package org.leerwerkplek.fieldwork;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringReader;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.leerwerkplek.companies.CompanyView;
import org.leerwerkplek.companies.register.CompanyDetails;
import org.leerwerkplek.companies.register.Contact;
import org.leerwerkplek.companies.register.EnterpriseNumber;
import org.leerwerkplek.companies.register.Province;
import org.leerwerkplek.platform.DomainException;
import org.leerwerkplek.platform.audit.AuditAction;
import org.leerwerkplek.platform.testing.MigratedDatabase;
import org.leerwerkplek.platform.testing.MutableClock;
import org.leerwerkplek.platform.testing.RecordingAuditLog;

/**
 * Filling a wave, all or nothing: a CSV with one wrong line or an address the wave has already
 * adds nobody, a register company without a contact to mail adds nobody, a closed wave takes
 * nobody; what is added is recorded as one row in the trail.
 */
class InviteeImportTest {

    private MigratedDatabase database;
    private MutableClock clock;
    private RecordingAuditLog audit;
    private FieldworkStore store;
    private Wave wave;
    private final Map<Long, CompanyView> register = new HashMap<>();
    private InviteeImport invitees;

    @BeforeEach
    void setUp() throws SQLException {
        database = new MigratedDatabase("invitee_import");
        clock = new MutableClock(WaveServiceTest.TODAY);
        audit = new RecordingAuditLog(clock);
        store = new FieldworkStore(database.dataSource(), clock);
        WaveService waves = WaveServiceTest.waves(database, audit, clock, new ArrayList<>());
        wave = waves.create(WaveServiceTest.ANALYST, WaveServiceTest.draft("werkgever"));
        invitees = new InviteeImport(waves, store, (caller, id) -> register.get(id), audit);
    }

    @AfterEach
    void tearDown() throws SQLException {
        database.close();
    }

    private InviteeImport.AddOutcome csv(String text) throws IOException {
        return invitees.importCsv(wave.id(), new StringReader(text));
    }

    @Test
    void aCsvIsAddedWholeAndRecordedOnce() throws IOException {
        InviteeImport.AddOutcome outcome = csv("""
                company;contact;email;language
                Bouw Peeters;An Peeters;an@bouw.be;nl
                Dakwerken Maes;Els Maes;els@dak.be;fr
                """);

        assertEquals(2, outcome.added());
        assertEquals(Set.of("an@bouw.be", "els@dak.be"), store.emails(wave.id()));
        assertEquals(List.of("wave:" + wave.id() + ":added:2"),
                audit.entries(AuditAction.CREATE).stream().filter(e -> e.objectKind().equals(FieldworkTrail.INVITEE))
                        .map(e -> e.objectId()).toList());
    }

    @Test
    void oneWrongLineOrAnAddressTheWaveHasAddsNobody() throws IOException {
        csv("company;contact;email;language\nBouw Peeters;An Peeters;an@bouw.be;nl\n");

        InviteeImport.AddOutcome wrong = csv("company;contact;email;language\nDak;Els;els@dak.be;nl\nX;Y;not-an-address;nl\n");
        InviteeImport.AddOutcome twice = csv("company;contact;email;language\nDak;Els;els@dak.be;nl\nBouw;An;AN@bouw.be;nl\n");

        assertEquals(0, wrong.added());
        assertEquals(3, wrong.problems().get(0).line());
        assertEquals(0, twice.added());
        assertEquals(3, twice.problems().get(0).line());
        assertEquals(Set.of("an@bouw.be"), store.emails(wave.id()));
    }

    @Test
    void registerCompaniesComeWithTheirFirstContactToMailAndOneWithoutAddsNobody() {
        register.put(1L, company(1, "Bouw Peeters", List.of(new Contact("Jan", "", "", "", "nl"),
                new Contact("An Peeters", "zaakvoerder", "an@bouw.be", "", "de"))));
        register.put(2L, company(2, "Dakwerken Maes", List.of(new Contact("Els", "", "", "0470", "fr"))));

        InviteeImport.AddOutcome refused = invitees.addFromRegister(WaveServiceTest.ANALYST, wave.id(), List.of(1L, 2L));
        InviteeImport.AddOutcome added = invitees.addFromRegister(WaveServiceTest.ANALYST, wave.id(), List.of(1L));

        assertEquals(0, refused.added());
        assertEquals("fieldwork.import.noContact", refused.problems().get(0).messageKey());
        assertEquals(2, refused.problems().get(0).line());
        assertEquals(1, added.added());
        Invitee invitee = store.all(wave.id()).get(0);
        assertEquals("an@bouw.be", invitee.email());
        assertEquals("nl", invitee.language(), "a language the mails do not speak becomes Dutch");
        assertEquals("Bouw Peeters", invitee.company());
    }

    @Test
    void aClosedWaveTakesNobody() {
        clock.set(wave.closingDate().plusDays(1));

        DomainException refused = assertThrows(DomainException.class,
                () -> csv("company;contact;email;language\nBouw Peeters;An Peeters;an@bouw.be;nl\n"));

        assertEquals("fieldwork.wave.closed", refused.messageKey());
        assertEquals(Set.of(), store.emails(wave.id()));
    }

    private static CompanyView company(long id, String name, List<Contact> contacts) {
        return new CompanyView(id, 0, new CompanyDetails(EnterpriseNumber.parse("0403170701"), name, "", "", "",
                Province.VLAAMS_BRABANT, Set.of(), Optional.empty(), false, Set.of(), Optional.empty(), contacts),
                null, false, false);
    }
}
