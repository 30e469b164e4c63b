package org.leerwerkplek.fieldwork;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import org.leerwerkplek.platform.privacy.ErasedObject;
import org.leerwerkplek.platform.privacy.Person;
import org.leerwerkplek.platform.privacy.PersonalData;
import org.leerwerkplek.platform.privacy.PersonalRecord;
import org.leerwerkplek.surveys.RespondentData;
import org.leerwerkplek.surveys.ResponsePrivacy;

/**
 * The fieldwork part's personal data: a person invited by e-mail, in every wave. An access
 * request gets each invitation (name, address, company, wave, invitation and reminder dates,
 * opt-out) and the response behind it with its answers, free texts included. An erasure
 * anonymises the invitations ({@link InviteeAnonymiser}): name, company name, address and links
 * go, the response keeps its closed answers for the wave's statistics, without free texts and
 * without anything that leads to the person. An account is named as the creator of waves; its
 * erasure leaves the waves without a creator.
 */
@ApplicationScoped
public class FieldworkPrivacy implements PersonalData {

    /** A wave, for the account that created it (staff are known by user name). */
    static final String WAVE = "wave";

    @Inject
    DataSource dataSource;

    @Inject
    ResponsePrivacy responses;

    @Inject
    Clock clock;

    private FieldworkStore store;

    @PostConstruct
    void init() {
        store = new FieldworkStore(dataSource, clock);
    }

    @Override
    public List<PersonalRecord> find(Person person) {
        List<Invitee> invitees = store.byEmail(person.email());
        Map<Long, RespondentData.Held> held = responses.held(
                invitees.stream().map(Invitee::responseId).filter(Objects::nonNull).toList());
        Map<Long, Optional<Wave>> waves = new HashMap<>();
        List<PersonalRecord> records = new ArrayList<>();
        for (Invitee invitee : invitees) {
            Optional<Wave> wave = waves.computeIfAbsent(invitee.waveId(), store::wave);
            records.add(new PersonalRecord(InviteeAnonymiser.INVITEE, Long.toString(invitee.id()), fields(invitee, wave)));
            RespondentData.Held response = invitee.responseId() == null ? null : held.get(invitee.responseId());
            if (response != null) {
                records.add(new PersonalRecord(InviteeAnonymiser.RESPONSE, Long.toString(response.id()), fields(response)));
            }
        }
        person.username().ifPresent(username -> store.wavesCreatedBy(username).forEach(id -> store.wave(id).ifPresent(
                wave -> records.add(new PersonalRecord(WAVE, Long.toString(id), Map.of("wave", wave.name(),
                        "createdBy", username, "createdAt", wave.createdAt().toString()))))));
        return records;
    }

    @Override
    public List<ErasedObject> erase(Person person) {
        List<FieldworkStore.ToAnonymise> invitees = store.byEmail(person.email()).stream()
                .map(i -> new FieldworkStore.ToAnonymise(i.id(), i.responseId())).toList();
        List<ErasedObject> erased = new ArrayList<>(new InviteeAnonymiser(store, responses::forget)
                .anonymise(invitees, clock.instant()));
        person.username().ifPresent(username -> {
            List<Long> waves = store.wavesCreatedBy(username);
            store.forgetCreator(username);
            waves.forEach(id -> erased.add(new ErasedObject(WAVE, Long.toString(id))));
        });
        return erased;
    }

    static Map<String, String> fields(Invitee invitee, Optional<Wave> wave) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("contact", invitee.contact());
        fields.put("email", invitee.email());
        fields.put("company", invitee.company());
        fields.put("language", invitee.language());
        wave.ifPresent(w -> {
            fields.put("wave", w.name());
            fields.put("instrument", w.instrumentId());
            fields.put("closingDate", w.closingDate().toString());
        });
        put(fields, "sizeClass", invitee.sizeClass());
        put(fields, "subsector", invitee.subsector());
        put(fields, "region", invitee.region());
        put(fields, "invitedAt", invitee.invitedAt());
        fields.put("reminders", Integer.toString(invitee.reminders()));
        put(fields, "lastMailAt", invitee.lastContactAt());
        put(fields, "optedOutAt", invitee.optedOutAt());
        put(fields, "response", invitee.responseId());
        return fields;
    }

    static Map<String, String> fields(RespondentData.Held response) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("instrument", response.instrumentId() + " v" + response.version());
        fields.put("status", response.status().name());
        fields.put("language", response.language());
        put(fields, "startedAt", response.createdAt());
        put(fields, "lastSavedAt", response.updatedAt());
        put(fields, "submittedAt", response.submittedAt());
        fields.putAll(response.answers());
        return fields;
    }

    private static void put(Map<String, String> fields, String field, Object value) {
        if (value != null) {
            fields.put(field, value.toString());
        }
    }
}
