package org.leerwerkplek.surveys;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.leerwerkplek.surveys.definition.model.AnswerValue;
import org.leerwerkplek.surveys.definition.model.Instrument;
import org.leerwerkplek.surveys.definition.model.Question;

/**
 * The free texts of responses that staff enter for another part (the fiche of a company visit),
 * for that part's access requests and erasures: reading them, and removing answers also from a
 * submitted response, which is otherwise locked. The calling part decides which response and which
 * answers; nothing here checks who asks.
 */
@ApplicationScoped
@Transactional
public class EntryTexts {

    /** The key under which the text given with an "other" option is listed: {@code <code>.other}. */
    public static final String OTHER = ".other";

    private ResponseStore store;
    private Instruments catalog;
    private Clock clock;

    /** For the CDI proxy only. */
    protected EntryTexts() {
    }

    @Inject
    public EntryTexts(ResponseStore store, Instruments catalog, Clock clock) {
        this.store = store;
        this.catalog = catalog;
        this.clock = clock;
    }

    /** The free texts of the response, by question code (an "other" text as {@code <code>.other}); empty when there is none. */
    public Map<String, String> texts(long responseId) {
        Map<String, String> texts = new LinkedHashMap<>();
        answers(responseId).ifPresent(answers -> new java.util.TreeMap<>(answers).forEach((code, value) -> {
            if (value instanceof AnswerValue.Text text) {
                texts.put(code, text.text());
            }
            otherText(value).ifPresent(other -> texts.put(code + OTHER, other));
        }));
        return texts;
    }

    /**
     * Removes every free text of the response that {@code names} (an answer's whole text, or the
     * text given with "other", which then goes without its code changing). The codes changed.
     */
    public Set<String> removeTexts(long responseId, Predicate<String> names) {
        return rewrite(responseId, (code, value) -> {
            if (value instanceof AnswerValue.Text text) {
                return names.test(text.text()) ? null : value;
            }
            return otherText(value).filter(names).map(other -> withoutOther(value)).orElse(value);
        });
    }

    /** Removes the answers to {@code codes}. The codes removed. */
    public Set<String> remove(long responseId, Set<String> codes) {
        return rewrite(responseId, (code, value) -> codes.contains(code) ? null : value);
    }

    /**
     * Keeps only the closed answers (choices, numbers, dates): every text answer is removed and
     * the text given with "other" is dropped (the option stays chosen). The codes changed.
     */
    public Set<String> keepClosedAnswers(long responseId) {
        return removeTexts(responseId, text -> true);
    }

    private interface Rewrite {
        /** The value to keep for {@code code}; null to remove it. */
        AnswerValue apply(String code, AnswerValue value);
    }

    private Set<String> rewrite(long responseId, Rewrite rewrite) {
        Optional<Map<String, AnswerValue>> found = answers(responseId);
        if (found.isEmpty()) {
            return Set.of();
        }
        Map<String, AnswerValue> answers = found.get();
        Map<String, AnswerValue> kept = new HashMap<>();
        Set<String> changed = new TreeSet<>();
        answers.forEach((code, value) -> {
            AnswerValue next = rewrite.apply(code, value);
            if (next == null || next.isEmpty()) {
                changed.add(code);
            } else {
                if (!next.equals(value)) {
                    changed.add(code);
                }
                kept.put(code, next);
            }
        });
        if (!changed.isEmpty()) {
            store.replaceAnswers(responseId, AnswerDocument.encode(kept), clock.instant());
        }
        return changed;
    }

    private Optional<Map<String, AnswerValue>> answers(long responseId) {
        return store.find(responseId).map(this::decoded);
    }

    private Map<String, AnswerValue> decoded(SurveyResponse response) {
        Instrument instrument = catalog.bySnapshot(response.getSnapshotId())
                .orElseThrow(() -> new IllegalStateException("snapshot " + response.getSnapshotId() + " is missing"));
        return AnswerDocument.decode(response.getAnswers(), code -> instrument.question(code).map(Question::type));
    }

    private static Optional<String> otherText(AnswerValue value) {
        if (value instanceof AnswerValue.Single single) {
            return single.otherText().filter(t -> !t.isBlank());
        }
        if (value instanceof AnswerValue.Multiple multiple) {
            return multiple.otherText().filter(t -> !t.isBlank());
        }
        return Optional.empty();
    }

    private static AnswerValue withoutOther(AnswerValue value) {
        if (value instanceof AnswerValue.Single single) {
            return new AnswerValue.Single(single.code(), Optional.empty());
        }
        if (value instanceof AnswerValue.Multiple multiple) {
            return new AnswerValue.Multiple(multiple.codes(), Optional.empty());
        }
        return value;
    }
}
