package org.leerwerkplek.mentorcourse.web;

import jakarta.inject.Inject;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.leerwerkplek.mentorcourse.CompanyMentorService;
import org.leerwerkplek.mentorcourse.MentorEngagement;
import org.leerwerkplek.mentorcourse.MentorRegistration;
import org.leerwerkplek.mentorcourse.MentorRole;
import org.leerwerkplek.mentorcourse.MentorService;
import org.leerwerkplek.mentorcourse.content.Focus;
import org.leerwerkplek.mentorcourse.content.Language;
import org.leerwerkplek.mentorcourse.delivery.Frequency;
import org.leerwerkplek.platform.DomainException;
import org.leerwerkplek.platform.web.FacesMessages;

/**
 * A company's mentors and their engagement, and the advisor's registration of a mentor for it
 * ({@code /mentorcourse/company.xhtml?company=}).
 */
@Named("companyMentors")
@ViewScoped
public class CompanyMentorsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CompanyMentorService service;

    @Inject
    transient SecurityContext security;

    private static final DateTimeFormatter ACTIVITY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private Long company;
    private transient CompanyMentorService.CompanyMentors view;
    private boolean registered;
    private String name;
    private String email;
    private Language language = Language.NL;
    private MentorRole role = MentorRole.PLOEGLEIDER;
    private boolean baseTraining;
    private LocalDate baseTrainingOn;
    private Frequency frequency = Frequency.QUARTERLY;
    private Focus focus = Focus.BOTH;

    public void load() {
        view = null;
        if (company == null) {
            return;
        }
        try {
            view = service.mentors(Callers.of(security), company);
        } catch (DomainException e) {
            FacesMessages.error(e);
        }
    }

    public void register() {
        try {
            service.register(Callers.of(security), company == null ? -1 : company, new MentorRegistration(name, email,
                    language, Optional.empty(), Optional.empty(), role, baseTraining, Optional.ofNullable(baseTrainingOn),
                    new MentorRegistration.Preferences(frequency, focus)));
            registered = true;
            name = null;
            email = null;
        } catch (DomainException e) {
            FacesMessages.error(e);
        }
        load();
    }

    /** When the mentor last opened or completed a module, in Belgian time; a dash when never. */
    public String lastActivity(MentorEngagement mentor) {
        return mentor.lastActivity().map(at -> ACTIVITY.format(at.atZone(MentorService.ZONE))).orElse("–");
    }

    public boolean isFound() {
        return view != null;
    }

    public CompanyMentorService.CompanyMentors getView() {
        return view;
    }

    public boolean isRegistered() {
        return registered;
    }

    public Long getCompany() {
        return company;
    }

    public void setCompany(Long company) {
        this.company = company;
    }

    public List<Language> getLanguages() {
        return List.of(Language.values());
    }

    public List<MentorRole> getRoles() {
        return List.of(MentorRole.values());
    }

    public List<Frequency> getFrequencies() {
        return List.of(Frequency.values());
    }

    public List<Focus> getFocuses() {
        return List.of(Focus.values());
    }

    public LocalDate getToday() {
        return LocalDate.now(MentorService.ZONE);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Language getLanguage() {
        return language;
    }

    public void setLanguage(Language language) {
        this.language = language;
    }

    public MentorRole getRole() {
        return role;
    }

    public void setRole(MentorRole role) {
        this.role = role;
    }

    public boolean isBaseTraining() {
        return baseTraining;
    }

    public void setBaseTraining(boolean baseTraining) {
        this.baseTraining = baseTraining;
    }

    public LocalDate getBaseTrainingOn() {
        return baseTrainingOn;
    }

    public void setBaseTrainingOn(LocalDate baseTrainingOn) {
        this.baseTrainingOn = baseTrainingOn;
    }

    public Frequency getFrequency() {
        return frequency;
    }

    public void setFrequency(Frequency frequency) {
        this.frequency = frequency;
    }

    public Focus getFocus() {
        return focus;
    }

    public void setFocus(Focus focus) {
        this.focus = focus;
    }
}
