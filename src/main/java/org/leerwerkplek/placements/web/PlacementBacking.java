package org.leerwerkplek.placements.web;

import java.time.Clock;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.leerwerkplek.platform.security.web.PageSecurity;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.leerwerkplek.mentorcourse.MentorEngagement;
import org.leerwerkplek.mentorcourse.MentorRole;
import org.leerwerkplek.mentorcourse.MentorStatus;
import org.leerwerkplek.mentorcourse.content.Language;
import org.leerwerkplek.placements.Candidate;
import org.leerwerkplek.placements.Phase;
import org.leerwerkplek.placements.PlacementService;
import org.leerwerkplek.placements.PlacementView;
import org.leerwerkplek.platform.DomainException;
import org.leerwerkplek.platform.security.web.Callers;
import org.leerwerkplek.platform.web.FacesMessages;

/** A placement's page ({@code /placements/placement.xhtml?id=}): phase, moves, checklist, candidate, mentor, history. */
@Named("placement")
@ViewScoped
public class PlacementBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PlacementService placements;

    @Inject
    Clock clock;

    @Inject
    PageSecurity security;

    private long id;
    private transient PlacementView view;
    private transient List<MentorEngagement> mentors;
    private long version;
    private String reason;
    private String candidateName;
    private String candidateContact;
    private String intakeNotes;
    private String mentorChoice;
    private String mentorName;
    private String mentorEmail;
    private String mentorLanguage = "NL";
    private String mentorRole = "PLOEGLEIDER";

    public void load() {
        try {
            show(placements.find(Callers.of(security), id));
        } catch (DomainException e) {
            FacesMessages.error(e);
        }
    }

    private void show(PlacementView shown) {
        this.view = shown;
        this.version = shown.version();
        this.candidateName = shown.candidate().name();
        this.candidateContact = shown.candidate().contact();
        this.intakeNotes = shown.candidate().notes();
        this.mentors = null;
    }

    public void forward() {
        act(() -> placements.forward(Callers.of(security), id, version, reason), "placement.moved");
    }

    public void back() {
        act(() -> placements.back(Callers.of(security), id, version, reason), "placement.movedBack");
    }

    public void toggle(String step) {
        boolean done = getView().done().contains(step);
        act(() -> placements.step(Callers.of(security), id, version, step, !done), null);
    }

    public void saveCandidate() {
        act(() -> placements.candidate(Callers.of(security), id, version,
                new Candidate(candidateName, candidateContact, intakeNotes)), "placement.candidate.saved");
    }

    public void chooseMentor() {
        act(() -> placements.chooseMentor(Callers.of(security), id, version, mentorChoice), "placement.mentor.saved");
    }

    public void inviteMentor() {
        act(() -> placements.inviteMentor(Callers.of(security), id, version, mentorName, mentorEmail,
                Language.valueOf(mentorLanguage), MentorRole.valueOf(mentorRole)), "placement.mentor.invited");
    }

    private void act(java.util.function.Supplier<PlacementView> work, String done) {
        try {
            show(work.get());
            reason = null;
            if (done != null) {
                FacesMessages.info(done);
            }
        } catch (DomainException e) {
            FacesMessages.error(e);
        } catch (IllegalArgumentException e) {
            FacesMessages.error("placement.invalid");
        }
    }

    public PlacementView getView() {
        if (view == null && id > 0) {
            load();
        }
        return view;
    }

    public boolean isFound() {
        return getView() != null;
    }

    public List<Phase> getPhases() {
        return List.of(Phase.values());
    }

    public String stepKey(String step) {
        return Phase.stepKey(step);
    }

    public boolean done(String step) {
        return getView().done().contains(step);
    }

    /** Whether {@code phase} is before the placement's phase (shown as passed). */
    public boolean passed(Phase phase) {
        return phase.compareTo(getView().phase()) < 0;
    }

    /** The company's mentors in the course, for advisors and admins who may change the placement. */
    public List<MentorEngagement> getMentors() {
        if (mentors == null) {
            mentors = getView() != null && getView().editable()
                    ? placements.companyMentors(Callers.of(security), id) : List.of();
        }
        return mentors;
    }

    /** The course status of the placement's mentor (pending until they confirm the invitation); empty when unknown. */
    public String getMentorStatus() {
        if (getView() == null || getView().mentorEmail() == null) {
            return null;
        }
        return getMentors().stream().filter(m -> getView().mentorEmail().equalsIgnoreCase(m.email()))
                .map(MentorEngagement::status).map(MentorStatus::name).findFirst().orElse(null);
    }

    public LocalDate day(Instant at) {
        return at.atZone(clock.getZone()).toLocalDate();
    }

    public List<MentorRole> getRoles() {
        return List.of(MentorRole.values());
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getCandidateName() {
        return candidateName;
    }

    public void setCandidateName(String candidateName) {
        this.candidateName = candidateName;
    }

    public String getCandidateContact() {
        return candidateContact;
    }

    public void setCandidateContact(String candidateContact) {
        this.candidateContact = candidateContact;
    }

    public String getIntakeNotes() {
        return intakeNotes;
    }

    public void setIntakeNotes(String intakeNotes) {
        this.intakeNotes = intakeNotes;
    }

    public String getMentorChoice() {
        return mentorChoice;
    }

    public void setMentorChoice(String mentorChoice) {
        this.mentorChoice = mentorChoice;
    }

    public String getMentorName() {
        return mentorName;
    }

    public void setMentorName(String mentorName) {
        this.mentorName = mentorName;
    }

    public String getMentorEmail() {
        return mentorEmail;
    }

    public void setMentorEmail(String mentorEmail) {
        this.mentorEmail = mentorEmail;
    }

    public String getMentorLanguage() {
        return mentorLanguage;
    }

    public void setMentorLanguage(String mentorLanguage) {
        this.mentorLanguage = mentorLanguage;
    }

    public String getMentorRole() {
        return mentorRole;
    }

    public void setMentorRole(String mentorRole) {
        this.mentorRole = mentorRole;
    }
}
