package org.leerwerkplek.companies.suitability;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.leerwerkplek.surveys.definition.condition.Condition;
import org.leerwerkplek.surveys.definition.model.AnswerValue;
import org.leerwerkplek.surveys.definition.model.Answers;

/**
 * The ordered levels of a criterion or verdict with its default: the first level (other than the
 * default) whose {@code when} is true wins; if none is, the default level is given.
 */
public record Levels(String defaultCode, List<Level> all) {

    public Levels {
        Objects.requireNonNull(defaultCode, "defaultCode");
        all = List.copyOf(all);
        if (all.stream().noneMatch(l -> l.code().equals(defaultCode))) {
            throw new IllegalArgumentException("default level " + defaultCode + " is not one of the levels");
        }
    }

    public Level defaultLevel() {
        return level(defaultCode).orElseThrow();
    }

    public Optional<Level> level(String code) {
        return all.stream().filter(l -> l.code().equals(code)).findFirst();
    }

    /** The level for {@code answers}, with the answers its conditions read. */
    public Assessment.Decision decide(Answers answers) {
        for (Level level : all) {
            if (level.when().isPresent() && level.when().get().evaluate(answers)) {
                return new Assessment.Decision(level, false, evidence(level.when().get().references(), answers));
            }
        }
        List<Condition> conditions = all.stream().flatMap(l -> l.when().stream()).toList();
        return new Assessment.Decision(defaultLevel(), true, evidence(Condition.referencesOf(conditions), answers));
    }

    private static List<Assessment.Evidence> evidence(List<Condition.Reference> references, Answers answers) {
        return references.stream().map(r -> new Assessment.Evidence(r.toString(), answerAt(r, answers))).toList();
    }

    private static Optional<String> answerAt(Condition.Reference reference, Answers answers) {
        if (reference.item().isPresent()) {
            return answers.code(reference);
        }
        return answers.given(reference.question()).map(AnswerValue::asText);
    }
}
