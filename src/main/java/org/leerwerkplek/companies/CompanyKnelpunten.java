package org.leerwerkplek.companies;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.leerwerkplek.surveys.ResponseService;
import org.leerwerkplek.surveys.definition.condition.Condition;
import org.leerwerkplek.surveys.definition.model.Answers;

/**
 * The knelpunten a company's fiche names, for other parts (the mentor course moves the modules
 * that address them up). Read-only and without an access check: it gives codes, no names or
 * answers, and the caller's own service decides who sees what it builds on them.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CompanyKnelpunten {

    /** The fiche question that lists the knelpunten the company meets or expects. */
    static final String QUESTION = "F3_KNELPUNTEN";
    private static final Pattern CODE = Pattern.compile("K[0-9]{2}");

    @PersistenceContext
    EntityManager em;

    @Inject
    ResponseService responses;

    /**
     * The knelpunt codes ({@code K01}...{@code K17}) ticked on the company's most recent fiche
     * (the newest visit, as for the company's suitability), in code order; empty when the
     * company has no fiche or its fiche names none.
     */
    public Set<String> ofLatestFiche(long companyId) {
        return em.createNamedQuery(Visit.OF_COMPANY, Visit.class).setParameter("company", companyId)
                .setMaxResults(1).getResultStream().findFirst()
                .flatMap(visit -> responses.openEntry(visit.getResponseId()))
                .map(fiche -> ticked(fiche.answers()))
                .orElse(Set.of());
    }

    /** The knelpunt codes chosen in {@value #QUESTION}; "other" and "none" are no knelpunt codes. */
    public static Set<String> ticked(Answers fiche) {
        Set<String> codes = new TreeSet<>();
        fiche.chosen(Condition.Reference.to(QUESTION)).stream().filter(code -> CODE.matcher(code).matches())
                .forEach(codes::add);
        return codes;
    }
}
