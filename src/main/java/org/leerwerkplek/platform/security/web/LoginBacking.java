package org.leerwerkplek.platform.security.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.leerwerkplek.platform.security.LeerwerkplekAuthenticationMechanism;
import org.leerwerkplek.platform.web.FacesMessages;

/** The sign-in page ({@code /login.xhtml}). */
@Named("login")
@RequestScoped
public class LoginBacking {

    @Inject
    SecurityContext security;

    private String username;
    private String password;

    public void signIn() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        AuthenticationStatus status = security.authenticate(request, (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(username, new Password(password)))
                        .newAuthentication(true));
        password = null;
        switch (status) {
            case SUCCESS -> {
                external.redirect(external.getRequestContextPath() + returnTo(request));
                faces.responseComplete();
            }
            case SEND_CONTINUE -> faces.responseComplete();
            default -> FacesMessages.error("login.failed");
        }
    }

    /** The protected page that sent the user here, or the start page; never another site. */
    private static String returnTo(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object target = session == null ? null : session.getAttribute(LeerwerkplekAuthenticationMechanism.RETURN_TO);
        if (session != null) {
            session.removeAttribute(LeerwerkplekAuthenticationMechanism.RETURN_TO);
        }
        if (target instanceof String path && path.startsWith("/") && !path.startsWith("//")) {
            return path;
        }
        return "/index.xhtml";
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
