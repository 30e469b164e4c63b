package org.leerwerkplek.mentorcourse.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import org.leerwerkplek.mentorcourse.MentorService;
import org.leerwerkplek.mentorcourse.content.Language;
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

    private String companyName;
    private MentorForm form;
    private boolean registered;

    public void register() {
        try {
            mentors.register(getForm().registration(Optional.empty(), Optional.ofNullable(companyName)), Optional.empty());
            registered = true;
        } catch (DomainException e) {
            FacesMessages.error(e);
        }
    }

    /** The registration's fields; the course language starts as French when the page is in French, else Dutch. */
    public MentorForm getForm() {
        if (form == null) {
            form = new MentorForm("fr".equals(locale.getLanguage()) ? Language.FR : Language.NL);
        }
        return form;
    }

    public boolean isRegistered() {
        return registered;
    }

    public String getCompanyName() {
        return companyName;
    }

    public void setCompanyName(String companyName) {
        this.companyName = companyName;
    }
}
