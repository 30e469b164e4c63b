package org.leerwerkplek.platform.api;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.leerwerkplek.platform.i18n.Messages;

/** The JSON error body of the API: {@code {"status":403,"error":"forbidden","message":"..."}}. */
public final class ApiErrors {

    public static final String API_PREFIX = "/api/";

    private ApiErrors() {
    }

    public static boolean isApiRequest(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + API_PREFIX);
    }

    public static JsonObject body(int status, String error, String message) {
        return Json.createObjectBuilder()
                .add("status", status)
                .add("error", error)
                .add("message", message)
                .build();
    }

    /** Writes an error straight to the servlet response, before JAX-RS is reached. */
    public static void write(HttpServletRequest request, HttpServletResponse response, int status, String error,
                             String messageKey) throws IOException {
        Locale locale = request.getHeader("Accept-Language") == null ? Messages.DUTCH
                : Messages.supported(request.getLocale());
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        if (status == HttpServletResponse.SC_UNAUTHORIZED) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"Leerwerkplek\", charset=\"UTF-8\"");
        }
        response.getWriter().write(body(status, error, Messages.get(locale, messageKey)).toString());
        response.flushBuffer();
    }
}
