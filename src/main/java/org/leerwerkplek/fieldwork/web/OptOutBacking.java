package org.leerwerkplek.fieldwork.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.leerwerkplek.fieldwork.OptOutService;

/**
 * optout.xhtml: an invitee's opt-out, without signing in. The link shows a page with one button;
 * the opt-out happens on that POST, so a mail scanner that fetches links does not opt anyone out.
 * An unknown link gets the same friendly page whether it ever existed or not.
 */
@Named("optOut")
@ViewScoped
public class OptOutBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OptOutService optOuts;

    private String token;
    private String company;
    private boolean found;
    private boolean done;

    public void load() {
        optOuts.optOutTarget(token).ifPresent(target -> {
            found = true;
            company = target.company();
            done = target.optedOut();
        });
    }

    public void confirm() {
        done = optOuts.optOut(token);
    }

    public boolean isFound() {
        return found;
    }

    public boolean isDone() {
        return done;
    }

    public String getCompany() {
        return company;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }
}
