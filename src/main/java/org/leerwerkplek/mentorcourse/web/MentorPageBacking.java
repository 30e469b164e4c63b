package org.leerwerkplek.mentorcourse.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.leerwerkplek.mentorcourse.MentorPage;
import org.leerwerkplek.mentorcourse.MentorRegistration;
import org.leerwerkplek.mentorcourse.MentorService;
import org.leerwerkplek.mentorcourse.MentorStatus;
import org.leerwerkplek.mentorcourse.content.Focus;
import org.leerwerkplek.mentorcourse.content.Language;
import org.leerwerkplek.mentorcourse.delivery.Frequency;
import org.leerwerkplek.platform.DomainException;
import org.leerwerkplek.platform.web.AbsoluteLinks;
import org.leerwerkplek.platform.web.FacesMessages;
import org.leerwerkplek.platform.web.LocaleBacking;

/**
 * A mentor's personal page ({@code /course/me.xhtml?t=...}): modules received and progress, the
 * next module, preferences, unsubscribe and the calendar link. Every action goes with the token.
 */
@Named("mentorPage")
@ViewScoped
public class MentorPageBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MentorService mentors;

    @Inject
    LocaleBacking locale;

    private String token;
    private boolean confirmed;
    private transient MentorPage page;
    /** Whether this node read the page; false on a node that took this view over from one that died. */
    private transient boolean read;
    private Frequency frequency;
    private Focus focus;
    private Language language;

    public void load() {
        page = mentors.page(token).orElse(null);
        read = true;
        if (page == null) {
            return;
        }
        if (!locale.isChosen()) {
            locale.switchTo(page.language().code());
        }
        frequency = page.frequency();
        focus = page.focus();
        language = page.language();
        if (confirmed) {
            FacesMessages.info("course.confirmed");
        }
    }

    public void save() {
        act(() -> mentors.changePreferences(token, new MentorRegistration.Preferences(frequency, focus), language),
                "course.preferencesSaved");
    }

    public void unsubscribe() {
        act(() -> mentors.unsubscribe(token), "course.unsubscribed");
    }

    public void resubscribe() {
        act(() -> mentors.resubscribe(token), "course.resubscribed");
    }

    private void act(Supplier<MentorPage> action, String doneKey) {
        try {
            page = action.get();
            read = true;
            FacesMessages.info(doneKey);
        } catch (DomainException e) {
            FacesMessages.error(e);
        }
    }

    /** The mentor's page, read again (keeping the choices in the form) on a node that took this view over. */
    private MentorPage page() {
        if (!read && token != null) {
            page = mentors.page(token).orElse(null);
            read = true;
        }
        return page;
    }

    public boolean isFound() {
        return page() != null;
    }

    public boolean isActive() {
        return page() != null && page.status() == MentorStatus.ACTIVE;
    }

    public MentorPage getPage() {
        return page();
    }

    /** Where the certificate of cycle year {@code year} downloads, by the page's link. */
    public String certificateUrl(int year) {
        return AbsoluteLinks.to("/api/v1/course/certificates/" + token + "/" + year + ".pdf");
    }

    public String getCalendarUrl() {
        return AbsoluteLinks.to("/api/v1/course/calendar/" + token + ".ics");
    }

    /** A day as the reader's language writes it; empty for none. */
    public String date(LocalDate day) {
        return PageDates.of(day);
    }

    /** The language of the course's texts (module titles), for the {@code lang} attribute around them. */
    public String getContentLanguage() {
        return page().language().code();
    }

    public String moduleLink(String moduleId) {
        return "/course/module.xhtml?t=" + token + "&m=" + moduleId;
    }

    public List<Frequency> getFrequencies() {
        return List.of(Frequency.values());
    }

    public List<Focus> getFocuses() {
        return List.of(Focus.values());
    }

    public List<Language> getLanguages() {
        return List.of(Language.values());
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public boolean isConfirmed() {
        return confirmed;
    }

    public void setConfirmed(boolean confirmed) {
        this.confirmed = confirmed;
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

    public Language getLanguage() {
        return language;
    }

    public void setLanguage(Language language) {
        this.language = language;
    }
}
