package org.leerwerkplek.surveys.definition;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The suitability of one company as a learning workplace, from its fiche: a level per criterion,
 * the overall verdict and the proposed support forms, each with what led to it.
 *
 * @param rulesVersion the {@code version} of the rule file, to store with the assessment
 */
public record Assessment(int rulesVersion, List<CriterionResult> criteria, Optional<Decision> overall,
                         List<ProposedSupport> proposals) {

    public Assessment {
        criteria = List.copyOf(criteria);
        Objects.requireNonNull(overall, "overall");
        proposals = List.copyOf(proposals);
    }

    /** The level given for {@code criterionCode}. */
    public Optional<Level> level(String criterionCode) {
        return criteria.stream().filter(c -> c.criterion().code().equals(criterionCode))
                .map(c -> c.decision().level()).findFirst();
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

    /** One criterion with its decision. */
    public record CriterionResult(Criterion criterion, Decision decision) {
        public CriterionResult {
            Objects.requireNonNull(criterion, "criterion");
            Objects.requireNonNull(decision, "decision");
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
