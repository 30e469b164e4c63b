package org.leerwerkplek.mentorcourse.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.leerwerkplek.mentorcourse.MentorService;

/**
 * The confirmation page of the double opt-in ({@code /course/confirm.xhtml?t=...}). Opening the
 * link changes nothing (mail scanners open links too); the mentor confirms with the button and
 * lands on its personal page.
 */
@Named("mentorConfirm")
@RequestScoped
public class ConfirmMentorBacking {

    @Inject
    MentorService mentors;

    private String token;
    private boolean unknown;

    public void confirm() throws IOException {
        MentorService.Confirmation confirmation = mentors.confirm(token);
        if (confirmation.personalToken().isEmpty()) {
            unknown = true;
            return;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath()
                + "/course/me.xhtml?t=" + confirmation.personalToken().get() + "&confirmed=true");
        faces.responseComplete();
    }

    public boolean isUnknown() {
        return unknown;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }
}
