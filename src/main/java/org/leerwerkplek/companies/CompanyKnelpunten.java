package org.leerwerkplek.companies;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.leerwerkplek.surveys.ResponseService;
import org.leerwerkplek.surveys.SurveyCatalog;
import org.leerwerkplek.surveys.definition.condition.Condition;
import org.leerwerkplek.surveys.definition.model.Answers;
import org.leerwerkplek.surveys.definition.model.LocalizedText;
import org.leerwerkplek.surveys.definition.model.Option;

/**
 * The knelpunten a company's fiche names, for other parts (the mentor course moves the modules
 * that address them up). Read-only and without an access check: it gives codes, no names or
 * answers, and the caller's own service decides who sees what it builds on them.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CompanyKnelpunten {

    /**
     * The knelpunten a completed fiche names.
     *
     * @param companyId the company visited
     * @param date      the visit's date
     * @param codes     the knelpunt codes ticked, in code order; empty when it names none
     */
    public record FicheKnelpunten(long companyId, LocalDate date, Set<String> codes) {

        public FicheKnelpunten {
            codes = Set.copyOf(codes);
        }
    }

    /** The fiche question that lists the knelpunten the company meets or expects. */
    static final String QUESTION = "F3_KNELPUNTEN";
    private static final Pattern CODE = Pattern.compile("K[0-9]{2}");
    /** Companies per query of {@link #ofLatestFiches}. */
    private static final int IN_LIST = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    ResponseService responses;

    @Inject
    SurveyCatalog catalog;

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

    /**
     * {@link #ofLatestFiche} of many companies in a few queries (one per {@value #IN_LIST} companies, and
     * the latest fiches read a thousand at a time): by company, only the companies whose latest fiche names one.
     */
    public Map<Long, Set<String>> ofLatestFiches(Collection<Long> companyIds) {
        Map<Long, Long> latestFiche = new LinkedHashMap<>();
        List<Long> ids = List.copyOf(new TreeSet<>(companyIds));
        for (int from = 0; from < ids.size(); from += IN_LIST) {
            em.createNamedQuery(Visit.OF_COMPANIES, Object[].class)
                    .setParameter("companies", ids.subList(from, Math.min(ids.size(), from + IN_LIST)))
                    .getResultStream().forEach(row -> latestFiche.putIfAbsent((Long) row[0], (Long) row[1]));
        }
        Map<Long, Set<String>> ticked = responses.readEntries(latestFiche.values(), Set.of(QUESTION), CompanyKnelpunten::ticked);
        Map<Long, Set<String>> codes = new LinkedHashMap<>();
        latestFiche.forEach((company, fiche) -> {
            Set<String> named = ticked.getOrDefault(fiche, Set.of());
            if (!named.isEmpty()) {
                codes.put(company, named);
            }
        });
        return codes;
    }

    /**
     * The knelpunten of the company's completed fiches, oldest visit first; a fiche still open is
     * left out (a planned visit starts from a copy of the last fiche, so it would repeat it).
     */
    public List<FicheKnelpunten> ofCompletedFiches(long companyId) {
        return read(em.createNamedQuery(Visit.COMPLETED_OF_COMPANY, Visit.class).setParameter("company", companyId)
                .getResultList());
    }

    /** The same for every company with a completed fiche, by company, each oldest visit first. */
    public Map<Long, List<FicheKnelpunten>> ofCompletedFiches() {
        Map<Long, List<FicheKnelpunten>> byCompany = new LinkedHashMap<>();
        read(em.createNamedQuery(Visit.COMPLETED, Visit.class).getResultList())
                .forEach(fiche -> byCompany.computeIfAbsent(fiche.companyId(), id -> new ArrayList<>()).add(fiche));
        return byCompany;
    }

    /** The fiches' knelpunten, their answers read a thousand at a time rather than one query per fiche. */
    private List<FicheKnelpunten> read(List<Visit> visits) {
        Map<Long, Set<String>> ticked = responses.readEntries(visits.stream().map(Visit::getResponseId).toList(),
                Set.of(QUESTION), CompanyKnelpunten::ticked);
        return visits.stream().map(visit -> new FicheKnelpunten(visit.getCompanyId(), visit.getVisitDate(),
                ticked.getOrDefault(visit.getResponseId(), Set.of()))).toList();
    }

    /** The names of the knelpunten the fiche lists, by code, in the fiche's order; empty without a fiche in service. */
    public Map<String, LocalizedText> names() {
        Map<String, LocalizedText> names = new LinkedHashMap<>();
        catalog.instrument(VisitService.FICHE).flatMap(active -> active.instrument().question(QUESTION))
                .ifPresent(question -> question.choices().options().stream()
                        .filter(option -> CODE.matcher(option.code()).matches())
                        .forEach((Option option) -> names.put(option.code(), option.label())));
        return names;
    }

    /** The knelpunt codes chosen in {@value #QUESTION}; "other" and "none" are no knelpunt codes. */
    public static Set<String> ticked(Answers fiche) {
        Set<String> codes = new TreeSet<>();
        fiche.chosen(Condition.Reference.to(QUESTION)).stream().filter(code -> CODE.matcher(code).matches())
                .forEach(codes::add);
        return codes;
    }
}
