package org.leerwerkplek.platform.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Unknown paths, wrong methods and unreadable bodies answer in the same JSON shape. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        String key = switch (status) {
            case 404 -> "api.notFound";
            case 405 -> "api.methodNotAllowed";
            case 415 -> "api.unsupportedMediaType";
            case 401 -> "api.unauthorized";
            case 403 -> "api.forbidden";
            default -> status >= 500 ? "api.serverError" : "api.badRequest";
        };
        String error = Response.Status.fromStatusCode(status) == null ? "error"
                : Response.Status.fromStatusCode(status).getReasonPhrase().toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
        return JsonErrors.response(status, error, key, headers);
    }
}
