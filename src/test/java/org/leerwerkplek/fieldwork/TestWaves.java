package org.leerwerkplek.fieldwork;

import java.io.IOException;
import java.io.StringReader;
import java.time.Clock;
import org.leerwerkplek.platform.testing.RecordingAuditLog;

/** Waves with invitees on the migrated database, for the fieldwork tests that run the schedule or count it. */
final class TestWaves {

    private TestWaves() {
    }

    /** A new employer wave with {@code invitees} imported invitees, half in ANT and half in WVL. */
    static Wave withInvitees(WaveService waves, FieldworkStore store, Clock clock, int invitees) throws IOException {
        Wave wave = waves.create(WaveServiceTest.ANALYST, WaveServiceTest.draft("werkgever"));
        StringBuilder csv = new StringBuilder("company;contact;email;language;region\n");
        for (int i = 0; i < invitees; i++) {
            csv.append("Bedrijf ").append(i).append(";Contact;c").append(i).append("@bouw.be;nl;")
                    .append(i % 2 == 0 ? "ANT" : "WVL").append('\n');
        }
        new InviteeImport(waves, store, (caller, id) -> null, new RecordingAuditLog(clock))
                .importCsv(wave.id(), new StringReader(csv.toString()));
        return wave;
    }

    /** Records the wave's due invitees as invited now, as {@link DueWork#invite} would. */
    static void recordInvited(FieldworkStore store, Clock clock, Wave wave) {
        java.util.List<Invitee> due = store.dueInvitations(wave.id());
        store.recordInvited(wave.id(), due.get(0).id(), due.get(due.size() - 1).id(),
                clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS));
    }
}
