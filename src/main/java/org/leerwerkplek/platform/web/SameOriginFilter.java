package org.leerwerkplek.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Logger;
import org.leerwerkplek.platform.api.ApiErrors;
import org.leerwerkplek.platform.config.PlatformSettings;
import org.leerwerkplek.platform.config.SettingsProducer;
import org.leerwerkplek.platform.i18n.Messages;

/**
 * Refuses a page's form sent from another site: a POST (or PUT, PATCH, DELETE) to a page whose
 * {@code Origin} (or {@code Referer}) is not the application's own ({@link SameOrigin}) answers 403
 * with a short page that says why, before JSF reads the form, so a valid view state copied into a
 * foreign page changes nothing. The API has its own rule ({@code CrossSiteRequestFilter}).
 */
@WebFilter(urlPatterns = "/*")
public class SameOriginFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(SameOriginFilter.class.getName());
    private static final Set<String> STATE_CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");

    @Inject
    transient PlatformSettings settings;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!STATE_CHANGING.contains(request.getMethod()) || ApiErrors.isApiRequest(request)
                || SameOrigin.allows(request.getHeader("Origin"), request.getHeader("Referer"),
                        request.getHeader("Host"), publicUrl())) {
            chain.doFilter(request, response);
            return;
        }
        LOG.warning(() -> "Refused a " + request.getMethod() + " to " + request.getRequestURI() + " from origin "
                + (request.getHeader("Origin") != null ? request.getHeader("Origin") : request.getHeader("Referer")));
        refuse(request, response);
    }

    private String publicUrl() {
        return (settings != null ? settings : SettingsProducer.current()).publicUrl().orElse(null);
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = language(request);
        String title = escape(Messages.get(locale, "errors.crossOrigin.title"));
        String text = escape(Messages.get(locale, "errors.crossOrigin.text"));
        String home = escape(Messages.get(locale, "errors.toHome"));
        String context = request.getContextPath();
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType("text/html");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'self'; frame-ancestors 'none'");
        response.getWriter().write("<!DOCTYPE html>\n<html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"UTF-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + title + "</title>"
                + "<link rel=\"stylesheet\" href=\"" + escape(context) + "/jakarta.faces.resource/css/lwp.css.xhtml\">"
                + "</head><body><main id=\"main\" class=\"lwp-main\"><h1>" + title + "</h1>"
                + "<p id=\"errorText\">" + text + "</p>"
                + "<p><a href=\"" + escape(context) + "/index.xhtml\">" + home + "</a></p></main></body></html>");
        response.flushBuffer();
    }

    /** The language the user chose (the header's switch remembers it in a cookie), else the browser's, else Dutch. */
    private static Locale language(HttpServletRequest request) {
        String chosen = request.getCookies() == null ? null : Arrays.stream(request.getCookies())
                .filter(c -> LocaleBacking.COOKIE.equals(c.getName())).map(Cookie::getValue).findFirst().orElse(null);
        if (chosen != null) {
            return Messages.supported(chosen);
        }
        return request.getHeader("Accept-Language") == null ? Messages.DUTCH : Messages.supported(request.getLocale());
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
