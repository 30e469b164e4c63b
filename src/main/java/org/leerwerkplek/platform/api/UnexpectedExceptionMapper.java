package org.leerwerkplek.platform.api;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParsingException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.leerwerkplek.platform.DomainException;

/**
 * Whatever else a resource throws. A refusal wrapped in another exception (a {@link DomainException}
 * inside a transaction's exception, a JSON error inside a provider's) gets its own answer; anything
 * else is logged with the request and answers 500 as JSON, never the server's HTML error page.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());
    private static final int MAX_CAUSES = 20;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(Throwable e) {
        Throwable cause = e;
        for (int i = 0; cause != null && i < MAX_CAUSES; i++, cause = cause.getCause()) {
            if (cause instanceof DomainException refused) {
                return DomainExceptionMapper.response(refused, headers);
            }
            if (cause instanceof BadBodyException bad) {
                return BadBodyExceptionMapper.response(bad, headers);
            }
            if (cause instanceof ConstraintViolationException invalid) {
                return ConstraintViolationMapper.response(invalid, headers);
            }
            if (cause instanceof WebApplicationException web) {
                return WebApplicationExceptionMapper.response(web, headers);
            }
            if (cause instanceof JsonParsingException parsing && parsing.getLocation() != null) {
                JsonLocation at = parsing.getLocation();
                return JsonErrors.response(400, "bad-request", "api.body.syntax", headers, at.getLineNumber(),
                        at.getColumnNumber());
            }
            if (cause instanceof JsonException || cause instanceof JsonbException) {
                return JsonErrors.response(400, "bad-request", "api.body.unreadable", headers);
            }
        }
        LOG.log(Level.SEVERE, e, () -> "Unexpected error answering " + (uri == null ? "a request" : uri.getRequestUri()));
        return JsonErrors.response(500, "internal-server-error", "api.serverError", headers);
    }
}
