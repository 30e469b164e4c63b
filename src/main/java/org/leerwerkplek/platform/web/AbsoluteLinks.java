package org.leerwerkplek.platform.web;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;

/** Links to pages of this application as a person outside it receives them (in a mail, a newsletter). */
public final class AbsoluteLinks {

    private AbsoluteLinks() {
    }

    /** The absolute URL of {@code path} (starting with {@code /}) on the host the current request came to. */
    public static String to(String path) {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        String url = request.getRequestURL().toString();
        String origin = url.substring(0, url.length() - request.getRequestURI().length());
        return origin + request.getContextPath() + path;
    }
}
