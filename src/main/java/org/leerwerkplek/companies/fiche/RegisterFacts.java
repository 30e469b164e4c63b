package org.leerwerkplek.companies.fiche;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.leerwerkplek.companies.register.CompanyDetails;
import org.leerwerkplek.surveys.definition.model.AnswerValue;
import org.leerwerkplek.surveys.definition.model.Instrument;
import org.leerwerkplek.surveys.definition.model.Option;
import org.leerwerkplek.surveys.definition.model.Question;

/**
 * What the register knows that a new fiche asks: the company's name ({@code F1_BEDRIJFSNAAM}), its
 * employees ({@code F1_WERKNEMERS}), activities ({@code F1_ACTIVITEITEN}), province ({@code F1_REGIO})
 * and the learning systems it is recognised for ({@code F2_STELSELS}), as answers to the fiche.
 * A register value the question has no option for is left out, except activities: those go to the
 * question's "other" option with their names, so none is lost. A fact the register does not know
 * gives no answer.
 */
public final class RegisterFacts {

    static final String NAME = "F1_BEDRIJFSNAAM";
    static final String EMPLOYEES = "F1_WERKNEMERS";
    static final String ACTIVITIES = "F1_ACTIVITEITEN";
    static final String PROVINCE = "F1_REGIO";
    static final String SYSTEMS = "F2_STELSELS";

    private RegisterFacts() {
    }

    /**
     * @param activityName the name of an activity the fiche has no option for, as the "other" text
     */
    public static Map<String, AnswerValue> of(Instrument fiche, CompanyDetails register,
                                              Function<String, String> activityName) {
        Map<String, AnswerValue> facts = new LinkedHashMap<>();
        fiche.question(NAME).ifPresent(q -> facts.put(NAME, new AnswerValue.Text(register.name())));
        register.employees().filter(e -> fiche.question(EMPLOYEES).isPresent())
                .ifPresent(e -> facts.put(EMPLOYEES, new AnswerValue.Numeric(BigDecimal.valueOf(e))));
        fiche.question(PROVINCE).filter(q -> q.option(register.province().name()).isPresent())
                .ifPresent(q -> facts.put(PROVINCE, AnswerValue.Single.of(register.province().name())));
        fiche.question(ACTIVITIES).flatMap(q -> choices(q, register.subsectors().stream().sorted().map(Enum::name).toList(),
                activityName)).ifPresent(v -> facts.put(ACTIVITIES, v));
        fiche.question(SYSTEMS).flatMap(q -> choices(q, register.systems().stream().sorted().map(Enum::name).toList(),
                code -> null)).ifPresent(v -> facts.put(SYSTEMS, v));
        return facts;
    }

    /** The codes the question has as options; the others as its "other" option with their names, when given. */
    private static Optional<AnswerValue> choices(Question question, List<String> codes, Function<String, String> name) {
        List<String> chosen = new ArrayList<>();
        List<String> others = new ArrayList<>();
        for (String code : codes) {
            boolean isOption = question.option(code).filter(o -> !question.choices().isOther(o.code())).isPresent();
            if (isOption) {
                chosen.add(code);
            } else if (name.apply(code) != null) {
                others.add(name.apply(code));
            }
        }
        Optional<Option> other = question.choices().other();
        if (!others.isEmpty() && other.isPresent()) {
            chosen.add(other.get().code());
        }
        if (chosen.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new AnswerValue.Multiple(chosen,
                others.isEmpty() || other.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", others))));
    }
}
