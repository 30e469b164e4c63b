package org.leerwerkplek.companies.application.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.leerwerkplek.companies.application.ApplicationService;
import org.leerwerkplek.platform.DomainException;

/**
 * The confirmation page of the double opt-in ({@code /apply/confirm.xhtml?t=...}). Opening the
 * link changes nothing (mail scanners open links too); the applicant confirms with the button.
 */
@Named("applicationConfirm")
@RequestScoped
public class ConfirmApplicationBacking {

    @Inject
    ApplicationService applications;

    private String token;
    private boolean confirmed;
    private boolean unknown;

    public void confirm() {
        try {
            confirmed = applications.confirm(token) == ApplicationService.Confirmation.CONFIRMED;
        } catch (DomainException e) {
            confirmed = false;
        }
        unknown = !confirmed;
    }

    public boolean isConfirmed() {
        return confirmed;
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
