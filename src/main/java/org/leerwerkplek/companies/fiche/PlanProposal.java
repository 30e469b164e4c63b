package org.leerwerkplek.companies.fiche;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.leerwerkplek.companies.suitability.Assessment;
import org.leerwerkplek.companies.suitability.SupportForm;
import org.leerwerkplek.surveys.definition.model.LocalizedText;

/**
 * The support plan proposed from a fiche's assessment: one action per proposed support form that
 * the advisor has not yet accepted or rejected for this visit, in the order of the rule file,
 * with the advisor as owner and a due date a fixed lead time after today. The advisor accepts an
 * action (possibly with another owner or date), or rejects it.
 */
public final class PlanProposal {

    /** The lead time of a proposed action: a first follow-up within a month. */
    public static final Period LEAD_TIME = Period.ofDays(30);

    /** A proposed action, with the reasons that led to it. */
    public record ProposedAction(SupportForm form, List<LocalizedText> reasons, String owner, LocalDate due) {
        public ProposedAction {
            Objects.requireNonNull(form, "form");
            reasons = List.copyOf(reasons);
            Objects.requireNonNull(owner, "owner");
            Objects.requireNonNull(due, "due");
        }
    }

    private PlanProposal() {
    }

    /**
     * @param decided the codes of support forms already accepted or rejected for this visit
     * @param advisor the owner proposed for every action
     */
    public static List<ProposedAction> propose(Assessment assessment, Set<String> decided, String advisor,
                                               LocalDate today) {
        LocalDate due = today.plus(LEAD_TIME);
        return assessment.proposals().stream()
                .filter(p -> !decided.contains(p.form().code()))
                .map(p -> new ProposedAction(p.form(), p.reasons(), advisor, due))
                .toList();
    }
}
