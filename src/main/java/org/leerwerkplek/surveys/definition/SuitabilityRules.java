package org.leerwerkplek.surveys.definition;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

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
     * Assesses a completed fiche. Answers to questions the fiche does not show are left out first
     * (they count as unanswered). Criteria are decided in order, first matching level wins; the
     * verdict reads the criterion levels; every proposal rule is evaluated over the answers and
     * the criterion levels, and a support form is proposed once with the reasons of all its rules
     * that hold.
     *
     * @throws IllegalArgumentException when {@code fiche} is not the instrument and version these rules are for
     */
    public Assessment assess(Instrument fiche, Answers answers) {
        if (!fiche.id().equals(instrument) || fiche.version() != instrumentVersion) {
            throw new IllegalArgumentException("these rules are for " + instrument + " version " + instrumentVersion
                    + ", not " + fiche.id() + " version " + fiche.version());
        }
        Answers visible = Relevance.of(fiche, answers).answers();
        List<Assessment.CriterionResult> results = new ArrayList<>();
        Answers withLevels = visible;
        Answers levelsOnly = Answers.none();
        for (Criterion criterion : criteria) {
            Assessment.Decision decision = criterion.levels().decide(visible);
            results.add(new Assessment.CriterionResult(criterion, decision));
            AnswerValue level = AnswerValue.Single.of(decision.level().code());
            withLevels = withLevels.with(criterion.code(), level);
            levelsOnly = levelsOnly.with(criterion.code(), level);
        }
        Answers criterionLevels = levelsOnly;
        Optional<Assessment.Decision> verdict = overall.map(o -> o.levels().decide(criterionLevels));
        List<Assessment.ProposedSupport> proposed = new ArrayList<>();
        for (SupportForm form : supportForms) {
            List<LocalizedText> reasons = new ArrayList<>();
            for (Proposal proposal : proposals) {
                if (proposal.support().equals(form.code()) && proposal.when().evaluate(withLevels)) {
                    reasons.add(proposal.reason());
                }
            }
            if (!reasons.isEmpty()) {
                proposed.add(new Assessment.ProposedSupport(form, reasons));
            }
        }
        return new Assessment(version, results, verdict, proposed);
    }
}
