package org.leerwerkplek.platform.api;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.leerwerkplek.platform.i18n.Messages;

/**
 * Bean Validation of request bodies (the {@code @NotNull}, {@code @Size}, ... on the body records of
 * every resource, checked with {@code @Valid}) answers 400 with every violated rule in the caller's
 * language, each naming its field ({@code contacts[0].email}) and the limit, sorted by field.
 */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(ConstraintViolationException e) {
        return response(e, headers);
    }

    static Response response(ConstraintViolationException e, HttpHeaders headers) {
        return JsonErrors.text(400, "bad-request", message(e.getConstraintViolations(), JsonErrors.locale(headers)));
    }

    /** One sentence per violation, sorted by field, without repeats. */
    static String message(Collection<? extends ConstraintViolation<?>> violations, Locale locale) {
        List<String> sentences = violations.stream()
                .map(v -> Map.entry(field(v.getPropertyPath()), v))
                .sorted(Map.Entry.comparingByKey())
                .map(entry -> sentence(entry.getKey(), entry.getValue(), locale))
                .distinct()
                .toList();
        return sentences.isEmpty() ? Messages.get(locale, "api.badRequest") : String.join(" ", sentences);
    }

    private static String sentence(String field, ConstraintViolation<?> violation, Locale locale) {
        String label = field.isEmpty() ? Messages.get(locale, "api.body.root") : Messages.get(locale, "api.body.field", field);
        Annotation constraint = violation.getConstraintDescriptor().getAnnotation();
        Map<String, Object> limits = violation.getConstraintDescriptor().getAttributes();
        boolean text = violation.getInvalidValue() instanceof CharSequence;
        if (constraint instanceof NotNull || constraint instanceof NotBlank || constraint instanceof NotEmpty) {
            return field.isEmpty() ? Messages.get(locale, "api.body.empty")
                    : Messages.get(locale, "api.field.required", label);
        }
        if (constraint instanceof Size size) {
            if (text) {
                return size.min() > 0 && ((CharSequence) violation.getInvalidValue()).length() < size.min()
                        ? Messages.get(locale, "api.field.tooShort", label, size.min())
                        : Messages.get(locale, "api.field.tooLong", label, size.max());
            }
            return Messages.get(locale, "api.field.tooMany", label, size.min(), size.max());
        }
        if (constraint instanceof Min || constraint instanceof Max) {
            return Messages.get(locale, constraint instanceof Min ? "api.field.min" : "api.field.max", label,
                    limits.get("value"));
        }
        return label + ": " + violation.getMessage();
    }

    /**
     * The path of a violated value inside the body: {@code displayName}, {@code contacts[1].email},
     * {@code roles[]} for an element of a set; empty for the body itself.
     */
    static String field(Path path) {
        StringBuilder field = new StringBuilder();
        boolean inBody = false;
        for (Path.Node node : path) {
            ElementKind kind = node.getKind();
            if (kind == ElementKind.METHOD || kind == ElementKind.CONSTRUCTOR || kind == ElementKind.RETURN_VALUE
                    || kind == ElementKind.CROSS_PARAMETER) {
                continue;
            }
            if (kind == ElementKind.PARAMETER) {
                inBody = true;
                field.setLength(0);
                continue;
            }
            if (node.isInIterable()) {
                field.append('[').append(node.getIndex() != null ? node.getIndex()
                        : node.getKey() != null ? node.getKey() : "").append(']');
            }
            if (kind == ElementKind.CONTAINER_ELEMENT || node.getName() == null) {
                continue;
            }
            if (field.length() > 0) {
                field.append('.');
            }
            field.append(node.getName());
        }
        return inBody || field.length() > 0 ? field.toString() : "";
    }
}
