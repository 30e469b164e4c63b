package org.leerwerkplek.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.leerwerkplek.platform.api.ApiErrors;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * One mechanism for the whole application. Pages: a form login (the login page calls
 * {@code SecurityContext.authenticate}), the caller kept in the session, protected pages send an
 * anonymous visitor to the login page. The REST API under {@code /api/}: HTTP Basic on every
 * request, never a session and never a redirect; a bad credential is a JSON 401.
 */
@ApplicationScoped
public class LeerwerkplekAuthenticationMechanism implements HttpAuthenticationMechanism {

    /** Session attribute holding the page to return to after signing in. */
    public static final String RETURN_TO = "lwp.returnTo";
    public static final String LOGIN_PAGE = "/login.xhtml";

    @Inject
    IdentityStoreHandler identityStore;

    @Inject
    UserService users;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        if (ApiErrors.isApiRequest(request)) {
            return validateApiRequest(request, response, context);
        }
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            return signIn(request, credential, context);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SessionCaller.ATTRIBUTE) instanceof SessionCaller caller) {
            return context.notifyContainerAboutLogin(caller.name(), caller.groups());
        }
        if (context.isProtected()) {
            if ("GET".equals(request.getMethod())) {
                request.getSession(true).setAttribute(RETURN_TO, originalPath(request));
            }
            return context.redirect(request.getContextPath() + LOGIN_PAGE);
        }
        return context.doNothing();
    }

    private AuthenticationStatus signIn(HttpServletRequest request, Credential credential, HttpMessageContext context) {
        CredentialValidationResult result = identityStore.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        users.recordSignIn(result.getCallerPrincipal().getName());
        HttpSession session = request.getSession(true);
        request.changeSessionId();
        session.setAttribute(SessionCaller.ATTRIBUTE,
                new SessionCaller(result.getCallerPrincipal().getName(), result.getCallerGroups()));
        return context.notifyContainerAboutLogin(result);
    }

    private AuthenticationStatus validateApiRequest(HttpServletRequest request, HttpServletResponse response,
                                                    HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header == null || header.isBlank()) {
            return context.doNothing();
        }
        Optional<UsernamePasswordCredential> basic = basicCredential(header);
        if (basic.isEmpty()) {
            return unauthorized(request, response);
        }
        CredentialValidationResult result = identityStore.validate(basic.get());
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return unauthorized(request, response);
        }
        return context.notifyContainerAboutLogin(result);
    }

    private static AuthenticationStatus unauthorized(HttpServletRequest request, HttpServletResponse response) {
        try {
            ApiErrors.write(request, response, HttpServletResponse.SC_UNAUTHORIZED, "unauthorized", "api.unauthorized");
        } catch (IOException e) {
            throw new IllegalStateException("Could not answer an unauthenticated API request", e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    /** The Basic credential of an Authorization header; empty when it is not a well-formed one. */
    static Optional<UsernamePasswordCredential> basicCredential(String header) {
        if (!header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            return Optional.empty();
        }
        return Optional.of(new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1)));
    }

    private static String originalPath(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return request.getQueryString() == null ? path : path + "?" + request.getQueryString();
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SessionCaller.ATTRIBUTE);
        }
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }
}
