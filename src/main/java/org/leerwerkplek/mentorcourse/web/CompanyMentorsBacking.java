package org.leerwerkplek.mentorcourse.web;

import java.time.Clock;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.leerwerkplek.platform.security.web.PageSecurity;
import java.io.Serializable;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.leerwerkplek.mentorcourse.CompanyMentorService;
import org.leerwerkplek.mentorcourse.MentorEngagement;
import org.leerwerkplek.mentorcourse.content.Language;
import org.leerwerkplek.platform.DomainException;
import org.leerwerkplek.platform.security.web.Callers;
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
    CompanyMentorService service;

    @Inject
    Clock clock;

    @Inject
    PageSecurity security;

    /** A moment as the page's language writes it: "4 dec. 2026 23:15", "4 déc. 2026, 23:15". */
    private static final DateTimeFormatter ACTIVITY = DateTimeFormatter.ofLocalizedDateTime(
            java.time.format.FormatStyle.MEDIUM, java.time.format.FormatStyle.SHORT);

    private Long company;
    private transient CompanyMentorService.CompanyMentors view;
    /** Whether this node read the view; false on a node that took this view over from one that died. */
    private transient boolean loaded;
    private boolean registered;
    private final MentorForm form = new MentorForm(Language.NL);

    public void load() {
        loaded = true;
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
            service.register(Callers.of(security), company == null ? -1 : company,
                    form.registration(Optional.empty(), Optional.empty()));
            registered = true;
            form.clearPerson();
        } catch (DomainException e) {
            FacesMessages.error(e);
        }
        load();
    }

    /** When the mentor last opened or completed a module, in the fund's time zone; a dash when never. */
    public String lastActivity(MentorEngagement mentor) {
        return mentor.lastActivity().map(at -> ACTIVITY.withLocale(FacesContext.getCurrentInstance().getViewRoot().getLocale())
                .format(at.atZone(clock.getZone()))).orElse("–");
    }

    public boolean isFound() {
        return getView() != null;
    }

    public CompanyMentorService.CompanyMentors getView() {
        if (!loaded) {
            load();
        }
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

    public MentorForm getForm() {
        return form;
    }
}
