package org.leerwerkplek.platform.api;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import org.leerwerkplek.platform.i18n.Messages;

/** A body that cannot be read as the operation's JSON: 400 (413 when too large) naming what is wrong and where. */
@Provider
public class BadBodyExceptionMapper implements ExceptionMapper<BadBodyException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(BadBodyException e) {
        return response(e, headers);
    }

    static Response response(BadBodyException e, HttpHeaders headers) {
        return JsonErrors.response(e.status(), e.status() == 413 ? "payload-too-large" : "bad-request",
                e.messageKey(), headers, arguments(e, JsonErrors.locale(headers)));
    }

    /** The message's arguments, with the field's name in words first when the problem is about one value. */
    static Object[] arguments(BadBodyException e, Locale locale) {
        if (e.field() == null) {
            return e.arguments();
        }
        Object[] given = e.arguments();
        Object[] all = new Object[given.length + 1];
        all[0] = e.field().isEmpty() ? Messages.get(locale, "api.body.root") : Messages.get(locale, "api.body.field", e.field());
        System.arraycopy(given, 0, all, 1, given.length);
        return all;
    }
}
