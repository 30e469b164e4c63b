package org.leerwerkplek.companies.suitability;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.leerwerkplek.surveys.definition.condition.Condition;
import org.leerwerkplek.surveys.definition.model.LocalizedText;

/**
 * The suitability of one company as a learning workplace, from its fiche: a level per criterion,
 * the overall verdict and the proposed support forms, each with what led to it. A criterion whose
 * questions are not all answered yet is not assessed: it names the answers it still needs; the
 * verdict waits for the criteria it reads.
 *
 * @param rulesVersion the {@code version} of the rule file, to store with the assessment
 * @param overall the verdict; empty while a criterion it reads is not assessed, or when the rules have none
 */
public record Assessment(int rulesVersion, List<CriterionResult> criteria, Optional<Decision> overall,
                         List<ProposedSupport> proposals) {

    public Assessment {
        criteria = List.copyOf(criteria);
        Objects.requireNonNull(overall, "overall");
        proposals = List.copyOf(proposals);
    }

    /** The level given for {@code criterionCode}; empty when it is not assessed (yet). */
    public Optional<Level> level(String criterionCode) {
        return criteria.stream().filter(c -> c.criterion().code().equals(criterionCode))
                .flatMap(c -> c.decision().stream()).map(Decision::level).findFirst();
    }

    /** Whether every criterion is assessed. */
    public boolean isComplete() {
        return criteria.stream().allMatch(CriterionResult::isAssessed);
    }

    /** The answers still to be given before every criterion can be assessed, in the order of the criteria, once each. */
    public List<Condition.Reference> missing() {
        return criteria.stream().flatMap(c -> c.missing().stream()).distinct().toList();
    }

    /** Whether the support form {@code code} is proposed. */
    public boolean proposes(String code) {
        return proposals.stream().anyMatch(p -> p.form().code().equals(code));
    }

    /**
     * A level and what led to it.
     *
     * @param byDefault true when no condition held and the default level was given
     * @param evidence the answers read by the winning condition, or by all conditions for the default
     */
    public record Decision(Level level, boolean byDefault, List<Evidence> evidence) {
        public Decision {
            Objects.requireNonNull(level, "level");
            evidence = List.copyOf(evidence);
        }
    }

    /**
     * One criterion with its decision, or, while it cannot be assessed yet, the answers it still needs.
     *
     * @param decision empty when not assessed
     * @param missing the shown, required questions (or matrix items) the criterion reads that are not answered yet
     */
    public record CriterionResult(Criterion criterion, Optional<Decision> decision, List<Condition.Reference> missing) {
        public CriterionResult {
            Objects.requireNonNull(criterion, "criterion");
            Objects.requireNonNull(decision, "decision");
            missing = List.copyOf(missing);
            if (decision.isPresent() != missing.isEmpty()) {
                throw new IllegalArgumentException("a criterion is decided exactly when no answer is missing");
            }
        }

        public boolean isAssessed() {
            return decision.isPresent();
        }
    }

    /**
     * An answer a decision read.
     *
     * @param reference what the condition named: {@code F2_MENTOR}, {@code F2_BEGELEIDING.TIJD}, a criterion code
     * @param answer the answer there as stored ({@code JA}, {@code 3}, {@code K04, K11}); empty when unanswered
     */
    public record Evidence(String reference, Optional<String> answer) {
        public Evidence {
            Objects.requireNonNull(reference, "reference");
            Objects.requireNonNull(answer, "answer");
        }
    }

    /** A proposed support form with the reasons of all its rules that held, in rule order. */
    public record ProposedSupport(SupportForm form, List<LocalizedText> reasons) {
        public ProposedSupport {
            Objects.requireNonNull(form, "form");
            reasons = List.copyOf(reasons);
        }
    }
}
