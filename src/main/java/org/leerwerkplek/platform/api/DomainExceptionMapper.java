package org.leerwerkplek.platform.api;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.leerwerkplek.platform.DomainException;

/** A refused request becomes 400, 404 or 409 with its message in the caller's language. */
@Provider
public class DomainExceptionMapper implements ExceptionMapper<DomainException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(DomainException e) {
        return response(e, headers);
    }

    static Response response(DomainException e, HttpHeaders headers) {
        return switch (e.kind()) {
            case INVALID -> JsonErrors.response(400, "invalid", e.messageKey(), headers, e.arguments());
            case NOT_FOUND -> JsonErrors.response(404, "not-found", e.messageKey(), headers, e.arguments());
            case CONFLICT -> JsonErrors.response(409, "conflict", e.messageKey(), headers, e.arguments());
        };
    }
}
