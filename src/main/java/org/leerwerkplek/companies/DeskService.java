package org.leerwerkplek.companies;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.leerwerkplek.companies.suitability.SuitabilityRules;
import org.leerwerkplek.platform.security.Role;
import org.leerwerkplek.platform.security.UserService;
import org.leerwerkplek.surveys.SurveyCatalog;
import org.leerwerkplek.surveys.definition.model.LocalizedText;

/**
 * An advisor's desk ({@link Desk}): each section one indexed query for its first items and one for
 * its total, whatever the size of the register (the advisor's visits by {@code (advisor, visit_date)}
 * and {@code (advisor, completed, visit_date)}, its actions by {@code (owner, status, due_date)}, its
 * companies by {@code (advisor, ...)} each checked for a recent visit by {@code (company_id, visit_date)}).
 */
@ApplicationScoped
@Transactional
public class DeskService {

    /** The most items a section lists; the rest it counts. */
    static final int MOST = 8;

    /** How far ahead an action counts as due (and is marked soon). */
    static final int AHEAD_DAYS = 14;

    private EntityManager em;
    private SurveyCatalog catalog;
    private UserService users;
    private CompaniesSettings settings;
    private Clock clock;

    /** For the CDI proxy only. */
    protected DeskService() {
    }

    @Inject
    public DeskService(EntityManager em, SurveyCatalog catalog, UserService users, CompaniesSettings settings,
                       Clock clock) {
        this.em = em;
        this.catalog = catalog;
        this.users = users;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * The desk {@code caller} sees: its own, or for an admin the one of the advisor it picked
     * ({@link DeskScope}).
     */
    public Desk desk(UserService.Caller caller, Optional<String> advisor) {
        List<Desk.Advisor> advisors = CompanyAccess.isAdmin(caller) ? advisors() : List.of();
        String whose = DeskScope.whose(caller, advisor, advisors.stream().map(Desk.Advisor::username).toList());
        DeskDates dates = DeskDates.of(clock, settings.noContactDays());
        return new Desk(whose, advisors, dates, settings.noContactDays(), AHEAD_DAYS,
                visits(whose, dates), openFiches(whose, dates), dueActions(whose, dates), withoutContact(whose, dates));
    }

    private List<Desk.Advisor> advisors() {
        return users.list().stream()
                .filter(u -> u.enabled() && u.roles().contains(Role.ADVISOR))
                .map(u -> new Desk.Advisor(u.username(), u.shownName()))
                .sorted(Comparator.comparing(Desk.Advisor::name, String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(Desk.Advisor::username))
                .toList();
    }

    private Desk.Items<Desk.VisitItem> visits(String advisor, DeskDates dates) {
        List<Desk.VisitItem> items = em.createNamedQuery(Visit.DESK_IN_PERIOD, Object[].class)
                .setParameter("advisor", advisor).setParameter("from", dates.weekFrom()).setParameter("to", dates.weekTo())
                .setMaxResults(MOST).getResultStream().map(DeskService::visit).toList();
        return new Desk.Items<>(items, items.size() < MOST ? items.size()
                : em.createNamedQuery(Visit.DESK_IN_PERIOD_COUNT, Long.class).setParameter("advisor", advisor)
                .setParameter("from", dates.weekFrom()).setParameter("to", dates.weekTo()).getSingleResult());
    }

    private Desk.Items<Desk.VisitItem> openFiches(String advisor, DeskDates dates) {
        List<Desk.VisitItem> items = em.createNamedQuery(Visit.DESK_OPEN_FICHES, Object[].class)
                .setParameter("advisor", advisor).setParameter("today", dates.today())
                .setMaxResults(MOST).getResultStream().map(DeskService::visit).toList();
        return new Desk.Items<>(items, items.size() < MOST ? items.size()
                : em.createNamedQuery(Visit.DESK_OPEN_FICHES_COUNT, Long.class).setParameter("advisor", advisor)
                .setParameter("today", dates.today()).getSingleResult());
    }

    private static Desk.VisitItem visit(Object[] r) {
        return new Desk.VisitItem((Long) r[0], (Long) r[1], (String) r[2], (LocalDate) r[3], (Boolean) r[4]);
    }

    /** The open actions {@code owner} owns that are overdue or due within {@link #AHEAD_DAYS} days, soonest first. */
    private Desk.Items<DueAction> dueActions(String owner, DeskDates dates) {
        LocalDate today = dates.today();
        LocalDate until = today.plusDays(AHEAD_DAYS);
        Map<String, LocalizedText> forms = new HashMap<>();
        catalog.instrument(VisitService.FICHE).flatMap(a -> a.companion(SuitabilityRules.class))
                .ifPresent(rules -> rules.supportForms().forEach(f -> forms.put(f.code(), f.label())));
        List<DueAction> items = em.createNamedQuery(SupportAction.DUE_FOR, Object[].class)
                .setParameter("owner", owner).setParameter("open", SupportAction.Status.OPEN).setParameter("until", until)
                .setMaxResults(MOST)
                .getResultStream()
                .map(r -> {
                    String form = (String) r[3];
                    LocalDate due = (LocalDate) r[5];
                    boolean overdue = due.isBefore(today);
                    return new DueAction((Long) r[0], (Long) r[1], (String) r[2], form,
                            forms.getOrDefault(form, LocalizedText.dutch(form)), (String) r[4], due, overdue, !overdue);
                })
                .toList();
        return new Desk.Items<>(items, items.size() < MOST ? items.size()
                : em.createNamedQuery(SupportAction.DUE_COUNT, Long.class).setParameter("owner", owner)
                .setParameter("open", SupportAction.Status.OPEN).setParameter("until", until).getSingleResult());
    }

    /**
     * The companies assigned to {@code advisor} without a visit (held or planned) since
     * {@link DeskDates#contactSince()}: their last contact is their last visit, or their registration
     * when they had none (so a company registered since is not yet without contact); with their last
     * visit, read for the listed ones in one query.
     */
    private Desk.Items<Desk.CompanyItem> withoutContact(String advisor, DeskDates dates) {
        List<Object[]> rows = em.createNamedQuery(Visit.DESK_WITHOUT_CONTACT, Object[].class)
                .setParameter("advisor", advisor).setParameter("registered", dates.registeredBefore())
                .setParameter("since", dates.contactSince()).setMaxResults(MOST).getResultList();
        Map<Long, LocalDate> last = new HashMap<>();
        if (!rows.isEmpty()) {
            em.createNamedQuery(Visit.LAST_OF_COMPANIES, Object[].class)
                    .setParameter("companies", rows.stream().map(r -> (Long) r[0]).toList())
                    .getResultStream().forEach(r -> last.put((Long) r[0], (LocalDate) r[1]));
        }
        List<Desk.CompanyItem> items = rows.stream()
                .map(r -> new Desk.CompanyItem((Long) r[0], (String) r[1], Optional.ofNullable(last.get((Long) r[0]))))
                .toList();
        return new Desk.Items<>(items, items.size() < MOST ? items.size()
                : em.createNamedQuery(Visit.DESK_WITHOUT_CONTACT_COUNT, Long.class).setParameter("advisor", advisor)
                .setParameter("registered", dates.registeredBefore()).setParameter("since", dates.contactSince())
                .getSingleResult());
    }
}
