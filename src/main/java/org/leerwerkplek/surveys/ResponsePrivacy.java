package org.leerwerkplek.surveys;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.leerwerkplek.platform.privacy.ErasedObject;
import org.leerwerkplek.platform.privacy.PeriodRule;
import org.leerwerkplek.platform.privacy.RetentionSetting;
import org.leerwerkplek.platform.privacy.Person;
import org.leerwerkplek.platform.privacy.PersonalData;
import org.leerwerkplek.platform.privacy.PersonalRecord;

/**
 * The surveys part's share in a person's data, for the parts that know who gave a response (the
 * fieldwork part knows its invitees' responses; respondents of public links and paper entries are
 * known to nobody): their answers for an access request, forgetting them for an erasure, and the
 * retention of responses answered through a link and never submitted
 * ({@code lwp.retention.open-response-months}, 6, after they stopped taking answers). As a
 * {@link PersonalData} of its own it knows staff: the account that entered a response from paper
 * is named in it until the account is erased.
 */
@ApplicationScoped
public class ResponsePrivacy extends PeriodRule implements PersonalData {

    /** A response entered from paper, for the account that entered it. */
    static final String ENTERED = "survey-response";

    static final RetentionSetting RULE = RetentionSetting.months("surveys.open-responses", "lwp.retention.open-response-months", 6);

    private RespondentData data;

    /** For the CDI proxy only. */
    protected ResponsePrivacy() {
        super(RULE);
    }

    @Inject
    public ResponsePrivacy(ResponseStore store, Instruments catalog) {
        super(RULE);
        this.data = new RespondentData(store, catalog::bySnapshot);
    }

    /**
     * Forgets the people behind these responses, in the caller's transaction: free texts and link
     * go, closed answers stay for the statistics (see {@link RespondentData#forget}).
     *
     * @return the responses that had something to forget
     */
    @Transactional
    public List<Long> forget(Collection<Long> responseIds) {
        return responseIds.isEmpty() ? List.of() : data.forget(responseIds);
    }

    /** These responses with their answers as the person who gave them reads them. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Long, RespondentData.Held> held(Collection<Long> responseIds) {
        return responseIds.isEmpty() ? Map.of() : data.held(responseIds);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PersonalRecord> find(Person person) {
        return person.username().map(username -> data.enteredBy(username).stream()
                .map(id -> new PersonalRecord(ENTERED, Long.toString(id), Map.of("enteredBy", username))).toList())
                .orElseGet(List::of);
    }

    @Override
    @Transactional
    public List<ErasedObject> erase(Person person) {
        if (person.username().isEmpty()) {
            return List.of();
        }
        List<Long> entered = data.enteredBy(person.username().get());
        data.forgetEnteredBy(person.username().get());
        return entered.stream().map(id -> new ErasedObject(ENTERED, Long.toString(id))).toList();
    }

    @Override
    protected long countBefore(Instant cutoff) {
        return data.countOpenPast(cutoff);
    }

    @Override
    protected long removeBefore(Instant cutoff, Instant now) {
        return data.deleteOpenPast(cutoff);
    }
}
