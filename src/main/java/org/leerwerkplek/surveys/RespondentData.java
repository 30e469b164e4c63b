package org.leerwerkplek.surveys;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;
import org.leerwerkplek.surveys.definition.model.Instrument;
import org.leerwerkplek.surveys.definition.model.Language;
import org.leerwerkplek.surveys.definition.model.Question;

/**
 * What responses hold about the people who gave them, on the connection of the caller's
 * transaction: their answers as a person reads them (an access request), forgetting them (an
 * erasure or the end of a retention period: free texts and the link's token hash go, closed
 * answers stay for the statistics), and open responses left past their period.
 */
public final class RespondentData {

    /** A response as handed to the person who gave it. */
    public record Held(long id, String instrumentId, int version, ResponseStatus status, ResponseChannel channel,
                       String language, Instant createdAt, Instant updatedAt, Instant submittedAt,
                       Map<String, String> answers) {
    }

    /** How many responses are read into memory at once. */
    private static final int CHUNK = 500;

    private final ResponseStore store;
    private final LongFunction<Optional<Instrument>> bySnapshot;

    /** @param bySnapshot the definition a response was given under, by its snapshot id */
    public RespondentData(ResponseStore store, LongFunction<Optional<Instrument>> bySnapshot) {
        this.store = store;
        this.bySnapshot = bySnapshot;
    }

    /**
     * Forgets the people behind these responses: the free texts of their answers
     * ({@link AnswerDocument#withoutFreeTexts}) and the hash of their link go, so the link opens
     * nothing any more; the closed answers, status and dates stay. The row's version moves on, so
     * an answer being saved at the same moment cannot bring a text back.
     *
     * @return the ids of the responses that held a text or a link (the others had nothing to forget)
     */
    public List<Long> forget(Collection<Long> responseIds) {
        Map<Long, Optional<Instrument>> instruments = new HashMap<>();
        List<Long> changed = new ArrayList<>();
        List<Long> ids = new ArrayList<>(responseIds);
        for (int from = 0; from < ids.size(); from += CHUNK) {
            Map<Long, String> kept = new LinkedHashMap<>();
            for (SurveyResponse response : store.findAll(ids.subList(from, Math.min(ids.size(), from + CHUNK)))) {
                Optional<Instrument> instrument = instruments.computeIfAbsent(response.getSnapshotId(), bySnapshot::apply);
                String answers = response.getAnswers();
                String withoutTexts = AnswerDocument.withoutFreeTexts(answers,
                        code -> instrument.flatMap(i -> i.question(code)).map(Question::type));
                if (!withoutTexts.equals(answers) || response.getTokenHash() != null) {
                    kept.put(response.getId(), withoutTexts);
                }
            }
            store.erase(kept);
            changed.addAll(kept.keySet());
        }
        return changed;
    }

    /** The ids of the responses the account {@code username} entered (from paper), oldest first. */
    public List<Long> enteredBy(String username) {
        return store.enteredBy(username);
    }

    /** The responses the account {@code username} entered no longer name it; how many. */
    public int forgetEnteredBy(String username) {
        return store.forgetEnteredBy(username);
    }

    /** These responses as the person who gave them reads them, by id; ids that do not exist are left out. */
    public Map<Long, Held> held(Collection<Long> responseIds) {
        Map<Long, Held> held = new LinkedHashMap<>();
        for (SurveyResponse response : store.findAll(responseIds)) {
            Optional<Instrument> instrument = bySnapshot.apply(response.getSnapshotId());
            Language language = Language.fromCode(response.getLanguage()).orElse(Language.NL);
            Map<String, String> answers = instrument.map(i -> ReadableAnswers.of(i, AnswerDocument.decode(
                    response.getAnswers(), code -> i.question(code).map(Question::type)), language))
                    .orElseGet(Map::of);
            held.put(response.getId(), new Held(response.getId(), response.getInstrumentId(), response.getVersion(),
                    response.getStatus(), response.getChannel(), language.code(), response.getCreatedAt(),
                    response.getUpdatedAt(), response.getSubmittedAt(), answers));
        }
        return held;
    }

    /**
     * How many responses answered through a link (personal or public) were never submitted and
     * stopped taking answers before {@code cutoff}: their closing time passed, or, without one,
     * nobody touched them since.
     */
    public long countOpenPast(Instant cutoff) {
        return store.countOpenPast(cutoff);
    }

    /** Removes the responses {@link #countOpenPast(Instant)} counts; how many. */
    public long deleteOpenPast(Instant cutoff) {
        return store.deleteOpenPast(cutoff);
    }
}
