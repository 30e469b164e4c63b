package org.leerwerkplek.companies.suitability;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.leerwerkplek.surveys.definition.condition.Condition;
import org.leerwerkplek.surveys.definition.model.Relevance;
import org.leerwerkplek.surveys.definition.model.AnswerValue;
import org.leerwerkplek.surveys.definition.model.Answers;
import org.leerwerkplek.surveys.definition.model.Instrument;
import org.leerwerkplek.surveys.definition.model.Language;
import org.leerwerkplek.surveys.definition.model.LocalizedText;
import org.leerwerkplek.surveys.definition.model.Question;
import org.leerwerkplek.surveys.definition.model.QuestionType;

/**
 * The rule file {@code <instrument>.suitability.yaml} (README section 10): criteria with levels,
 * an overall verdict and the rules that propose support forms.
 */
public record SuitabilityRules(String instrument, int instrumentVersion, int version, List<Language> languages,
                               LocalizedText title, List<Criterion> criteria, Optional<Verdict> overall,
                               List<SupportForm> supportForms, List<Proposal> proposals) {

    public SuitabilityRules {
        Objects.requireNonNull(instrument, "instrument");
        languages = List.copyOf(languages);
        Objects.requireNonNull(title, "title");
        criteria = List.copyOf(criteria);
        Objects.requireNonNull(overall, "overall");
        supportForms = List.copyOf(supportForms);
        proposals = List.copyOf(proposals);
    }

    /** The file these rules are read from. */
    public String fileName() {
        return instrument + ".suitability.yaml";
    }

    public Optional<Criterion> criterion(String code) {
        return criteria.stream().filter(c -> c.code().equals(code)).findFirst();
    }

    /**
     * Assesses a fiche, also one still being filled. Answers to questions the fiche does not show
     * are left out first (they count as unanswered, as the conditions expect). A criterion is
     * assessed once every shown, required question it reads is answered (for a matrix: each item
     * it reads); until then it is not assessed and names those answers. Criteria are decided in
     * order, first matching level wins; the verdict reads the criterion levels and waits for the
     * criteria it reads. A proposal rule counts only when it holds whatever the answers still to
     * be given will be (read with {@link Truth}: an answer still open, or the level of a criterion
     * not assessed, is unknown); a support form is proposed once with the reasons of all its rules
     * that hold.
     *
     * @throws IllegalArgumentException when {@code fiche} is not the instrument and version these rules are for
     */
    public Assessment assess(Instrument fiche, Answers answers) {
        if (!fiche.id().equals(instrument) || fiche.version() != instrumentVersion) {
            throw new IllegalArgumentException("these rules are for " + instrument + " version " + instrumentVersion
                    + ", not " + fiche.id() + " version " + fiche.version());
        }
        Relevance relevance = Relevance.of(fiche, answers);
        Answers visible = relevance.answers();
        Predicate<Condition.Reference> open = reference -> isOpen(fiche, relevance, visible, reference);
        List<Assessment.CriterionResult> results = new ArrayList<>();
        Set<String> notAssessed = new HashSet<>();
        Answers withLevels = visible;
        Answers levelsOnly = Answers.none();
        for (Criterion criterion : criteria) {
            List<Condition.Reference> missing = references(criterion.levels()).stream().filter(open).toList();
            if (!missing.isEmpty()) {
                results.add(new Assessment.CriterionResult(criterion, Optional.empty(), missing));
                notAssessed.add(criterion.code());
                continue;
            }
            Assessment.Decision decision = criterion.levels().decide(visible);
            results.add(new Assessment.CriterionResult(criterion, Optional.of(decision), List.of()));
            AnswerValue level = AnswerValue.Single.of(decision.level().code());
            withLevels = withLevels.with(criterion.code(), level);
            levelsOnly = levelsOnly.with(criterion.code(), level);
        }
        Answers criterionLevels = levelsOnly;
        Optional<Assessment.Decision> verdict = overall
                .filter(o -> references(o.levels()).stream().noneMatch(r -> notAssessed.contains(r.question())))
                .map(o -> o.levels().decide(criterionLevels));
        Predicate<Condition.Reference> unknown = open.or(r -> notAssessed.contains(r.question()));
        List<Assessment.ProposedSupport> proposed = new ArrayList<>();
        for (SupportForm form : supportForms) {
            List<LocalizedText> reasons = new ArrayList<>();
            for (Proposal proposal : proposals) {
                if (proposal.support().equals(form.code())
                        && Truth.of(proposal.when(), withLevels, unknown) == Truth.TRUE) {
                    reasons.add(proposal.reason());
                }
            }
            if (!reasons.isEmpty()) {
                proposed.add(new Assessment.ProposedSupport(form, reasons));
            }
        }
        return new Assessment(version, results, verdict, proposed);
    }

    private static List<Condition.Reference> references(Levels levels) {
        return Condition.referencesOf(levels.all().stream().flatMap(l -> l.when().stream()).toList());
    }

    /**
     * Whether the answer at {@code reference} is still to be given: its question is shown and
     * required and has no answer there (for a matrix item: that item has none).
     */
    private static boolean isOpen(Instrument fiche, Relevance relevance, Answers visible, Condition.Reference reference) {
        Optional<Question> question = fiche.question(reference.question());
        if (question.isEmpty() || !relevance.isRequired(question.get())) {
            return false;
        }
        if (reference.item().isPresent() && question.get().type() == QuestionType.LIKERT_MATRIX) {
            return !visible.isAnswered(reference);
        }
        return visible.given(reference.question()).isEmpty();
    }
}
