package org.leerwerkplek.companies.fiche;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.leerwerkplek.companies.suitability.Assessment;
import org.leerwerkplek.companies.suitability.Criterion;
import org.leerwerkplek.surveys.definition.condition.Condition;
import org.leerwerkplek.surveys.definition.model.Instrument;
import org.leerwerkplek.surveys.definition.model.Language;
import org.leerwerkplek.surveys.definition.model.Question;

/**
 * A fiche's assessment written out for people in one language, as the fiche page and the company
 * page show it (one include, {@code WEB-INF/includes/assessment.xhtml}): the verdict, per criterion
 * its level and the answers it was decided on, or, while it cannot be assessed yet, the questions
 * still to answer, by their labels.
 *
 * @param verdict the overall verdict's name; empty while it cannot be given (see {@code missing})
 * @param missing the labels of the questions still to answer before every criterion is assessed, once each
 * @param lang the language of these texts ({@code nl}, {@code fr}): the rules and the fiche exist in Dutch
 *             and French only, so an English page shows them in Dutch and marks them so
 */
public record AssessmentView(Optional<String> verdict, List<CriterionRow> criteria, List<String> missing, String lang) {

    public AssessmentView {
        criteria = List.copyOf(criteria);
        missing = List.copyOf(missing);
    }

    /**
     * One criterion.
     *
     * @param level the level's name; empty while not assessed
     * @param evidence the answers the level was decided on, as "question: answer"
     * @param missing the labels of the questions it still needs
     */
    public record CriterionRow(String code, String label, boolean kern, Optional<String> level, List<String> evidence,
                               List<String> missing) {
        public CriterionRow {
            evidence = List.copyOf(evidence);
            missing = List.copyOf(missing);
        }

        public boolean isAssessed() {
            return level.isPresent();
        }
    }

    /** Whether the verdict is still waiting for answers. */
    public boolean isPending() {
        return verdict.isEmpty() && !missing.isEmpty();
    }

    public static AssessmentView of(Assessment assessment, Instrument fiche, Language language) {
        List<CriterionRow> rows = new ArrayList<>();
        for (Assessment.CriterionResult result : assessment.criteria()) {
            Criterion criterion = result.criterion();
            rows.add(new CriterionRow(criterion.code(), criterion.label().in(language),
                    criterion.kind() == Criterion.Kind.KERN,
                    result.decision().map(d -> d.level().label().in(language)),
                    result.decision().map(d -> d.evidence().stream()
                            .map(e -> AnswerLabels.evidence(fiche, e.reference(), e.answer(), language)).toList())
                            .orElse(List.of()),
                    questions(result.missing(), fiche, language)));
        }
        return new AssessmentView(assessment.overall().map(d -> d.level().label().in(language)), rows,
                questions(assessment.missing(), fiche, language),
                (fiche.languages().contains(language) ? language : Language.NL).code());
    }

    /** The labels of the questions of {@code references}, once each, in order; a code the fiche does not know as it is. */
    static List<String> questions(List<Condition.Reference> references, Instrument fiche, Language language) {
        Set<String> labels = new LinkedHashSet<>();
        for (Condition.Reference reference : references) {
            labels.add(fiche.question(reference.question()).map(Question::label).map(l -> l.in(language))
                    .orElse(reference.question()));
        }
        return List.copyOf(labels);
    }
}
