package org.leerwerkplek.surveys.definition.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.leerwerkplek.surveys.definition.model.Instrument;
import org.leerwerkplek.surveys.definition.model.Option;
import org.leerwerkplek.surveys.definition.model.Question;
import org.leerwerkplek.surveys.definition.model.Scale;
import org.leerwerkplek.surveys.definition.yaml.DefinitionError;

/**
 * Compares an instrument with the stored snapshot of the same id (README section 9). Stored
 * answers are pinned to {@code (id, version)}, so under the same version nothing they refer to may
 * disappear: no question, option, matrix item, scale point or {@code na} code may be removed, and
 * no question may change its type, scale or option set. Such a change needs a higher version.
 * Other changes under the same version are accepted and listed as warnings.
 */
public final class VersionCompatibility {

    /** How the current file relates to the stored snapshot. */
    public enum Outcome {
        /** Same content (same hash): nothing to do. */
        UNCHANGED,
        /** Changed under the same version without breaking stored answers: accepted, with warnings. */
        CHANGED,
        /** A higher version: accepted; a new snapshot is stored next to the old one. */
        NEW_VERSION,
        /** Refused: stored answers would break, or the version went down. */
        REFUSED
    }

    /**
     * The comparison's result.
     *
     * @param errors why the change is refused, positioned in the current file; empty unless {@link Outcome#REFUSED}
     * @param warnings what changed under the same version, for the log
     */
    public record Verdict(Outcome outcome, List<DefinitionError> errors, List<String> warnings) {
        public Verdict {
            Objects.requireNonNull(outcome, "outcome");
            errors = List.copyOf(errors);
            warnings = List.copyOf(warnings);
        }

        public boolean isAccepted() {
            return outcome != Outcome.REFUSED;
        }
    }

    private VersionCompatibility() {
    }

    /**
     * Compares {@code current} with {@code stored}.
     *
     * @throws IllegalArgumentException when they are not the same instrument
     */
    public static Verdict compare(Instrument stored, Instrument current) {
        if (!stored.id().equals(current.id())) {
            throw new IllegalArgumentException("cannot compare " + stored.id() + " with " + current.id());
        }
        String file = current.fileName();
        if (current.version() < stored.version()) {
            return new Verdict(Outcome.REFUSED, List.of(new DefinitionError(file, current.versionLine(), 1,
                    "version " + current.version() + " is lower than the stored version " + stored.version()
                            + "; versions only go up")), List.of());
        }
        if (current.version() > stored.version()) {
            return new Verdict(Outcome.NEW_VERSION, List.of(), List.of());
        }
        if (stored.contentHash().equals(current.contentHash())) {
            return new Verdict(Outcome.UNCHANGED, List.of(), List.of());
        }
        Comparison comparison = new Comparison(stored, current);
        comparison.run();
        if (!comparison.errors.isEmpty()) {
            return new Verdict(Outcome.REFUSED, comparison.errors, List.of());
        }
        List<String> warnings = new ArrayList<>(comparison.additions);
        warnings.add(0, file + ": content changed under the same version " + current.version()
                + " (stored answers keep all their codes)");
        return new Verdict(Outcome.CHANGED, List.of(), warnings);
    }

    /** The code-by-code comparison of two files of the same version. */
    private static final class Comparison {
        private final Instrument stored;
        private final Instrument current;
        private final String raise;
        private final List<DefinitionError> errors = new ArrayList<>();
        private final List<String> additions = new ArrayList<>();

        Comparison(Instrument stored, Instrument current) {
            this.stored = stored;
            this.current = current;
            this.raise = " but version is still " + current.version() + "; raise version to " + (current.version() + 1);
        }

        void run() {
            for (Question old : stored.questions()) {
                Optional<Question> now = current.question(old.code());
                if (now.isEmpty()) {
                    refuse(current.versionLine(), "question " + old.code() + " was removed" + raise);
                } else {
                    compare(old, now.get());
                }
            }
            for (Question now : current.questions()) {
                if (stored.question(now.code()).isEmpty()) {
                    additions.add("question " + now.code() + " was added");
                }
            }
        }

        private void compare(Question old, Question now) {
            if (old.type() != now.type()) {
                refuse(now.line(), old.code() + " changed type from " + old.type() + " to " + now.type() + raise);
                return;
            }
            if (!old.choices().optionSet().equals(now.choices().optionSet())) {
                refuse(now.line(), old.code() + " changed its option set from " + name(old.choices().optionSet())
                        + " to " + name(now.choices().optionSet()) + raise);
            }
            Optional<String> oldScale = old.scale().map(Scale::name);
            Optional<String> newScale = now.scale().map(Scale::name);
            if (!oldScale.equals(newScale)) {
                refuse(now.line(), old.code() + " changed its scale from " + name(oldScale) + " to " + name(newScale)
                        + raise);
            }
            String what = old.type().hasScale() ? "answer code" : "option";
            codes(what, old.answerCodes(), now.answerCodes(), now);
            codes("item", old.items().stream().map(Option::code).toList(),
                    now.items().stream().map(Option::code).toList(), now);
        }

        private void codes(String what, List<String> old, List<String> now, Question question) {
            for (String code : old) {
                if (!now.contains(code)) {
                    refuse(question.line(), what + " " + code + " was removed from " + question.code() + raise);
                }
            }
            for (String code : now) {
                if (!old.contains(code)) {
                    additions.add(what + " " + code + " was added to " + question.code());
                }
            }
        }

        private void refuse(int line, String message) {
            errors.add(new DefinitionError(current.fileName(), line, 1, message));
        }

        private static String name(Optional<String> name) {
            return name.orElse("(none)");
        }
    }
}
