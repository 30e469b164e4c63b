package org.leerwerkplek.mentorcourse.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.leerwerkplek.mentorcourse.MentorRegistration;
import org.leerwerkplek.mentorcourse.MentorRole;
import org.leerwerkplek.mentorcourse.MentorService;
import org.leerwerkplek.mentorcourse.content.Focus;
import org.leerwerkplek.mentorcourse.content.Language;
import org.leerwerkplek.mentorcourse.delivery.Frequency;
import org.leerwerkplek.platform.DomainException;
import org.leerwerkplek.platform.web.FacesMessages;
import org.leerwerkplek.platform.web.LocaleBacking;

/** The public self-service registration of a mentor ({@code /course/register.xhtml}). */
@Named("mentorRegister")
@RequestScoped
public class RegisterMentorBacking {

    @Inject
    MentorService mentors;

    @Inject
    LocaleBacking locale;

    private String name;
    private String email;
    private Language language;
    private String companyName;
    private MentorRole role = MentorRole.PLOEGLEIDER;
    private boolean baseTraining;
    private LocalDate baseTrainingOn;
    private Frequency frequency = Frequency.QUARTERLY;
    private Focus focus = Focus.BOTH;
    private boolean registered;

    public void register() {
        try {
            mentors.register(new MentorRegistration(name, email, getLanguage(), Optional.empty(),
                    Optional.ofNullable(companyName), role, baseTraining, Optional.ofNullable(baseTrainingOn),
                    new MentorRegistration.Preferences(frequency, focus)), Optional.empty());
            registered = true;
        } catch (DomainException e) {
            FacesMessages.error(e);
        }
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

    public boolean isRegistered() {
        return registered;
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

    /** The course language; French when the page is in French, else Dutch. */
    public Language getLanguage() {
        if (language == null) {
            language = "fr".equals(locale.getLanguage()) ? Language.FR : Language.NL;
        }
        return language;
    }

    public void setLanguage(Language language) {
        this.language = language;
    }

    public String getCompanyName() {
        return companyName;
    }

    public void setCompanyName(String companyName) {
        this.companyName = companyName;
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
