package org.leerwerkplek.mentorcourse.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.leerwerkplek.mentorcourse.MentorRegistration;
import org.leerwerkplek.mentorcourse.MentorRole;
import org.leerwerkplek.mentorcourse.content.Focus;
import org.leerwerkplek.mentorcourse.content.Language;
import org.leerwerkplek.mentorcourse.delivery.Frequency;

/**
 * The fields of a mentor's registration, shared by the self-service page and the advisor's
 * registration for a company (both show them through {@code WEB-INF/includes/mentor-fields.xhtml}).
 */
public class MentorForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String name;
    private String email;
    private Language language;
    private MentorRole role = MentorRole.PLOEGLEIDER;
    private boolean baseTraining;
    private LocalDate baseTrainingOn;
    private Frequency frequency = Frequency.QUARTERLY;
    private Focus focus = Focus.BOTH;

    public MentorForm(Language language) {
        this.language = language;
    }

    /** The registration these fields make, for a company of the register or one named by the mentor. */
    public MentorRegistration registration(Optional<Long> companyId, Optional<String> companyName) {
        return new MentorRegistration(name, email, language, companyId, companyName, role, baseTraining,
                Optional.ofNullable(baseTrainingOn), new MentorRegistration.Preferences(frequency, focus));
    }

    /** Empties the person's fields (name and address) for the next registration; the preferences stay. */
    public void clearPerson() {
        name = null;
        email = null;
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
