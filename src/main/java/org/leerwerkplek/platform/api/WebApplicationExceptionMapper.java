package org.leerwerkplek.platform.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.Locale;
import java.util.Optional;

/**
 * Unknown paths, wrong methods and unreadable bodies answer in the same JSON shape. A query, header
 * or form parameter whose value cannot be converted (a word where a number belongs: JAX-RS answers
 * 404 for it) is a 400 that names the parameter.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(WebApplicationException e) {
        return response(e, headers);
    }

    static Response response(WebApplicationException e, HttpHeaders headers) {
        Optional<String> parameter = badParameter(e);
        if (parameter.isPresent()) {
            return JsonErrors.response(400, "bad-request", e.getCause() instanceof NumberFormatException
                    ? "api.param.number" : "api.param.invalid", headers, parameter.get());
        }
        int status = e.getResponse().getStatus();
        String key = switch (status) {
            case 404 -> "api.notFound";
            case 405 -> "api.methodNotAllowed";
            case 406 -> "api.notAcceptable";
            case 415 -> "api.unsupportedMediaType";
            case 401 -> "api.unauthorized";
            case 403 -> "api.forbidden";
            default -> status >= 500 ? "api.serverError" : "api.badRequest";
        };
        String error = Response.Status.fromStatusCode(status) == null ? "error"
                : Response.Status.fromStatusCode(status).getReasonPhrase().toLowerCase(Locale.ROOT).replace(' ', '-');
        Response answer = JsonErrors.response(status, error, key, headers);
        if (status == 405 && e.getResponse().getHeaderString("Allow") != null) {
            return Response.fromResponse(answer).header("Allow", e.getResponse().getHeaderString("Allow")).build();
        }
        return answer;
    }

    /**
     * The name of a query, header, cookie or form parameter whose value did not convert (Jersey's
     * {@code ParamException}, read by reflection so the API does not depend on Jersey); empty for
     * anything else, path parameters included (a path that names nothing stays a 404).
     */
    static Optional<String> badParameter(WebApplicationException e) {
        String type = e.getClass().getName();
        if (!type.startsWith("org.glassfish.jersey.server.ParamException$") || type.endsWith("$PathParamException")) {
            return Optional.empty();
        }
        try {
            Method name = e.getClass().getMethod("getParameterName");
            return Optional.ofNullable((String) name.invoke(e));
        } catch (ReflectiveOperationException | ClassCastException unexpected) {
            return Optional.empty();
        }
    }
}
