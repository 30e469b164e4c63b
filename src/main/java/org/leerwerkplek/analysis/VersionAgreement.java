package org.leerwerkplek.analysis;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.leerwerkplek.surveys.definition.model.Instrument;
import org.leerwerkplek.surveys.definition.model.Option;
import org.leerwerkplek.surveys.definition.model.Question;

/**
 * Whether the responses given under one version of an instrument can be counted with another
 * (the one the tables are read with): they can when every question both versions ask has the same
 * type and every answer code of the older one (option, scale point, matrix item) still means
 * something in the newer. Questions only one of them asks do not matter: a question that is gone
 * is not analysed, and respondents of the version without a new question count as not shown it.
 */
public final class VersionAgreement {

    /** What does not agree. */
    public enum Conflict { TYPE, CODE, ITEM }

    /** The first reason why {@code version} does not agree: the question and the code concerned. */
    public record Disagreement(int version, String question, Conflict conflict, String code) {
    }

    private VersionAgreement() {
    }

    /** Why the responses under {@code given} cannot be read with {@code reading}; empty when they can. */
    public static Optional<Disagreement> between(Instrument reading, Instrument given) {
        if (given == reading || given.contentHash().equals(reading.contentHash())) {
            return Optional.empty();
        }
        for (Question old : given.questions()) {
            Optional<Question> now = reading.question(old.code());
            if (now.isEmpty()) {
                continue;
            }
            Question current = now.get();
            if (current.type() != old.type()) {
                return Optional.of(new Disagreement(given.version(), old.code(), Conflict.TYPE, old.type().name()));
            }
            Set<String> known = new HashSet<>(current.answerCodes());
            for (String code : old.answerCodes()) {
                if (!known.contains(code)) {
                    return Optional.of(new Disagreement(given.version(), old.code(), Conflict.CODE, code));
                }
            }
            Set<String> items = codes(current.items());
            for (Option item : old.items()) {
                if (!items.contains(item.code())) {
                    return Optional.of(new Disagreement(given.version(), old.code(), Conflict.ITEM, item.code()));
                }
            }
        }
        return Optional.empty();
    }

    private static Set<String> codes(List<Option> options) {
        Set<String> codes = new HashSet<>();
        options.forEach(o -> codes.add(o.code()));
        return codes;
    }
}
