package org.leerwerkplek.platform.api;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import org.leerwerkplek.platform.i18n.Messages;

/** Error responses of JAX-RS resources, in the caller's language (Accept-Language). */
public final class JsonErrors {

    private JsonErrors() {
    }

    public static Response response(int status, String error, String messageKey, HttpHeaders headers,
                                    Object... arguments) {
        return text(status, error, Messages.get(locale(headers), messageKey, arguments));
    }

    /** An error response with a message already in the caller's language. */
    public static Response text(int status, String error, String message) {
        Response.ResponseBuilder builder = Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(ApiErrors.body(status, error, message).toString());
        if (status == 401) {
            builder.header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Leerwerkplek\", charset=\"UTF-8\"");
        }
        return builder.build();
    }

    /** The caller's language: the first of Accept-Language that the product speaks; Dutch without one. */
    public static Locale locale(HttpHeaders headers) {
        try {
            return headers == null || headers.getAcceptableLanguages().isEmpty()
                    ? Messages.DUTCH : Messages.supported(headers.getAcceptableLanguages().get(0));
        } catch (RuntimeException unreadableHeader) {
            return Messages.DUTCH;
        }
    }
}
