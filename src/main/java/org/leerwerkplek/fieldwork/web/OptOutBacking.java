package org.leerwerkplek.fieldwork.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import org.leerwerkplek.fieldwork.FieldworkService;

/**
 * optout.xhtml: an invitee's opt-out, without signing in. The link shows a page with one button;
 * the opt-out happens on that POST, so a mail scanner that fetches links does not opt anyone out.
 * An unknown link gets the same friendly page whether it ever existed or not.
 */
@Named("optOut")
@RequestScoped
public class OptOutBacking {

    @Inject
    FieldworkService fieldwork;

    private String token;
    private Optional<FieldworkService.OptOutTarget> target = Optional.empty();
    private boolean done;

    public void load() {
        target = fieldwork.optOutTarget(token);
        done = target.map(FieldworkService.OptOutTarget::optedOut).orElse(false);
    }

    public void confirm() {
        done = fieldwork.optOut(token);
        target = fieldwork.optOutTarget(token);
    }

    public boolean isFound() {
        return target.isPresent();
    }

    public boolean isDone() {
        return done;
    }

    public String getCompany() {
        return target.map(FieldworkService.OptOutTarget::company).orElse("");
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }
}
