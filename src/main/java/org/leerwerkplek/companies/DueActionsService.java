package org.leerwerkplek.companies;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.leerwerkplek.companies.suitability.SuitabilityRules;
import org.leerwerkplek.platform.security.UserService;
import org.leerwerkplek.surveys.SurveyCatalog;
import org.leerwerkplek.surveys.definition.model.LocalizedText;

/** The open support actions an advisor owns, for its start page. */
@ApplicationScoped
@Transactional
public class DueActionsService {

    /** The most actions the start page lists. */
    static final int MOST = 100;

    private EntityManager em;
    private SurveyCatalog catalog;
    private Clock clock;

    /** For the CDI proxy only. */
    protected DueActionsService() {
    }

    @Inject
    public DueActionsService(EntityManager em, SurveyCatalog catalog, Clock clock) {
        this.em = em;
        this.catalog = catalog;
        this.clock = clock.withZone(VisitService.BELGIUM);
    }

    /**
     * The open support actions the caller owns, soonest due first (at most 100), with the company's
     * name and the support form's name; those due within {@code days} days are marked soon, those
     * past their date overdue.
     */
    public List<DueAction> dueActions(UserService.Caller caller, int days) {
        LocalDate today = LocalDate.now(clock);
        Map<String, LocalizedText> forms = new HashMap<>();
        catalog.instrument(VisitService.FICHE).flatMap(a -> a.companion(SuitabilityRules.class))
                .ifPresent(rules -> rules.supportForms().forEach(f -> forms.put(f.code(), f.label())));
        return em.createNamedQuery(SupportAction.DUE_FOR, Object[].class)
                .setParameter("owner", caller.username())
                .setParameter("open", SupportAction.Status.OPEN)
                .setMaxResults(MOST)
                .getResultStream()
                .map(r -> {
                    String form = (String) r[3];
                    LocalDate due = (LocalDate) r[5];
                    boolean overdue = due.isBefore(today);
                    return new DueAction((Long) r[0], (Long) r[1], (String) r[2], form,
                            forms.getOrDefault(form, LocalizedText.dutch(form)), (String) r[4], due, overdue,
                            !overdue && !due.isAfter(today.plusDays(days)));
                })
                .toList();
    }
}
