package org.leerwerkplek.fieldwork.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.leerwerkplek.fieldwork.FieldworkScheduler;
import org.leerwerkplek.fieldwork.FieldworkService;
import org.leerwerkplek.fieldwork.Pending;
import org.leerwerkplek.fieldwork.Wave;
import org.leerwerkplek.fieldwork.WaveDraft;
import org.leerwerkplek.platform.DomainException;
import org.leerwerkplek.platform.security.Role;
import org.leerwerkplek.platform.security.UserService;
import org.leerwerkplek.platform.web.AbsoluteLinks;
import org.leerwerkplek.platform.web.FacesMessages;
import org.leerwerkplek.surveys.SurveyCatalog;

/** fieldwork/index.xhtml: the waves, a new wave, and (admins) "send due now". */
@Named("waves")
@ViewScoped
public class WavesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient FieldworkService fieldwork;

    @Inject
    transient FieldworkScheduler scheduler;

    @Inject
    transient SurveyCatalog catalog;

    @Inject
    transient SecurityContext security;

    private transient List<Pending> pending;
    private String name;
    private String instrumentId;
    private LocalDate invitationDate = LocalDate.now();
    private int reminderMinDays = 7;
    private int reminderMax = 2;
    private LocalDate reminderLastDate = LocalDate.now().plusWeeks(3);
    private LocalDate closingDate = LocalDate.now().plusWeeks(4);

    public List<Wave> getWaves() {
        return fieldwork.waves();
    }

    /** What is due now and next per wave, for admins (read once per request). */
    public List<Pending> getPending() {
        if (pending == null) {
            pending = isAdmin() ? fieldwork.pending() : List.of();
        }
        return pending;
    }

    public List<String> getInstruments() {
        return catalog.instruments().stream().map(a -> a.instrument().id()).sorted().toList();
    }

    public String create() {
        try {
            Wave wave = fieldwork.create(caller(), new WaveDraft(name, instrumentId, invitationDate, reminderMinDays,
                    reminderMax, reminderLastDate, closingDate), AbsoluteLinks.to("/"));
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
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (security.isCallerInRole(role.name())) {
                roles.add(role);
            }
        }
        return new UserService.Caller(security.getCallerPrincipal().getName(), roles);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getInstrumentId() {
        return instrumentId;
    }

    public void setInstrumentId(String instrumentId) {
        this.instrumentId = instrumentId;
    }

    public LocalDate getInvitationDate() {
        return invitationDate;
    }

    public void setInvitationDate(LocalDate invitationDate) {
        this.invitationDate = invitationDate;
    }

    public int getReminderMinDays() {
        return reminderMinDays;
    }

    public void setReminderMinDays(int reminderMinDays) {
        this.reminderMinDays = reminderMinDays;
    }

    public int getReminderMax() {
        return reminderMax;
    }

    public void setReminderMax(int reminderMax) {
        this.reminderMax = reminderMax;
    }

    public LocalDate getReminderLastDate() {
        return reminderLastDate;
    }

    public void setReminderLastDate(LocalDate reminderLastDate) {
        this.reminderLastDate = reminderLastDate;
    }

    public LocalDate getClosingDate() {
        return closingDate;
    }

    public void setClosingDate(LocalDate closingDate) {
        this.closingDate = closingDate;
    }
}
