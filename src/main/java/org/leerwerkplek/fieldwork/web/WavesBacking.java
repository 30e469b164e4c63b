package org.leerwerkplek.fieldwork.web;

import java.time.Clock;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.leerwerkplek.platform.security.web.PageSecurity;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.leerwerkplek.companies.suitability.SuitabilityRules;
import org.leerwerkplek.fieldwork.FieldworkScheduler;
import org.leerwerkplek.fieldwork.FieldworkRun;
import org.leerwerkplek.fieldwork.Pending;
import org.leerwerkplek.fieldwork.Wave;
import org.leerwerkplek.fieldwork.WaveDraft;
import org.leerwerkplek.fieldwork.WaveService;
import org.leerwerkplek.platform.DomainException;
import org.leerwerkplek.platform.security.Role;
import org.leerwerkplek.platform.security.UserService;
import org.leerwerkplek.platform.security.web.Callers;
import org.leerwerkplek.platform.web.FacesMessages;
import org.leerwerkplek.platform.web.UiLanguage;
import org.leerwerkplek.surveys.SurveyCatalog;
import org.leerwerkplek.surveys.definition.model.Language;

/** fieldwork/index.xhtml: the waves, a new wave, and (admins) "send due now". */
@Named("waves")
@ViewScoped
public class WavesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    WaveService waves;

    @Inject
    Clock clock;

    @Inject
    FieldworkRun run;

    @Inject
    FieldworkScheduler scheduler;

    @Inject
    SurveyCatalog catalog;

    @Inject
    PageSecurity security;

    /** The instrument that waves usually invite employers to answer. */
    static final String EMPLOYER_QUESTIONNAIRE = "werkgeversbevraging";

    private transient List<Pending> pending;
    private String name;
    private String instrumentId;
    /** The new wave's dates: from today, reminders for three weeks, closing after four; made at first use (the clock is injected). */
    private ScheduleFields schedule;

    public List<Wave> getWaves() {
        return waves.waves();
    }

    /** What is due now and next per wave, for admins (read once per request). */
    public List<Pending> getPending() {
        if (pending == null) {
            pending = isAdmin() ? run.pending() : List.of();
        }
        return pending;
    }

    /** An instrument to choose for a wave: its id and its title in the page's language. */
    public record Choice(String id, String title) {
    }

    /** The instruments in service by title; the employer questionnaire first, as waves invite employers. */
    public List<Choice> getInstruments() {
        Language language = Language.fromCode(UiLanguage.current()).orElse(Language.NL);
        return catalog.instruments().stream()
                .sorted(Comparator.comparing((SurveyCatalog.ActiveInstrument a) -> !a.instrument().id()
                                .equals(EMPLOYER_QUESTIONNAIRE))
                        .thenComparing(a -> a.companion(SuitabilityRules.class).isPresent())
                        .thenComparing(a -> a.instrument().title().in(language)))
                .map(a -> new Choice(a.instrument().id(), a.instrument().title().in(language)))
                .toList();
    }

    /** The title of the instrument {@code id} in the page's language; the id when it is no longer in service. */
    public String instrumentTitle(String id) {
        Language language = Language.fromCode(UiLanguage.current()).orElse(Language.NL);
        return catalog.instrument(id).map(a -> a.instrument().title().in(language)).orElse(id);
    }

    public String create() {
        try {
            Wave wave = waves.create(caller(), new WaveDraft(name, instrumentId, getSchedule().getInvitationDate(),
                    getSchedule().getReminderMinDays(), getSchedule().getReminderMax(),
                    getSchedule().getReminderLastDate(), getSchedule().getClosingDate()));
            return "/fieldwork/wave.xhtml?faces-redirect=true&id=" + wave.id();
        } catch (DomainException e) {
            FacesMessages.error(e);
            return null;
        }
    }

    public void runDue() {
        pending = null;
        scheduler.runNow().ifPresentOrElse(
                r -> FacesMessages.info("fieldwork.ran", r.invitations(), r.reminders(), r.skippedSubmitted()),
                () -> FacesMessages.error("fieldwork.busy"));
    }

    public boolean isAdmin() {
        return security.isCallerInRole(Role.ADMIN_NAME);
    }

    private UserService.Caller caller() {
        return Callers.of(security);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    /** The chosen instrument; before a choice, the first of the list (the employer questionnaire). */
    public String getInstrumentId() {
        if (instrumentId == null) {
            instrumentId = getInstruments().stream().map(Choice::id).findFirst().orElse(null);
        }
        return instrumentId;
    }

    public void setInstrumentId(String instrumentId) {
        this.instrumentId = instrumentId;
    }

    /** The new wave's dates and reminder rule. */
    public ScheduleFields getSchedule() {
        if (schedule == null) {
            LocalDate today = LocalDate.now(clock);
            schedule = new ScheduleFields(today, 7, 2, today.plusWeeks(3), today.plusWeeks(4));
        }
        return schedule;
    }
}
